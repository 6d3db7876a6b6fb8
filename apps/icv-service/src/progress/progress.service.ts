import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ProgressReported } from '@mkib/contracts';
import {
  assertProgressPreparable,
  assertProgressSignable,
  assertProgressSubmittable,
  checkProgressReport,
  icvMessage as m,
  isProgressLate,
  PlanRollUp,
} from '@mkib/domain-icv';
import { badUserInput, Clock, toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import { authorise, Principal } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { insertIfAbsent } from '@mkib/server-persistence';
import { PlanService } from '../plan/plan.service';
import { ProgressPeriodEntity, ProgressReportEntity } from './progress.entity';

/** The GraphQL shape of a report (`ProgressReport`); `rollUp` is the live one while CONCEPT. */
export const toProgressReport = (r: ProgressReportEntity, live: PlanRollUp) => ({
  id: r.id,
  party: r.party,
  year: r.year,
  period: r.period,
  due: toIsoDay(r.due),
  state: r.state,
  summary: r.summary,
  rollUp: r.frozenRollUp ?? live,
  policyVersion: r.policyVersion,
  preparedBy: r.preparedBy,
  preparedAt: toIsoTimestamp(r.preparedAt)!,
  signedBy: r.signedBy,
  signedAt: toIsoTimestamp(r.signedAt),
  submittedBy: r.submittedBy,
  submittedAt: toIsoTimestamp(r.submittedAt),
  late: r.late,
});
export type ProgressReportView = ReturnType<typeof toProgressReport>;

/**
 * Progress reports on the implementation plan (SK-2.4), per period of the BBP calendar that governance
 * publishes (`governance.calendar.changed`): prepared by the security officer, signed by the accountable
 * official (never the preparer; the plan's counts are frozen then), submitted (`icv.progress.reported`).
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly plans: PlanService,
  ) {}

  /** The progress-report moments of a year's calendar, by period. */
  async periods(year: number) {
    const rows = await this.dataSource
      .getRepository(ProgressPeriodEntity)
      .find({ where: { year }, order: { period: 'ASC' } });
    return rows.map((p) => ({ year: p.year, period: p.period, due: toIsoDay(p.due) }));
  }

  /** Replaces a year's periods with those just published (inside the consumer's unit of work). */
  static async replacePeriods(
    manager: EntityManager,
    year: number,
    periods: { period: number; due: string }[],
  ): Promise<void> {
    const repo = manager.getRepository(ProgressPeriodEntity);
    await repo.delete({ year });
    if (periods.length) await repo.insert(periods.map((p) => ({ year, ...p })));
    // A report not submitted yet is due at its period's moment as it now stands.
    for (const p of periods)
      await manager
        .createQueryBuilder()
        .update(ProgressReportEntity)
        .set({ due: p.due })
        .where(`year = :year AND period = :period AND state <> 'INGEDIEND'`, { year, period: p.period })
        .execute();
  }

  /**
   * Reports of a year: the caller's own party's (the auditor: all, or `party`); the boards the submitted
   * ones of every party. Another party's reports are as unknown as missing ones.
   */
  async reports(principal: Principal, year: number, party: string | null): Promise<ProgressReportView[]> {
    const grants = authorise(principal, 'progress-report.read');
    const all = grants.some((g) => g.condition === 'any');
    const boards = !all && grants.some((g) => g.condition === 'before-my-board');
    if (!all && !boards && party && party !== principal.party)
      throw m.notFound('icv.progress.notVisible', { party });
    const who = all || boards ? party : principal.party;
    const rows = await this.dataSource.getRepository(ProgressReportEntity).find({
      where: {
        year,
        ...(who ? { party: who } : {}),
        ...(boards ? { state: 'INGEDIEND' as const } : {}),
      },
      order: { party: 'ASC', period: 'ASC' },
    });
    return this.withLiveRollUps(rows);
  }

  private async withLiveRollUps(rows: ProgressReportEntity[], manager?: EntityManager) {
    const concept = [...new Set(rows.filter((r) => !r.frozenRollUp).map((r) => r.party))];
    const { rollUps } = await this.plans.currentRollUps(concept, manager);
    return rows.map((r) => toProgressReport(r, rollUps[concept.indexOf(r.party)]));
  }

  private async lockReport(tx: Transaction, party: string, year: number, period: number) {
    return tx.manager.getRepository(ProgressReportEntity).findOne({
      where: { party, year, period },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private notFound(party: string, year: number, period: number) {
    return m.notFound('icv.progress.notFound', { party, year, period });
  }

  /** The security officer prepares (or changes) the report of a period; a signed one returns to CONCEPT. */
  async prepare(
    acting: ActingContext,
    principal: Principal,
    input: { year: number; period: number; summary: string },
  ): Promise<ProgressReportView> {
    const party = principal.party;
    const period = await this.dataSource
      .getRepository(ProgressPeriodEntity)
      .findOneBy({ year: input.year, period: input.period });
    const problems = [
      ...(period
        ? []
        : [
            m.problem('input.period', 'icv.progress.unknownPeriod', {
              year: input.year,
              period: input.period,
            }),
          ]),
      ...checkProgressReport(input),
    ];
    if (problems.length) throw badUserInput(problems);
    const id = await this.unitOfWork.run(acting, async (tx) => {
      const repo = tx.manager.getRepository(ProgressReportEntity);
      const now = this.clock.now();
      const { policyVersion } = await this.plans.currentRollUps([], tx.manager);
      const fresh: ProgressReportEntity = {
        id: randomUUID(),
        party,
        year: input.year,
        period: input.period,
        due: toIsoDay(period!.due),
        state: 'CONCEPT',
        summary: input.summary.trim(),
        policyVersion,
        frozenRollUp: null,
        preparedBy: acting.actor,
        preparedAt: now,
        signedBy: null,
        signedAt: null,
        submittedBy: null,
        submittedAt: null,
        late: false,
      };
      // One report per party and period: of two first preparations at once, one inserts, the other
      // then changes it under the lock.
      const existing = await this.lockReport(tx, party, input.year, input.period);
      let report = existing;
      if (!report) {
        if (!(await insertIfAbsent(repo, fresh)))
          report = await this.lockReport(tx, party, input.year, input.period);
      }
      if (report) {
        assertProgressPreparable(report);
        Object.assign(report, {
          state: 'CONCEPT',
          summary: fresh.summary,
          policyVersion,
          due: fresh.due,
          frozenRollUp: null,
          preparedBy: acting.actor,
          preparedAt: now,
          signedBy: null,
          signedAt: null,
        });
        await repo.save(report);
      }
      const saved = report ?? fresh;
      await tx.audit('progress-report.prepared', saved.id, {
        party,
        year: saved.year,
        period: saved.period,
        policyVersion,
        again: !!report,
      });
      return saved.id;
    });
    return this.one(id);
  }

  /** The accountable official signs it off, never the preparer: the plan's counts are frozen. */
  async sign(acting: ActingContext, principal: Principal, year: number, period: number) {
    const party = principal.party;
    const id = await this.unitOfWork.run(acting, async (tx) => {
      const report = await this.lockReport(tx, party, year, period);
      if (!report) throw this.notFound(party, year, period);
      assertProgressSignable(report, acting.actor);
      const { rollUps, policyVersion } = await this.plans.currentRollUps([party], tx.manager);
      report.state = 'ONDERTEKEND';
      report.frozenRollUp = rollUps[0];
      report.policyVersion = policyVersion;
      report.signedBy = acting.actor;
      report.signedAt = this.clock.now();
      await tx.manager.getRepository(ProgressReportEntity).save(report);
      await tx.audit('progress-report.signed', report.id, {
        party,
        year,
        period,
        preparedBy: report.preparedBy,
        rollUp: report.frozenRollUp,
      });
      return report.id;
    });
    return this.one(id);
  }

  /** Submits the signed report to the SMB: `icv.progress.reported`, late after the report moment. */
  async submit(acting: ActingContext, principal: Principal, year: number, period: number) {
    const party = principal.party;
    const id = await this.unitOfWork.run(acting, async (tx) => {
      const report = await this.lockReport(tx, party, year, period);
      if (!report) throw this.notFound(party, year, period);
      assertProgressSubmittable(report);
      const now = this.clock.now();
      report.state = 'INGEDIEND';
      report.submittedBy = acting.actor;
      report.submittedAt = now;
      report.late = isProgressLate(toIsoDay(now), toIsoDay(report.due));
      await tx.manager.getRepository(ProgressReportEntity).save(report);
      const r = report.frozenRollUp!;
      await tx.emit(ProgressReported, party, {
        reportId: report.id,
        party,
        year,
        period,
        due: toIsoDay(report.due),
        policyVersion: report.policyVersion,
        total: r.total,
        done: r.done,
        onTrack: r.onTrack,
        overdue: r.overdue,
        withoutOwner: r.withoutOwner,
        signedBy: report.signedBy!,
        submittedBy: acting.actor,
        submittedAt: now.toISOString(),
        late: report.late,
      });
      await tx.audit('progress-report.submitted', report.id, { party, year, period, late: report.late });
      return report.id;
    });
    return this.one(id);
  }

  private async one(id: string): Promise<ProgressReportView> {
    const row = await this.dataSource.getRepository(ProgressReportEntity).findOneByOrFail({ id });
    return (await this.withLiveRollUps([row]))[0];
  }
}

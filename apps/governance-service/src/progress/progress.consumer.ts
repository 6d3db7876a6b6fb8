import { createHash, randomUUID } from 'node:crypto';
import { PlanUpdated, PolicyVersionAdopted, ProgressReported } from '@mkib/contracts';
import { progressReportsItemTitle } from '@mkib/domain-governance';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { AgendaItemEntity, ProgressPeriodDetails } from '../agenda/agenda-item.entity';
import { PolicyVersionAdoptedEntity } from '../bbp/policy-version-adopted.entity';
import { PlanStatusEntity } from './plan-status.entity';
import { ProgressReportReceivedEntity } from './progress-report-received.entity';

/** The subject id of a period's PROGRESS_REPORTS item: the same uuid for the same (year, period). */
export function progressPeriodId(year: number, period: number): string {
  const h = createHash('sha1').update(`governance.progress-period:${year}:${period}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const common = (context: ServiceContext) => ({
  transport: context.transport,
  unitOfWork: context.unitOfWork,
  schema: 'governance',
  consumer: 'governance',
  logger: context.logger,
});

/**
 * What governance keeps of the implementation plans and progress reports (SK-2.3, SK-2.4), and of the
 * policy version in force (for the BBP year): counts, never the plans' content.
 */
export async function consumeProgressEvents(context: ServiceContext): Promise<void> {
  await consumeEvent({
    ...common(context),
    contract: ProgressReported,
    async handle(tx, event) {
      const d = event.data;
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(ProgressReportReceivedEntity)
        .values({
          reportId: d.reportId,
          party: d.party,
          year: d.year,
          period: d.period,
          due: d.due,
          policyVersion: d.policyVersion,
          total: d.total,
          done: d.done,
          onTrack: d.onTrack,
          overdue: d.overdue,
          withoutOwner: d.withoutOwner,
          signedBy: d.signedBy,
          submittedBy: d.submittedBy,
          submittedAt: new Date(d.submittedAt),
          late: d.late,
          receivedAt: tx.clock.now(),
          sourceEventId: event.id,
        })
        .orIgnore()
        .returning('report_id')
        .execute();
      if (!(inserted.raw as unknown[]).length) {
        await tx.audit('progress-report.duplicate-ignored', d.reportId, { eventId: event.id });
        return;
      }
      // The period's first report puts the period on the boards' agenda; later ones join that item (once the
      // boards decided it, its roll-up is frozen: a later report shows in the period's overview only).
      const subjectId = progressPeriodId(d.year, d.period);
      const items = tx.manager.getRepository(AgendaItemEntity);
      // FOR SHARE: a decision on the item (which freezes its roll-up) waits for this report, or this report
      // waits for the decision and stays out of the frozen roll-up.
      let item = await items.findOne({
        where: { kind: 'PROGRESS_REPORTS', subjectId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!item) {
        const id = randomUUID();
        const title = progressReportsItemTitle(d.year, d.period);
        await tx.manager
          .createQueryBuilder()
          .insert()
          .into(AgendaItemEntity)
          .values({
            id,
            kind: 'PROGRESS_REPORTS',
            subjectId,
            title,
            year: d.year,
            party: 'smb',
            submittedAt: new Date(d.submittedAt),
            sourceEventId: event.id,
            details: { period: d.period, due: d.due } satisfies ProgressPeriodDetails as never,
          })
          .orIgnore()
          .execute();
        item = await items.findOne({
          where: { kind: 'PROGRESS_REPORTS', subjectId },
          lock: { mode: 'pessimistic_read' },
        });
        if (item?.id === id)
          await tx.audit('agenda-item.added', id, {
            kind: 'PROGRESS_REPORTS',
            subjectId,
            party: 'smb',
            year: d.year,
            title,
            sourceEventId: event.id,
          });
      }
      await tx.audit('progress-report.received', d.reportId, {
        sourceEventId: event.id,
        party: d.party,
        year: d.year,
        period: d.period,
        late: d.late,
        agendaItemId: item?.id ?? null,
      });
    },
  });

  await consumeEvent({
    ...common(context),
    contract: PlanUpdated,
    async handle(tx, event) {
      const d = event.data;
      const plans = tx.manager.getRepository(PlanStatusEntity);
      const known = await plans.findOne({ where: { party: d.party }, lock: { mode: 'pessimistic_write' } });
      // Events may arrive out of order: a plan of an older policy version, or an older change, is left out.
      if (
        known &&
        (known.policyVersion > d.policyVersion ||
          (known.policyVersion === d.policyVersion && new Date(known.updatedAt) > new Date(d.updatedAt)))
      ) {
        await tx.audit('plan-status.stale-ignored', d.planId, { eventId: event.id, party: d.party });
        return;
      }
      await plans.save({
        party: d.party,
        planId: d.planId,
        policyVersion: d.policyVersion,
        state: d.state,
        updateDueDate: d.updateDueDate,
        asOf: d.asOf,
        total: d.total,
        done: d.done,
        onTrack: d.onTrack,
        overdue: d.overdue,
        withoutOwner: d.withoutOwner,
        updatedAt: new Date(d.updatedAt),
      });
      await tx.audit('plan-status.received', d.planId, {
        sourceEventId: event.id,
        party: d.party,
        policyVersion: d.policyVersion,
        state: d.state,
      });
    },
  });

  await consumeEvent({
    ...common(context),
    contract: PolicyVersionAdopted,
    async handle(tx, event) {
      const d = event.data;
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(PolicyVersionAdoptedEntity)
        .values({ version: d.version, adoptedAt: new Date(d.adoptedAt), sourceEventId: event.id })
        .orIgnore()
        .execute();
      await tx.audit('policy-version.received', `policy-version/${d.version}`, {
        sourceEventId: event.id,
        version: d.version,
      });
    },
  });
}

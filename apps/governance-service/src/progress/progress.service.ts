import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { percentOnTrack, PLAN_KEEPERS, progressRollUp } from '@mkib/domain-governance';
import { toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import type { Transaction } from '@mkib/server-messaging';
import { AgendaItemEntity, ProgressPeriodDetails, progressPeriodOf } from '../agenda/agenda-item.entity';
import { BbpYearEntity } from '../bbp/bbp-year.entity';
import { PlanStatusEntity } from './plan-status.entity';
import { ProgressReportReceivedEntity } from './progress-report-received.entity';

/** A period's reports rolled up (ProgressPeriodOverview), parties as codes (the resolver makes them Party). */
export interface PeriodOverview {
  year: number;
  period: number;
  due: string;
  reports: {
    partyCode: string;
    reportId: string;
    policyVersion: number;
    total: number;
    done: number;
    onTrack: number;
    overdue: number;
    withoutOwner: number;
    percentOnTrack: number;
    submittedAt: string;
    late: boolean;
  }[];
  missingCodes: string[];
  total: number;
  onTrack: number;
  overdue: number;
  withoutOwner: number;
  percentOnTrack: number;
}

const toPlanStatus = (p: PlanStatusEntity) => ({
  partyCode: p.party,
  policyVersion: p.policyVersion,
  state: p.state,
  updateDueDate: p.updateDueDate ? toIsoDay(p.updateDueDate) : null,
  total: p.total,
  onTrack: p.onTrack,
  overdue: p.overdue,
  withoutOwner: p.withoutOwner,
  updatedAt: toIsoTimestamp(p.updatedAt)!,
});

/**
 * The boards' view of implementation across parties (SK-2.4, SK-3.3): the plans' status and each period's
 * progress reports as counts, from what icv published. Never the plans' lines (SK-T3).
 */
@Injectable()
export class ProgressService {
  constructor(private readonly dataSource: DataSource) {}

  async plans() {
    const rows = await this.dataSource.getRepository(PlanStatusEntity).find({ order: { party: 'ASC' } });
    return rows.map(toPlanStatus);
  }

  /** The periods of these years: the BBP calendar's moments and any period a report arrived for. */
  async periodsOfYears(years: readonly number[]): Promise<PeriodOverview[]> {
    if (!years.length) return [];
    const bbps = await this.dataSource.getRepository(BbpYearEntity).findBy({ year: In([...years]) });
    const reports = await this.dataSource
      .getRepository(ProgressReportReceivedEntity)
      .find({ where: { year: In([...years]) }, order: { party: 'ASC' } });
    return rollUpPeriods(bbps, reports, null);
  }

  /** The overviews of these (year, period) pairs (the PROGRESS_REPORTS items), in two queries. */
  async periods(keys: readonly { year: number; period: number }[]): Promise<PeriodOverview[]> {
    const all = await this.periodsOfYears([...new Set(keys.map((k) => k.year))]);
    return all.filter((o) => keys.some((k) => k.year === o.year && k.period === o.period));
  }

  async overview(year: number) {
    return { year, plans: await this.plans(), periods: await this.periodsOfYears([year]) };
  }
}

/** Each period's reports rolled up across parties: the calendar's moments and any period a report arrived for. */
export function rollUpPeriods(
  bbps: BbpYearEntity[],
  reports: ProgressReportReceivedEntity[],
  only: { year: number; period: number } | null,
): PeriodOverview[] {
  const periods = new Map<string, { year: number; period: number; due: string }>();
  const key = (year: number, period: number) => `${year}:${period}`;
  for (const b of bbps)
    b.progressReportMoments.forEach((due, i) =>
      periods.set(key(b.year, i + 1), { year: b.year, period: i + 1, due }),
    );
  for (const r of reports)
    if (!periods.has(key(r.year, r.period)))
      periods.set(key(r.year, r.period), { year: r.year, period: r.period, due: toIsoDay(r.due) });
  return [...periods.values()]
    .filter((p) => !only || (p.year === only.year && p.period === only.period))
    .sort((a, b) => a.year - b.year || a.period - b.period)
    .map((p) => {
      const received = reports.filter((r) => r.year === p.year && r.period === p.period);
      const rolled = progressRollUp(received, PLAN_KEEPERS);
      return {
        ...p,
        reports: received.map((r) => ({
          partyCode: r.party,
          reportId: r.reportId,
          policyVersion: r.policyVersion,
          total: r.total,
          done: r.done,
          onTrack: r.onTrack,
          overdue: r.overdue,
          withoutOwner: r.withoutOwner,
          percentOnTrack: percentOnTrack(r),
          submittedAt: toIsoTimestamp(r.submittedAt)!,
          late: r.late,
        })),
        missingCodes: rolled.missing,
        total: rolled.total,
        onTrack: rolled.onTrack,
        overdue: rolled.overdue,
        withoutOwner: rolled.withoutOwner,
        percentOnTrack: rolled.percentOnTrack,
      };
    });
}

/**
 * The boards decided a PROGRESS_REPORTS item: its roll-up is frozen into the item's details as it was at
 * the decision (in the decision's unit of work), so a report that arrives later changes the period's
 * overview but not what the decision took note of. The report consumer takes the item's row FOR SHARE, so
 * a report in flight is in the roll-up or after the decision, never lost between the two.
 */
export async function freezeProgressRollUp(
  tx: Transaction,
  item: Pick<AgendaItemEntity, 'id' | 'year' | 'details' | 'kind'>,
) {
  const period = progressPeriodOf(item);
  if (!period) return;
  const bbps = await tx.manager.getRepository(BbpYearEntity).findBy({ year: item.year });
  const reports = await tx.manager
    .getRepository(ProgressReportReceivedEntity)
    .find({ where: { year: item.year, period: period.period }, order: { party: 'ASC' } });
  const rollUp = rollUpPeriods(bbps, reports, { year: item.year, period: period.period })[0] ?? null;
  const details: ProgressPeriodDetails = { ...period, rollUp };
  await tx.manager.getRepository(AgendaItemEntity).update({ id: item.id }, { details: details as never });
  item.details = details as never;
}

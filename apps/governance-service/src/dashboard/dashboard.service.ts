import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import {
  consultationCounts,
  icvStandings,
  instructionAsOpen,
  leadDaysOf,
  OPEN_INSTRUCTION_STATES,
  openCounts,
  openSupplementaryAnalyses,
  reviewsDue,
} from '@mkib/domain-governance';
import { Clock, toIsoDay } from '@mkib/domain-shared';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { CycleEntity } from '../cycle/cycle.entity';
import { EscalationEntity } from '../escalation/escalation.entity';
import { InstructionEntity } from '../instruction/instruction.entity';
import { PartyService } from '../party/party.service';
import { ProgressService } from '../progress/progress.service';
import { FacilityReviewEntity, FindingDeadlineEntity } from '../reminder/reminder-read-models.entity';
import { ReminderService } from '../reminder/reminder.service';
import { RiskConsultationTaskEntity } from '../risk/risk-consultation-task.entity';
import { SmbSignalEntity } from '../smb-signal/smb-signal.entity';

/** How many signals the dashboard shows (the feed itself pages through all: smbSignals). */
export const DASHBOARD_SIGNALS = 10;

const toSignal = (s: SmbSignalEntity) => ({
  id: s.id,
  kind: s.kind,
  subject: s.subject,
  summary: s.summary,
  occurredAt: s.occurredAt.toISOString(),
  receivedAt: s.receivedAt.toISOString(),
  actor: s.actor,
});

/**
 * The SMB's monitoring dashboard (SK-3.3): counts and states across parties from governance's own tables
 * and the read models it keeps of icv's and risk's events, never a party's own content (SK-T3): no column
 * with a description, statement, exception or title is read. A constant number of queries per call.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly parties: PartyService,
    private readonly progress: ProgressService,
    private readonly reminders: ReminderService,
  ) {}

  async dashboard(year: number) {
    const today = this.clock.today();
    const [
      parties,
      cycle,
      icvItems,
      plans,
      instructions,
      findings,
      reviews,
      leadTimes,
      tasks,
      bbnSignals,
      openEscalations,
      signals,
    ] = await Promise.all([
      this.parties.list(),
      this.dataSource.getRepository(CycleEntity).findOneBy({ year }),
      this.dataSource.getRepository(AgendaItemEntity).find({
        select: { party: true, version: true, superseded: true, advice: true, decision: true },
        where: { kind: 'ICV', year },
      }),
      this.progress.plans(),
      this.dataSource.getRepository(InstructionEntity).find({
        select: { party: true, dueDate: true, state: true },
        where: { state: In([...OPEN_INSTRUCTION_STATES]) },
      }),
      this.dataSource.getRepository(FindingDeadlineEntity).find({
        select: { party: true, dueDate: true },
        where: { status: 'OPEN' },
      }),
      this.dataSource.getRepository(FacilityReviewEntity).find({
        select: { facilityCode: true, reviewDue: true },
      }),
      this.reminders.leadTimes(),
      this.dataSource.getRepository(RiskConsultationTaskEntity).find({
        select: { respondBy: true },
        where: { respondedAt: IsNull(), closedAt: IsNull() },
      }),
      this.dataSource.getRepository(SmbSignalEntity).find({
        select: { kind: true, subject: true, summary: true, occurredAt: true },
        where: { kind: In(['BBN_VERHOOGD', 'AANVULLENDE_ANALYSE_AFGEROND']) },
      }),
      this.openEscalations(),
      this.dataSource
        .getRepository(SmbSignalEntity)
        .find({ order: { receivedAt: 'DESC', id: 'ASC' }, take: DASHBOARD_SIGNALS }),
    ]);
    const consultations = consultationCounts(
      tasks.map((t) => ({ respondBy: t.respondBy ? toIsoDay(t.respondBy) : null })),
      today,
    );
    return {
      year,
      asOf: today,
      icvs: icvStandings({
        year,
        parties,
        items: icvItems,
        icvDeadline: cycle ? toIsoDay(cycle.icvIndiening) : null,
        today,
      }),
      plans,
      instructions: openCounts(
        instructions.map((i) => instructionAsOpen({ ...i, dueDate: toIsoDay(i.dueDate) })),
        today,
      ),
      findings: openCounts(
        findings.map((f) => ({ party: f.party, dueDate: toIsoDay(f.dueDate), canBeOverdue: true })),
        today,
      ),
      facilitiesReviewDue: reviewsDue(
        reviews.map((r) => ({ facilityCode: r.facilityCode, reviewDue: toIsoDay(r.reviewDue) })),
        leadDaysOf('BIV_HERIJKING', leadTimes),
        today,
      ),
      riskWork: {
        openSupplementaryAnalyses: openSupplementaryAnalyses(
          bbnSignals.map((s) => ({ ...s, occurredAt: s.occurredAt.toISOString() })),
        ),
        openConsultations: consultations.open,
        overdueConsultations: consultations.overdue,
      },
      openEscalations,
      signals: signals.map(toSignal),
    };
  }

  /** The escalations still open (SK-3.8): one count. */
  private openEscalations(): Promise<number> {
    return this.dataSource.getRepository(EscalationEntity).count({ where: { state: 'OPEN' } });
  }
}

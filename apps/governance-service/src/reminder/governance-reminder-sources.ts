import { Injectable, OnModuleInit } from '@nestjs/common';
import { Between, DataSource, FindOptionsWhere, In, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import { MILESTONES } from '@mkib/domain-governance';
import { toIsoDay } from '@mkib/domain-shared';
import { AgendaService } from '../agenda/agenda.service';
import { CycleEntity } from '../cycle/cycle.entity';
import { cycleDates } from '../cycle/cycle.service';
import { MedegebruikerReportReceivedEntity } from '../cycle/medegebruiker-report-received.entity';
import { InstructionEntity } from '../instruction/instruction.entity';
import { PartyService } from '../party/party.service';
import { RiskConsultationTaskEntity } from '../risk/risk-consultation-task.entity';
import { OwedDeadline, ReminderSource, ReminderSources } from './reminder-source';
import {
  FacilityReviewEntity,
  FindingDeadlineEntity,
  RiskTreatmentDeadlineEntity,
} from './reminder-read-models.entity';

type Query = Parameters<ReminderSource['owed']>[0];

/** Deadlines that fall in `year` (a date column), or every one. */
const inYear = (year: number) => Between(`${year}-01-01`, `${year}-12-31`);
const only = <T>(party: string | null, where: FindOptionsWhere<T>): FindOptionsWhere<T> =>
  party ? { ...where, party } : where;

/**
 * The yearly ICV cycle (SK-3.5): the co-users' reports and the ICVs each party still owes, and the
 * boards' advice and decision while an ICV awaits them. Without a year: the cycles of last year and later
 * (an older cycle's deadlines are over).
 */
@Injectable()
export class CycleReminderSource implements ReminderSource, OnModuleInit {
  constructor(
    private readonly sources: ReminderSources,
    private readonly dataSource: DataSource,
    private readonly parties: PartyService,
    private readonly agenda: AgendaService,
  ) {}

  onModuleInit() {
    this.sources.add(this);
  }

  async owed({ today, year, party }: Query): Promise<OwedDeadline[]> {
    const cycles = await this.dataSource.getRepository(CycleEntity).find({
      where: year === null ? { year: MoreThanOrEqual(Number(today.slice(0, 4)) - 1) } : { year },
      order: { year: 'ASC' },
    });
    if (!cycles.length) return [];
    const years = cycles.map((c) => c.year);
    const parties = await this.parties.list();
    const reports = await this.dataSource
      .getRepository(MedegebruikerReportReceivedEntity)
      .find({ select: { year: true, party: true }, where: { year: In(years) } });
    const owed: OwedDeadline[] = [];
    for (const cycle of cycles) {
      const dates = cycleDates(cycle);
      const deadline = (m: (typeof MILESTONES)[number]) => toIsoDay(dates[m]);
      const reported = new Set(reports.filter((r) => r.year === cycle.year).map((r) => r.party));
      const items = await this.agenda.ofYear(cycle.year);
      const submitted = new Set(items.map((i) => i.party));
      const current = items.filter((i) => !i.superseded);
      const add = (milestone: (typeof MILESTONES)[number], who: string) =>
        owed.push({ milestone, party: who, deadline: deadline(milestone), year: cycle.year });
      for (const p of parties) {
        if ((p.kind === 'MEDEGEBRUIKER' || p.kind === 'BIJZONDERE_GEBRUIKER') && !reported.has(p.code))
          add('MEDEGEBRUIKER_RAPPORTAGES', p.code);
        if ((p.kind === 'HOOFDGEBRUIKER' || p.kind === 'BEHEERDER') && !submitted.has(p.code))
          add('ICV_INDIENING', p.code);
      }
      if (current.some((i) => !i.advice)) add('SMB_VERGADERING', 'smb');
      if (current.some((i) => !i.decision)) add('BMB_VERGADERING', 'bmb');
    }
    return party ? owed.filter((o) => o.party === party) : owed;
  }
}

/** The hoofdgebruikers' open responses to the LMS's risk consultations (SK-4.2): one query. */
@Injectable()
export class RiskConsultationReminderSource implements ReminderSource, OnModuleInit {
  constructor(
    private readonly sources: ReminderSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.sources.add(this);
  }

  async owed({ year, party }: Query): Promise<OwedDeadline[]> {
    const tasks = await this.dataSource.getRepository(RiskConsultationTaskEntity).find({
      where: only<RiskConsultationTaskEntity>(party, {
        respondBy: year === null ? Not(IsNull()) : inYear(year),
        respondedAt: IsNull(),
        closedAt: IsNull(),
      }),
      order: { respondBy: 'ASC', analysisId: 'ASC', party: 'ASC' },
    });
    return tasks.map((t) => ({
      milestone: 'RISICOCONSULTATIE',
      party: t.party,
      deadline: toIsoDay(t.respondBy!),
      subjectId: t.analysisId,
      title: `${t.number ?? ''}: ${t.title ?? ''}`,
    }));
  }
}

/**
 * Deadlines other contexts own, as governance keeps them from their events, and its own aanwijzingen:
 * open findings (BEVINDING), treatments that are not findings (RISICOBEHANDELING), open or sent-back
 * instructions (AANWIJZING), the facilities' BIV review dates (BIV_HERIJKING, owed by the LMS). One
 * query each.
 */
@Injectable()
export class DeadlineReminderSource implements ReminderSource, OnModuleInit {
  constructor(
    private readonly sources: ReminderSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.sources.add(this);
  }

  async owed({ year, party }: Query): Promise<OwedDeadline[]> {
    const due = year === null ? null : inYear(year);
    const findings = await this.dataSource.getRepository(FindingDeadlineEntity).find({
      where: only<FindingDeadlineEntity>(party, { status: 'OPEN', ...(due ? { dueDate: due } : {}) }),
      order: { dueDate: 'ASC', findingId: 'ASC' },
    });
    const treatments = await this.dataSource.getRepository(RiskTreatmentDeadlineEntity).find({
      where: only<RiskTreatmentDeadlineEntity>(party, due ? { dueDate: due } : {}),
      order: { dueDate: 'ASC', treatmentId: 'ASC' },
    });
    const instructions = await this.dataSource.getRepository(InstructionEntity).find({
      where: only<InstructionEntity>(party, { state: 'OPEN', ...(due ? { dueDate: due } : {}) }),
      order: { dueDate: 'ASC', id: 'ASC' },
    });
    const reviews =
      party && party !== 'lms'
        ? []
        : await this.dataSource.getRepository(FacilityReviewEntity).find({
            where: due ? { reviewDue: due } : {},
            order: { reviewDue: 'ASC', facilityCode: 'ASC' },
          });
    return [
      ...findings.map(
        (f): OwedDeadline => ({
          milestone: 'BEVINDING',
          party: f.party,
          deadline: toIsoDay(f.dueDate),
          subjectId: f.findingId,
          title: f.title,
        }),
      ),
      ...treatments.map(
        (t): OwedDeadline => ({
          milestone: 'RISICOBEHANDELING',
          party: t.party,
          deadline: toIsoDay(t.dueDate),
          subjectId: t.treatmentId,
          title: t.title,
        }),
      ),
      ...instructions.map(
        (i): OwedDeadline => ({
          milestone: 'AANWIJZING',
          party: i.party,
          deadline: toIsoDay(i.dueDate),
          subjectId: i.id,
          title: i.description.length > 140 ? `${i.description.slice(0, 139)}…` : i.description,
        }),
      ),
      ...reviews.map(
        (r): OwedDeadline => ({
          milestone: 'BIV_HERIJKING',
          party: 'lms',
          deadline: toIsoDay(r.reviewDue),
          subjectId: r.facilityCode,
          title: r.facilityCode,
        }),
      ),
    ];
  }
}

import { Injectable } from '@nestjs/common';
import { Between, DataSource, IsNull } from 'typeorm';
import { Milestone, Reminder, remindersDue, riskConsultationRemindersDue } from '@mkib/domain-governance';
import { Clock, toIsoDay } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { AgendaService } from '../agenda/agenda.service';
import { MedegebruikerReportReceivedEntity } from '../cycle/medegebruiker-report-received.entity';
import { cycleDates, CycleService } from '../cycle/cycle.service';
import { PartyService } from '../party/party.service';
import { RiskConsultationTaskEntity } from '../risk/risk-consultation-task.entity';

/**
 * The reminders due today (SK-3.5): to whom still owes something, 14 and 3 days ahead of a deadline and
 * every day after it; and to the hoofdgebruikers that still owe a response to a risk consultation
 * (SK-4.2), every day from 14 days before its deadline. A party sees its own; the boards, the LMS and the
 * auditor see everyone's.
 */
@Injectable()
export class ReminderService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly parties: PartyService,
    private readonly agenda: AgendaService,
  ) {}

  async reminders(principal: Principal, year: number, today = this.clock.today()): Promise<Reminder[]> {
    const scope = partyScope(principal, 'reminder.read');
    const visible = (r: Reminder) => scope.all || r.party === scope.party;
    const cycle = await this.cycleReminders(year, today);
    const risk = await this.riskConsultationReminders(year, today, scope.all ? null : scope.party);
    return [...cycle, ...risk].filter(visible);
  }

  /** The open risk consultation tasks (of `party`, or all) whose deadline falls in `year`: one query. */
  private async riskConsultationReminders(year: number, today: string, party: string | null) {
    const tasks = await this.dataSource.getRepository(RiskConsultationTaskEntity).find({
      where: {
        respondBy: Between(`${year}-01-01`, `${year}-12-31`),
        respondedAt: IsNull(),
        closedAt: IsNull(),
        ...(party ? { party } : {}),
      },
      order: { respondBy: 'ASC', analysisId: 'ASC', party: 'ASC' },
    });
    return riskConsultationRemindersDue(
      tasks.map((t) => ({
        analysisId: t.analysisId,
        party: t.party,
        number: t.number ?? '',
        title: t.title ?? '',
        respondBy: toIsoDay(t.respondBy!),
      })),
      year,
      today,
    );
  }

  private async cycleReminders(year: number, today: string): Promise<Reminder[]> {
    const cycle = await this.cycles.find(year);
    if (!cycle) return [];
    const parties = await this.parties.list();
    const reported = new Set(
      (
        await this.dataSource
          .getRepository(MedegebruikerReportReceivedEntity)
          .find({ select: { party: true }, where: { year } })
      ).map((r) => r.party),
    );
    const items = await this.agenda.ofYear(year);
    const submitted = new Set(items.map((i) => i.party));
    const current = items.filter((i) => !i.superseded);
    const owed: { milestone: Milestone; party: string }[] = [];
    for (const p of parties) {
      if ((p.kind === 'MEDEGEBRUIKER' || p.kind === 'BIJZONDERE_GEBRUIKER') && !reported.has(p.code))
        owed.push({ milestone: 'MEDEGEBRUIKER_RAPPORTAGES', party: p.code });
      if ((p.kind === 'HOOFDGEBRUIKER' || p.kind === 'BEHEERDER') && !submitted.has(p.code))
        owed.push({ milestone: 'ICV_INDIENING', party: p.code });
    }
    if (current.some((i) => !i.advice)) owed.push({ milestone: 'SMB_VERGADERING', party: 'smb' });
    if (current.some((i) => !i.decision)) owed.push({ milestone: 'BMB_VERGADERING', party: 'bmb' });
    return remindersDue(cycleDates(cycle), owed, today);
  }
}

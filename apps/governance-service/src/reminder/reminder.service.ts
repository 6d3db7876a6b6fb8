import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Milestone, Reminder, remindersDue } from '@mkib/domain-governance';
import { Clock } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { AgendaService } from '../agenda/agenda.service';
import { MedegebruikerReportReceivedEntity } from '../cycle/medegebruiker-report-received.entity';
import { cycleDates, CycleService } from '../cycle/cycle.service';
import { PartyService } from '../party/party.service';

/**
 * The reminders due today (SK-3.5): to whom still owes something, 14 and 3 days ahead of a deadline and
 * every day after it. A party sees its own; the boards, the LMS and the auditor see everyone's.
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
    const scope = partyScope(principal, 'reminder.read');
    return remindersDue(cycleDates(cycle), owed, today).filter((r) => scope.all || r.party === scope.party);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  checkLeadTime,
  DEFAULT_LEAD_DAYS,
  LeadTimes,
  leadDaysOf,
  owedInYear,
  Reminder,
  REMINDER_MILESTONES,
  ReminderMilestone,
  reminderForReader,
  remindersInWindow,
} from '@mkib/domain-governance';
import { badUserInput, Clock } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { ReminderSettingEntity } from './reminder-read-models.entity';
import { ReminderSources } from './reminder-source';

export interface ReminderSettingView {
  milestone: ReminderMilestone;
  leadDays: number;
  isDefault: boolean;
}

/**
 * The reminders (SK-3.5, issue 17): everything every registered ReminderSource says is still owed, through
 * the one window rule of libs/domain/governance with the lead times in force (defaults, or what the LMS or
 * the board secretary set). A party sees its own; the boards, the LMS and the auditor everyone's, but the
 * title (a finding's description, a risk analysis' title) only the owning party and the auditor read:
 * every other reader gets the neutral label (reminderForReader, SK-T3).
 */
@Injectable()
export class ReminderService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly sources: ReminderSources,
  ) {}

  async reminders(
    principal: Principal,
    year: number | null,
    today = this.clock.today(),
  ): Promise<Reminder[]> {
    const scope = partyScope(principal, 'reminder.read');
    const due = await this.due({ today, year, party: scope.all ? null : scope.party });
    return due.map((r) => reminderForReader(r, principal));
  }

  /**
   * The reminders of `party` (or everyone's) as of `today`, in deadline order, with their titles: for a
   * reader, pass each through reminderForReader.
   */
  async due(query: { today: string; year: number | null; party: string | null }): Promise<Reminder[]> {
    const owed = (await Promise.all(this.sources.all().map((s) => s.owed(query)))).flat();
    const leadTimes = await this.leadTimes();
    return remindersInWindow(
      owed.filter((o) => owedInYear(o, query.year) && (!query.party || o.party === query.party)),
      leadTimes,
      query.today,
    );
  }

  /** The lead times set (one query); a milestone without one keeps its default. */
  async leadTimes(): Promise<LeadTimes> {
    const rows = await this.dataSource.getRepository(ReminderSettingEntity).find();
    return Object.fromEntries(rows.map((r) => [r.milestone, r.leadDays])) as LeadTimes;
  }

  async settings(): Promise<ReminderSettingView[]> {
    const set = await this.leadTimes();
    return REMINDER_MILESTONES.map((milestone) => ({
      milestone,
      leadDays: leadDaysOf(milestone, set),
      isDefault: set[milestone] === undefined,
    }));
  }

  /** Sets a milestone's lead time (0-365 days); the default's value removes nothing: it is recorded. */
  async setLeadTime(
    acting: ActingContext,
    milestone: string,
    leadDays: number,
  ): Promise<ReminderSettingView> {
    const problems = checkLeadTime(milestone, leadDays);
    if (problems.length) throw badUserInput(problems);
    const m = milestone as ReminderMilestone;
    return this.unitOfWork.run(acting, async (tx) => {
      const repo = tx.manager.getRepository(ReminderSettingEntity);
      // One winner per milestone: concurrent first settings would otherwise both insert the row.
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `governance.reminder_setting|${m}`,
      ]);
      const before = await repo.findOneBy({ milestone: m });
      await repo.save({ milestone: m, leadDays, setBy: acting.actor, setAt: tx.clock.now() });
      await tx.audit('reminder-setting.set', `reminder-setting/${m}`, {
        milestone: m,
        leadDays,
        before: before?.leadDays ?? DEFAULT_LEAD_DAYS[m],
      });
      return { milestone: m, leadDays, isDefault: false };
    });
  }
}

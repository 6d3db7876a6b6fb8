import { Injectable } from '@nestjs/common';
import type { ReminderMilestone } from '@mkib/domain-governance';

/**
 * Something a party still owes by a deadline: the input of the reminder windows. Each part of governance
 * that knows a kind of deadline (the ICV cycle, the BBP calendar and wishes, the read models of other
 * contexts' findings, treatments, review dates and plans) is a ReminderSource; the ReminderService asks
 * them all and applies the one window rule (lead time, then escalation) of libs/domain/governance.
 */
export interface OwedDeadline {
  milestone: ReminderMilestone;
  /** The party that owes it (a board: 'smb' or 'bmb'). */
  party: string;
  /** YYYY-MM-DD */
  deadline: string;
  /** The record it is about (finding, aanwijzing, treatment, analysis, facility code, plan, BBP year…). */
  subjectId?: string | null;
  /** What is owed, in one line (Dutch). */
  title?: string | null;
  /** The cycle or BBP year it belongs to, when it belongs to one (filters `reminders(year)`). */
  year?: number | null;
}

export interface ReminderSource {
  /**
   * Everything still owed as of `today` (met deadlines left out), of `party` or of everyone (null).
   * `year` narrows to a cycle/BBP year or to deadlines in that calendar year when given. Batched: a
   * constant number of queries per call, never one per party or record.
   */
  owed(query: { today: string; year: number | null; party: string | null }): Promise<OwedDeadline[]>;
}

/** The sources, registered by each one in its onModuleInit (Nest has no multi-providers). */
@Injectable()
export class ReminderSources {
  private readonly sources: ReminderSource[] = [];
  add(source: ReminderSource) {
    this.sources.push(source);
  }
  all(): readonly ReminderSource[] {
    return this.sources;
  }
}

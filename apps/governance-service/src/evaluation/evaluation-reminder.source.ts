import { Injectable, OnModuleInit } from '@nestjs/common';
import { OwedDeadline, ReminderSource, ReminderSources } from '../reminder/reminder-source';
import { EvaluationService } from './evaluation.service';

/**
 * The five-year warning as a reminder (SK-6): JenV owes the five-yearly evaluation by dueBy (five years
 * after the last completed one, or after the entry into force), while none is completed since. EVALUATIE's
 * lead time (365 days) makes it remind from twelve months before; it reaches JenV's evaluator and auditor
 * and the boards (isRecipient). One query per call.
 */
@Injectable()
export class EvaluationReminderSource implements ReminderSource, OnModuleInit {
  constructor(
    private readonly evaluations: EvaluationService,
    private readonly sources: ReminderSources,
  ) {}

  onModuleInit() {
    this.sources.add(this);
  }

  async owed(query: { today: string; year: number | null; party: string | null }): Promise<OwedDeadline[]> {
    if (query.party !== null && query.party !== 'jenv') return [];
    const schedule = await this.evaluations.schedule();
    if (query.year !== null && !schedule.dueBy.startsWith(`${query.year}-`)) return [];
    return [
      {
        milestone: 'EVALUATIE',
        party: 'jenv',
        deadline: schedule.dueBy,
        subjectId: null,
        title: 'Vijfjaarlijkse evaluatie van het strategisch kader',
        year: Number(schedule.dueBy.slice(0, 4)),
      },
    ];
  }
}

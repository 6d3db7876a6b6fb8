import { Injectable, OnModuleInit } from '@nestjs/common';
import { toIsoDay } from '@mkib/domain-shared';
import { OwedDeadline, ReminderSource, ReminderSources } from '../reminder/reminder-source';
import { InvestigationService } from './investigation.service';

/**
 * ONDERZOEK (SK-3.6): the report of each commissioned investigation (IN_UITVOERING) is owed by the SMB
 * (whose secretary records it) by its due date. One query per call.
 */
@Injectable()
export class InvestigationReminderSource implements ReminderSource, OnModuleInit {
  constructor(
    private readonly investigations: InvestigationService,
    private readonly sources: ReminderSources,
  ) {}

  onModuleInit() {
    this.sources.add(this);
  }

  async owed(query: { today: string; year: number | null; party: string | null }): Promise<OwedDeadline[]> {
    if (query.party !== null && query.party !== 'smb') return [];
    return (await this.investigations.inProgress())
      .map((i) => ({ i, deadline: toIsoDay(i.dueDate) }))
      .filter(({ deadline }) => query.year === null || deadline.startsWith(`${query.year}-`))
      .map(
        ({ i, deadline }): OwedDeadline => ({
          milestone: 'ONDERZOEK',
          party: 'smb',
          deadline,
          subjectId: i.id,
          title: i.title,
        }),
      );
  }
}

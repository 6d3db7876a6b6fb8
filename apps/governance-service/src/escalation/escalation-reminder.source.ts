import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { missingPositions } from '@mkib/domain-governance';
import { toIsoDay } from '@mkib/domain-shared';
import { OwedDeadline, ReminderSource, ReminderSources } from '../reminder/reminder-source';
import { EscalationEntity, EscalationPositionEntity } from './escalation.entity';

/**
 * ESCALATIESTANDPUNT (SK-3.8): each party asked without a position on an OPEN escalation owes it by the
 * escalation's positionsDue. Two queries per call.
 */
@Injectable()
export class EscalationReminderSource implements ReminderSource, OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: ReminderSources,
  ) {}

  onModuleInit() {
    this.sources.add(this);
  }

  async owed(query: { today: string; year: number | null; party: string | null }): Promise<OwedDeadline[]> {
    const { year, party } = query;
    const q = this.dataSource
      .getRepository(EscalationEntity)
      .createQueryBuilder('e')
      .where(`e.state = 'OPEN'`)
      .orderBy('e.positions_due', 'ASC')
      .addOrderBy('e.id');
    if (party) q.andWhere(':party = ANY(e.parties)', { party });
    if (year !== null)
      q.andWhere('e.positions_due BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` });
    const open = await q.getMany();
    if (!open.length) return [];
    const positions = await this.dataSource.getRepository(EscalationPositionEntity).find({
      select: { escalationId: true, party: true },
      where: { escalationId: In(open.map((e) => e.id)) },
    });
    const owed: OwedDeadline[] = [];
    for (const e of open) {
      const deadline = toIsoDay(e.positionsDue);
      const have = positions.filter((p) => p.escalationId === e.id).map((p) => p.party);
      for (const p of missingPositions(e.parties, have))
        if (!party || p === party)
          owed.push({
            milestone: 'ESCALATIESTANDPUNT',
            party: p,
            deadline,
            subjectId: e.id,
            title: e.title,
            year: Number(deadline.slice(0, 4)),
          });
    }
    return owed;
  }
}

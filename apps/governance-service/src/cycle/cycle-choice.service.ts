import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CycleChoice, cycleChoice } from '@mkib/domain-governance';
import { Clock } from '@mkib/domain-shared';
import { CycleEntity } from './cycle.entity';

/** Which cycles the web offers and which it opens on, as of the platform's clock. */
@Injectable()
export class CycleChoiceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async choice(): Promise<CycleChoice> {
    const cycles = await this.dataSource
      .getRepository(CycleEntity)
      .find({ select: { year: true, bmbVergadering: true } });
    return cycleChoice(
      cycles.map((c) => ({ year: c.year, dates: { BMB_VERGADERING: c.bmbVergadering } })),
      this.clock.now(),
    );
  }
}

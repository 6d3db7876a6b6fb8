import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CycleDates, checkCycle, governance as m } from '@mkib/domain-governance';
import { Clock, badUserInput } from '@mkib/domain-shared';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { insertIfAbsent } from '@mkib/server-persistence';
import { CycleEntity } from './cycle.entity';
import { OpenCycleInput } from './open-cycle.input';

/** How the API names each milestone's date. */
const API_NAMES = {
  MEDEGEBRUIKER_RAPPORTAGES: 'medegebruikerRapportages',
  ICV_INDIENING: 'icvIndiening',
  SMB_VERGADERING: 'smbVergadering',
  BMB_VERGADERING: 'bmbVergadering',
} as const;

/** A cycle's deadlines by milestone, as the domain rules take them. */
export const cycleDates = (c: OpenCycleInput | CycleEntity): CycleDates => ({
  MEDEGEBRUIKER_RAPPORTAGES: c.medegebruikerRapportages,
  ICV_INDIENING: c.icvIndiening,
  SMB_VERGADERING: c.smbVergadering,
  BMB_VERGADERING: c.bmbVergadering,
});

/** The yearly cycle and its deadlines (SK-3.5): opened once a year by the board secretary. */
@Injectable()
export class CycleService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The cycle of a year, or null when it is not opened yet. */
  find(year: number): Promise<CycleEntity | null> {
    return this.dataSource.getRepository(CycleEntity).findOneBy({ year });
  }

  async get(year: number): Promise<CycleEntity> {
    const cycle = await this.find(year);
    if (!cycle) throw m.notFound('governance.cycle.notOpened', { year });
    return cycle;
  }

  open(acting: ActingContext, input: OpenCycleInput, now = this.clock.now()): Promise<CycleEntity> {
    const dates = cycleDates(input);
    const problems = checkCycle(input.year, dates, now.getUTCFullYear(), API_NAMES);
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const cycles = tx.manager.getRepository(CycleEntity);
      if (await cycles.existsBy({ year: input.year }))
        throw m.conflict('governance.cycle.openAlready', { year: input.year });
      const cycle = cycles.create({
        year: input.year,
        medegebruikerRapportages: input.medegebruikerRapportages,
        icvIndiening: input.icvIndiening,
        smbVergadering: input.smbVergadering,
        bmbVergadering: input.bmbVergadering,
        openedBy: acting.actor,
        openedAt: now,
      });
      // Opened once: of calls at once, the one whose insert lands wins; the others find it taken.
      if (!(await insertIfAbsent(cycles, cycle)))
        throw m.conflict('governance.cycle.openAlready', { year: input.year });
      await tx.audit('cycle.opened', String(input.year), dates);
      return cycle;
    });
  }
}

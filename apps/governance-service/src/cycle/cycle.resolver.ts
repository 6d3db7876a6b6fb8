import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Acting, Authorise } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { CycleEntity } from './cycle.entity';
import { CycleService } from './cycle.service';
import { OpenCycleInput } from './open-cycle.input';

const toCycle = (c: CycleEntity) => ({
  year: c.year,
  medegebruikerRapportages: c.medegebruikerRapportages,
  icvIndiening: c.icvIndiening,
  smbVergadering: c.smbVergadering,
  bmbVergadering: c.bmbVergadering,
  openedBy: c.openedBy,
  openedAt: c.openedAt.toISOString(),
});

@Resolver('Cycle')
export class CycleResolver {
  constructor(private readonly cycles: CycleService) {}

  @Query('cycle')
  @Authorise('cycle.read')
  async cycle(@Args('year') year: number) {
    return toCycle(await this.cycles.get(year));
  }

  @Mutation('openCycle')
  @Authorise('cycle.manage')
  async open(@Args('input') input: OpenCycleInput, @Acting() acting: ActingContext) {
    return toCycle(await this.cycles.open(acting, input));
  }
}

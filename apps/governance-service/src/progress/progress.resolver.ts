import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorise, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { partiesByCode } from '../party/party.resolver';
import { PartyService } from '../party/party.service';
import { ProgressService } from './progress.service';

/** The boards' view of implementation across parties, counts only (SK-2.4, SK-3.3, SK-T3). */
@Resolver('ProgressOverview')
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Query('progressOverview')
  @Authorise('progress-overview.read')
  overview(@Args('year') year: number) {
    return this.progress.overview(year);
  }
}

/** The parties of the roll-up's rows, all of a request in one query. */
@Resolver('PlanStatus')
export class PlanStatusResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() p: { partyCode: string }, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(p.partyCode);
  }
}

@Resolver('PartyProgress')
export class PartyProgressResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() p: { partyCode: string }, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(p.partyCode);
  }
}

@Resolver('ProgressPeriodOverview')
export class ProgressPeriodResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('missing')
  async missing(@Parent() p: { missingCodes: string[] }, @Loaders() loaders: RequestLoaders) {
    const found = await partiesByCode(loaders, this.parties).loadMany(p.missingCodes);
    return found.filter((x) => x && !(x instanceof Error));
  }
}

import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorise, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { partiesByCode } from '../party/party.resolver';
import { PartyService } from '../party/party.service';
import { DashboardService } from './dashboard.service';

/** The SMB's monitoring dashboard (SK-3.3): counts and states across parties, never their content. */
@Resolver('SmbDashboard')
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Query('smbDashboard')
  @Authorise('smb-dashboard.read')
  smbDashboard(@Args('year') year: number) {
    return this.dashboard.dashboard(year);
  }
}

/** The party of each ICV standing, all of a request in one query. */
@Resolver('PartyIcvStanding')
export class PartyIcvStandingResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() p: { partyCode: string }, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(p.partyCode);
  }
}

/** The party of each open count, all of a request in one query. */
@Resolver('PartyOpenCount')
export class PartyOpenCountResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() p: { partyCode: string }, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(p.partyCode);
  }
}

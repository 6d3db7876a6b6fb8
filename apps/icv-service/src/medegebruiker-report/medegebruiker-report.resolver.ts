import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { IcvRequestBatches } from '../request-batches';
import { MedegebruikerReportInput } from './medegebruiker-report.input';
import { MedegebruikerReportService } from './medegebruiker-report.service';

/** GraphQL `CoUserReport` (names kept for API stability, see docs/glossary.md). */
@Resolver('CoUserReport')
export class MedegebruikerReportResolver {
  constructor(
    private readonly reports: MedegebruikerReportService,
    private readonly batches: IcvRequestBatches,
  ) {}

  @Query('coUserReports')
  @Authorise('co-user-report.read')
  list(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.reports.reports(principal, year);
  }

  @Mutation('submitCoUserReport')
  @Authorise('co-user-report.submit')
  async submit(
    @Args('input') input: MedegebruikerReportInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    const report = await this.reports.submit(acting, principal, input);
    this.batches.forget(loaders);
    return report;
  }
}

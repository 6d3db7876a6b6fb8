import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { MedegebruikerReportInput } from './medegebruiker-report.input';
import { MedegebruikerReportService } from './medegebruiker-report.service';

/** GraphQL `CoUserReport` (names kept for API stability, see docs/glossary.md). */
@Resolver('CoUserReport')
export class MedegebruikerReportResolver {
  constructor(private readonly reports: MedegebruikerReportService) {}

  @Query('coUserReports')
  @Authorise('co-user-report.read')
  list(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.reports.reports(principal, year);
  }

  @Mutation('submitCoUserReport')
  @Authorise('co-user-report.submit')
  submit(
    @Args('input') input: MedegebruikerReportInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.submit(acting, principal, input);
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { ProgressService } from './progress.service';

@Resolver('ProgressReport')
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Query('progressReports')
  @Authorise('progress-report.read')
  progressReports(
    @Args('year') year: number,
    @Args('party') party: string | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.progress.reports(principal, year, party ?? null);
  }

  @Query('progressPeriods')
  @Authorise('progress-report.read')
  progressPeriods(@Args('year') year: number) {
    return this.progress.periods(year);
  }

  @Mutation('prepareProgressReport')
  @Authorise('progress-report.prepare')
  prepare(
    @Args('input') input: { year: number; period: number; summary: string },
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.progress.prepare(acting, principal, input);
  }

  @Mutation('signProgressReport')
  @Authorise('progress-report.sign')
  sign(
    @Args('year') year: number,
    @Args('period') period: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.progress.sign(acting, principal, year, period);
  }

  @Mutation('submitProgressReport')
  @Authorise('progress-report.submit')
  submit(
    @Args('year') year: number,
    @Args('period') period: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.progress.submit(acting, principal, year, period);
  }
}

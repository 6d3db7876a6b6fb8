import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { IcvException } from '@mkib/domain-icv';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { AssessmentService } from '../assessment/assessment.service';
import { IcvDocumentsService } from './icv-documents.service';
import { IcvService, IcvView } from './icv.service';

@Resolver('Icv')
export class IcvResolver {
  constructor(
    private readonly icvs: IcvService,
    private readonly assessments: AssessmentService,
    private readonly documents: IcvDocumentsService,
  ) {}

  @Query('icvPdf')
  @Authorise('icv.read')
  icvPdf(
    @Args('year') year: number,
    @Args('party') party: string | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.documents.icvPdf(principal, year, party ?? null);
  }

  @Query('assessmentXlsx')
  @Authorise('assessment.read')
  assessmentXlsx(
    @Args('year') year: number,
    @Args('party') party: string | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.documents.assessmentXlsx(principal, year, party ?? null);
  }

  @ResolveField('proposedStatement')
  async proposedStatement(@Parent() icv: IcvView) {
    return (await this.assessments.assessment(icv.party, icv.year)).proposedStatement;
  }

  @Query('icv')
  @Authorise('icv.read')
  one(
    @Args('year') year: number,
    @Args('party') party: string | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.icv(principal, year, party ?? null);
  }

  @Query('icvs')
  @Authorise('icv.read')
  list(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.icvs.icvs(principal, year);
  }

  @Query('coUserReports')
  @Authorise('co-user-report.read')
  reports(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.icvs.coUserReports(principal, year);
  }

  @ResolveField('coUsers')
  coUsers(@Parent() icv: IcvView) {
    return this.icvs.coverage(icv);
  }

  @ResolveField('versions')
  versions(@Parent() icv: IcvView) {
    return this.icvs.versions(icv.id);
  }

  @Mutation('submitCoUserReport')
  @Authorise('co-user-report.submit')
  submitReport(
    @Args('input') input: { year: number; status: string; summary: string },
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.submitCoUserReport(acting, principal, input);
  }

  @Mutation('startIcv')
  @Authorise('icv.prepare')
  start(
    @Args('year') year: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.start(acting, principal, year);
  }

  @Mutation('updateIcv')
  @Authorise('icv.prepare')
  update(
    @Args('input')
    input: {
      year: number;
      statement: string | null;
      exceptions: IcvException[];
      namedMissing: { party: string; reason: string }[];
    },
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.update(acting, principal, { ...input, statement: input.statement ?? null });
  }

  @Mutation('prepareIcv')
  @Authorise('icv.prepare')
  prepare(
    @Args('year') year: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.prepare(acting, principal, year);
  }

  @Mutation('signIcv')
  @Authorise('icv.sign')
  sign(
    @Args('year') year: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.sign(acting, principal, year);
  }

  @Mutation('submitIcv')
  @Authorise('icv.submit')
  submit(
    @Args('year') year: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.submit(acting, principal, year);
  }

  @Mutation('correctIcv')
  @Authorise('icv.prepare')
  correct(
    @Args('year') year: number,
    @Args('reason') reason: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.correct(acting, principal, year, reason);
  }
}

import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { AssessmentService } from '../assessment/assessment.service';
import { coverageOf, MedegebruikerReportService } from '../medegebruiker-report/medegebruiker-report.service';
import { IcvDocumentsService } from './icv-documents.service';
import { UpdateIcvInput } from './icv.input';
import { IcvService, IcvView } from './icv.service';

@Resolver('Icv')
export class IcvResolver {
  constructor(
    private readonly icvs: IcvService,
    private readonly assessments: AssessmentService,
    private readonly documents: IcvDocumentsService,
    private readonly medegebruikerReports: MedegebruikerReportService,
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

  @ResolveField('coUsers')
  async coUsers(@Parent() icv: IcvView) {
    if (icv.scope === 'BEHEERORGANISATIE') return [];
    const [reports] = await this.medegebruikerReports.reportsTo([icv]);
    return coverageOf(reports, icv.namedMissing);
  }

  @ResolveField('versions')
  versions(@Parent() icv: IcvView) {
    return this.icvs.versions(icv.id);
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
    @Args('input') input: UpdateIcvInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.icvs.update(acting, principal, input);
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

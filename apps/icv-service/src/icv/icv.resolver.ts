import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { toSnapshotView } from '../assessment/assessment.service';
import { coverageOf } from '../medegebruiker-report/medegebruiker-report.service';
import { IcvRequestBatches } from '../request-batches';
import { IcvDocumentsService } from './icv-documents.service';
import { MissingReportExplanationInput, UpdateIcvInput } from './icv.input';
import { IcvService, IcvView } from './icv.service';

@Resolver('Icv')
export class IcvResolver {
  constructor(
    private readonly icvs: IcvService,
    private readonly documents: IcvDocumentsService,
    private readonly batches: IcvRequestBatches,
  ) {}

  /** A mutation's answer, resolved with fields loaded after the change. */
  private async changed(loaders: RequestLoaders, change: Promise<IcvView>): Promise<IcvView> {
    const icv = await change;
    this.batches.forget(loaders);
    return icv;
  }

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

  /** A submitted version: what its snapshot froze; a version never submitted: what the assessment suggests now. */
  @ResolveField('proposedStatement')
  async proposedStatement(@Parent() icv: IcvView, @Loaders() loaders: RequestLoaders) {
    const snapshot = await this.batches.snapshot(loaders, icv);
    return snapshot ? snapshot.proposedStatement : this.batches.proposedStatement(loaders, icv);
  }

  @ResolveField('snapshot')
  async snapshot(@Parent() icv: IcvView, @Loaders() loaders: RequestLoaders) {
    const snapshot = await this.batches.snapshot(loaders, icv);
    return snapshot && toSnapshotView(snapshot);
  }

  @ResolveField('coUsers')
  async coUsers(@Parent() icv: IcvView, @Loaders() loaders: RequestLoaders) {
    if (icv.scope === 'BEHEERORGANISATIE') return [];
    return coverageOf(await this.batches.medegebruikerReportsTo(loaders, icv), icv.namedMissing);
  }

  @ResolveField('versions')
  versions(@Parent() icv: IcvView, @Loaders() loaders: RequestLoaders) {
    return this.batches.versions(loaders, icv.id);
  }

  @Mutation('startIcv')
  @Authorise('icv.prepare')
  start(
    @Args('year') year: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.icvs.start(acting, principal, year));
  }

  @Mutation('updateIcv')
  @Authorise('icv.prepare')
  update(
    @Args('input') input: UpdateIcvInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.icvs.update(acting, principal, input));
  }

  @Mutation('prepareIcv')
  @Authorise('icv.prepare')
  prepare(
    @Args('year') year: number,
    @Args('missingReportExplanations') explanations: MissingReportExplanationInput[] | null,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.icvs.prepare(acting, principal, year, explanations ?? []));
  }

  @Mutation('signIcv')
  @Authorise('icv.sign')
  sign(
    @Args('year') year: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.icvs.sign(acting, principal, year));
  }

  @Mutation('submitIcv')
  @Authorise('icv.submit')
  submit(
    @Args('year') year: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.icvs.submit(acting, principal, year));
  }

  @Mutation('correctIcv')
  @Authorise('icv.prepare')
  correct(
    @Args('year') year: number,
    @Args('reason') reason: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.icvs.correct(acting, principal, year, reason));
  }
}

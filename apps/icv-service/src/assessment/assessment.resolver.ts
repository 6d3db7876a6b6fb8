import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { IcvRequestBatches } from '../request-batches';
import { AssessMeasuresInput, EvidenceInput, FindingInput, FindingProgressInput } from './assessment.input';
import { AssessmentEntryView, AssessmentService, AssessmentView, SnapshotView } from './assessment.service';

const sameMeasure =
  (entry: { frameworkCode: string; identifier: string }) =>
  (r: { frameworkCode: string; identifier: string }) =>
    r.frameworkCode === entry.frameworkCode && r.identifier === entry.identifier;

@Resolver('Assessment')
export class AssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly batches: IcvRequestBatches,
  ) {}

  /** A mutation's answer, resolved with fields loaded after the change. */
  private async changed<T>(loaders: RequestLoaders, change: Promise<T>): Promise<T> {
    const result = await change;
    this.batches.forget(loaders);
    return result;
  }

  @Query('assessment')
  @Authorise('assessment.read')
  assessment(
    @Args('year') year: number,
    @Args('party') party: string | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.assessments.assessment(this.assessments.readableParty(principal, party ?? null), year);
  }

  @ResolveField('findings')
  findings(@Parent() assessment: AssessmentView, @Loaders() loaders: RequestLoaders) {
    return this.batches.findings(loaders, assessment);
  }

  @Query('evidenceContent')
  @Authorise('assessment.read')
  evidenceContent(@Args('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.assessments.evidenceContent(principal, id);
  }

  @Mutation('assessMeasures')
  @Authorise('assessment.change')
  assess(
    @Args('input') input: AssessMeasuresInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.assessments.assess(acting, principal, input));
  }

  @Mutation('recordFinding')
  @Authorise('assessment.change')
  recordFinding(
    @Args('input') input: FindingInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.assessments.recordFinding(acting, principal, input));
  }

  @Mutation('progressFinding')
  @Authorise('assessment.change')
  progressFinding(
    @Args('id') id: string,
    @Args('input') input: FindingProgressInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.assessments.progressFinding(acting, principal, id, input));
  }

  @Mutation('closeFinding')
  @Authorise('assessment.change')
  closeFinding(
    @Args('id') id: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.assessments.closeFinding(acting, principal, id));
  }

  @Mutation('uploadEvidence')
  @Authorise('assessment.change')
  upload(
    @Args('input') input: EvidenceInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.assessments.uploadEvidence(acting, principal, input));
  }
}

/** A snapshot's findings: the live ones of its party and year (findings live on). */
@Resolver('AssessmentSnapshot')
export class AssessmentSnapshotResolver {
  constructor(private readonly batches: IcvRequestBatches) {}

  @ResolveField('findings')
  findings(@Parent() snapshot: SnapshotView, @Loaders() loaders: RequestLoaders) {
    return this.batches.findings(loaders, snapshot);
  }
}

/** An entry's findings and evidence: one batch for the whole assessment, whatever its number of measures. */
@Resolver('AssessmentEntry')
export class AssessmentEntryResolver {
  constructor(private readonly batches: IcvRequestBatches) {}

  @ResolveField('findings')
  async findings(@Parent() entry: AssessmentEntryView, @Loaders() loaders: RequestLoaders) {
    return (await this.batches.findings(loaders, entry)).filter(sameMeasure(entry));
  }

  /** A submitted year's: the references its snapshot froze; an open year's: as uploaded. */
  @ResolveField('evidence')
  async evidence(@Parent() entry: AssessmentEntryView, @Loaders() loaders: RequestLoaders) {
    if (entry.frozenEvidence) return entry.frozenEvidence;
    return (await this.batches.evidence(loaders, entry)).filter(sameMeasure(entry));
  }
}

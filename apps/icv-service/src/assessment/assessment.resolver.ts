import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { AssessmentService } from './assessment.service';

@Resolver('Assessment')
export class AssessmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @Query('assessment')
  @Authorise('assessment.read')
  assessment(
    @Args('year') year: number,
    @Args('party') party: string | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.assessments.assessment(this.assessments.readableParty(principal, party ?? null), year);
  }

  @Query('evidenceContent')
  @Authorise('assessment.read')
  evidenceContent(@Args('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.assessments.evidenceContent(principal, id);
  }

  @Mutation('assessMeasures')
  @Authorise('assessment.change')
  assess(
    @Args('input')
    input: {
      year: number;
      entries: { frameworkCode: string; identifier: string; status: string; justification?: string | null }[];
    },
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.assessments.assess(acting, principal, input);
  }

  @Mutation('recordFinding')
  @Authorise('assessment.change')
  recordFinding(
    @Args('input')
    input: {
      year: number;
      frameworkCode: string;
      identifier: string;
      description: string;
      action: string;
      owner: string;
      dueDate: string;
    },
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.assessments.recordFinding(acting, principal, input);
  }

  @Mutation('closeFinding')
  @Authorise('assessment.change')
  closeFinding(
    @Args('id') id: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.assessments.closeFinding(acting, principal, id);
  }

  @Mutation('uploadEvidence')
  @Authorise('assessment.change')
  upload(
    @Args('input')
    input: {
      year: number;
      frameworkCode: string;
      identifier: string;
      filename: string;
      contentType: string;
      contentBase64: string;
    },
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.assessments.uploadEvidence(acting, principal, input);
  }
}

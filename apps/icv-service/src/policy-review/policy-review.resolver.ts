import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { AssessmentService } from '../assessment/assessment.service';
import { IcvRequestBatches } from '../request-batches';
import { PolicyReviewService, PolicyReviewView } from './policy-review.service';

type PartyYear = { party: string; year: number };
const partyYear = (k: PartyYear) => `${k.party}|${k.year}`;

/** "Policy changed: review" on an assessment (SK-3.1). */
@Resolver('Assessment')
export class PolicyReviewResolver {
  constructor(
    private readonly reviews: PolicyReviewService,
    private readonly assessments: AssessmentService,
    private readonly batches: IcvRequestBatches,
  ) {}

  private loader(loaders: RequestLoaders) {
    return loaders.get<PartyYear, PolicyReviewView | null>(
      'icv.policyReview',
      (keys) => this.reviews.ofAssessments(keys),
      { cacheKey: partyYear },
    );
  }

  /** Batched over every assessment of a request: one query. */
  @ResolveField('policyReview')
  policyReview(@Parent() assessment: PartyYear, @Loaders() loaders: RequestLoaders) {
    return this.loader(loaders).load({ party: assessment.party, year: assessment.year });
  }

  @Mutation('confirmPolicyReview')
  @Authorise('assessment.change')
  async confirm(
    @Args('year') year: number,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    await this.reviews.confirm(acting, principal, year);
    this.loader(loaders).clearAll();
    this.batches.forget(loaders);
    return this.assessments.assessment(principal.party, year);
  }
}

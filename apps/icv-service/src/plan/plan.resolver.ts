import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import type { FindingView } from '../assessment/assessment.service';
import { IcvRequestBatches } from '../request-batches';
import { PlanRequestBatches } from './plan-batches';
import { PlanDocumentsService } from './plan-documents.service';
import { PlanLineInput, PlanLineView, PlanService, toPlanLineException } from './plan.service';

@Resolver('ImplementationPlan')
export class PlanResolver {
  constructor(
    private readonly plans: PlanService,
    private readonly documents: PlanDocumentsService,
    private readonly batches: PlanRequestBatches,
    private readonly icvBatches: IcvRequestBatches,
  ) {}

  /** A mutation's answer, resolved with fields loaded after the change. */
  private async changed<T>(loaders: RequestLoaders, change: Promise<T>): Promise<T> {
    const result = await change;
    this.batches.forget(loaders);
    this.icvBatches.forget(loaders);
    return result;
  }

  @Query('implementationPlan')
  @Authorise('implementation-plan.read')
  async implementationPlan(
    @Args('party') party: string | null,
    @Args('policyVersion') policyVersion: number | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.plans.plan(await this.plans.readableParty(principal, party ?? null), policyVersion ?? null);
  }

  @Query('implementationPlanXlsx')
  @Authorise('implementation-plan.read')
  implementationPlanXlsx(
    @Args('party') party: string | null,
    @Args('policyVersion') policyVersion: number | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.documents.planXlsx(principal, party ?? null, policyVersion ?? null);
  }

  @Mutation('savePlanLine')
  @Authorise('implementation-plan.manage')
  savePlanLine(
    @Args('input') input: PlanLineInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.plans.saveLine(acting, principal, input));
  }

  @Mutation('removePlanLine')
  @Authorise('implementation-plan.manage')
  removePlanLine(
    @Args('id') id: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.plans.removeLine(acting, principal, id));
  }

  @Mutation('confirmImplementationPlan')
  @Authorise('implementation-plan.manage')
  confirmImplementationPlan(
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.changed(loaders, this.plans.confirm(acting, principal));
  }
}

/** A line's links: one batch per kind for the whole request. */
@Resolver('PlanLine')
export class PlanLineResolver {
  constructor(private readonly batches: PlanRequestBatches) {}

  @ResolveField('findings')
  findings(@Parent() line: PlanLineView, @Loaders() loaders: RequestLoaders) {
    return this.batches.findings(loaders, line.findingIds);
  }

  @ResolveField('riskTreatments')
  riskTreatments(@Parent() line: PlanLineView, @Loaders() loaders: RequestLoaders) {
    return this.batches.treatments(loaders, line.riskTreatmentIds);
  }

  @ResolveField('exceptions')
  exceptions(@Parent() line: PlanLineView, @Loaders() loaders: RequestLoaders) {
    return Promise.all(
      line.exceptionRefs.map(async (ref) =>
        toPlanLineException(
          ref,
          await this.batches.exceptions(loaders, { party: line.party, year: ref.year }),
        ),
      ),
    );
  }
}

/** Finding.planLines: the lines of the current plan that address a finding. */
@Resolver('Finding')
export class FindingPlanLinesResolver {
  constructor(private readonly batches: PlanRequestBatches) {}

  @ResolveField('planLines')
  planLines(@Parent() finding: FindingView, @Loaders() loaders: RequestLoaders) {
    return this.batches.planLines(loaders, finding.id);
  }
}

import { Args, Mutation, Parent, Query, ResolveReference, Resolver } from '@nestjs/graphql';
import { applicableGrants, Principal } from '@mkib/server-auth';
import { Acting, Authorise, byKeys, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { EvaluationResult, EvaluationService, StartEvaluation } from './evaluation.service';
import { EvaluationView, toEvaluation } from './evaluation.view';

/** The Minister's evaluation audits and the five-year warning (SK-6). */
@Resolver('Evaluation')
export class EvaluationResolver {
  constructor(private readonly evaluations: EvaluationService) {}

  @Query('evaluations')
  @Authorise('evaluation.read')
  async list() {
    return (await this.evaluations.list()).map(toEvaluation);
  }

  @Query('evaluation')
  @Authorise('evaluation.read')
  async one(@Args('id') id: string) {
    return toEvaluation(await this.evaluations.get(id));
  }

  @Query('evaluationReport')
  @Authorise('evaluation.read')
  report(@Args('id') id: string) {
    return this.evaluations.report(id);
  }

  @Query('evaluationSchedule')
  @Authorise('evaluation.read')
  schedule() {
    return this.evaluations.schedule();
  }

  /**
   * policy's ChangeTrigger.evaluation: one query per request; null for an unknown evaluation and for a
   * caller who may not read evaluations (the field is nullable), never an error inside a list of proposals.
   */
  @ResolveReference()
  @Authorise('policy-proposal.read')
  async reference(
    @Parent() ref: { id: string },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EvaluationView | null> {
    if (!applicableGrants(principal, 'evaluation.read').length) return null;
    return loaders
      .get<
        string,
        EvaluationView
      >('governance.evaluation', async (ids) => byKeys(ids, (await this.evaluations.byIds(ids)).map(toEvaluation), (e) => e.id))
      .load(ref.id);
  }

  @Mutation('startEvaluation')
  @Authorise('evaluation.manage')
  async start(@Args('input') input: StartEvaluation, @Acting() acting: ActingContext) {
    return toEvaluation(await this.evaluations.start(acting, input));
  }

  @Mutation('recordEvaluationResult')
  @Authorise('evaluation.manage')
  async record(@Args('input') input: EvaluationResult, @Acting() acting: ActingContext) {
    return toEvaluation(await this.evaluations.record(acting, input));
  }
}

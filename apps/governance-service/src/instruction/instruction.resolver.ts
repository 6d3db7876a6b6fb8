import { Args, Mutation, Parent, Query, ResolveReference, Resolver } from '@nestjs/graphql';
import { applicableGrants, Principal } from '@mkib/server-auth';
import { Acting, Authorise, byKeys, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { InstructionService } from './instruction.service';
import { toInstruction } from './instruction.view';

@Resolver('Instruction')
export class InstructionResolver {
  constructor(private readonly instructions: InstructionService) {}

  @Query('instructions')
  @Authorise('agenda.read')
  async list(@CurrentPrincipal() principal: Principal) {
    return (await this.instructions.list(principal)).map(toInstruction);
  }

  /**
   * policy's ChangeTrigger.instruction: one query per request; null for an unknown instruction and for one
   * the caller may not see (the field is nullable), never an error inside a list of proposals.
   */
  @ResolveReference()
  @Authorise('policy-proposal.read')
  async reference(
    @Parent() ref: { id: string },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReturnType<typeof toInstruction> | null> {
    if (!applicableGrants(principal, 'agenda.read').length) return null;
    return loaders
      .get<
        string,
        ReturnType<typeof toInstruction>
      >('governance.instruction', async (ids) => byKeys(ids, (await this.instructions.byIds(principal, ids)).map(toInstruction), (i) => i.id))
      .load(ref.id);
  }

  @Mutation('reportInstructionDone')
  @Authorise('instruction.report-done')
  async reportDone(
    @Args('instructionId') id: string,
    @Args('report') report: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return toInstruction(await this.instructions.reportDone(acting, principal, id, report));
  }

  @Mutation('reviewInstruction')
  @Authorise('icv.decide')
  async review(
    @Args('instructionId') id: string,
    @Args('accept') accept: boolean,
    @Acting() acting: ActingContext,
  ) {
    return toInstruction(await this.instructions.review(acting, id, accept));
  }
}

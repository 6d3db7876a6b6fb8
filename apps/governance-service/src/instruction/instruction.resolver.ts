import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { applicableGrants, Principal } from '@mkib/server-auth';
import { Acting, Authorise, byKeys, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { AgendaService } from '../agenda/agenda.service';
import { boardItemsById } from '../agenda/board-item.resolver';
import { InstructionService, IssueInstructionInput } from './instruction.service';
import { toInstruction } from './instruction.view';

@Resolver('Instruction')
export class InstructionResolver {
  constructor(
    private readonly instructions: InstructionService,
    private readonly agenda: AgendaService,
  ) {}

  /** The board item whose decision issued it or whose advice it follows: every instruction of a request in one query. */
  @ResolveField('boardItem')
  boardItem(
    @Parent() instruction: ReturnType<typeof toInstruction>,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!instruction.boardItemId) return null;
    return boardItemsById(loaders, this.agenda, principal).load(instruction.boardItemId);
  }

  /** The BMB gives a party an aanwijzing outside an ICV decision (SK-3.6). */
  @Mutation('issueInstruction')
  @Authorise('instruction.issue')
  async issue(@Args('input') input: IssueInstructionInput, @Acting() acting: ActingContext) {
    return toInstruction(await this.instructions.issueStandalone(acting, input));
  }

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

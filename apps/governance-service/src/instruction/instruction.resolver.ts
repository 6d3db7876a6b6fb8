import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
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

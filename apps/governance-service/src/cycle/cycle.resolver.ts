import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { AgendaItemView, CycleService } from './cycle.service';

@Resolver('AgendaItem')
export class CycleResolver {
  constructor(private readonly cycles: CycleService) {}

  @Query('cycle')
  @Authorise('cycle.read')
  cycle(@Args('year') year: number) {
    return this.cycles.cycle(year);
  }

  @Query('agenda')
  @Authorise('agenda.read')
  agenda(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.cycles.agenda(principal, year);
  }

  @Query('instructions')
  @Authorise('agenda.read')
  instructions(@CurrentPrincipal() principal: Principal) {
    return this.cycles.instructions(principal);
  }

  @Query('reminders')
  @Authorise('reminder.read')
  reminders(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.cycles.reminders(principal, year);
  }

  @Query('meetingPackPdf')
  @Authorise('agenda.read')
  meetingPack(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.cycles.meetingPack(principal, year);
  }

  @ResolveField('instructions')
  itemInstructions(@Parent() item: AgendaItemView) {
    return this.cycles.instructionsOf(item.id);
  }

  @Mutation('openCycle')
  @Authorise('cycle.manage')
  open(@Args('input') input: Record<string, unknown>, @Acting() acting: ActingContext) {
    return this.cycles.openCycle(acting, input);
  }

  @Mutation('recordAdvice')
  @Authorise('icv.advise')
  advise(@Args('agendaItemId') id: string, @Args('advice') advice: string, @Acting() acting: ActingContext) {
    return this.cycles.recordAdvice(acting, id, advice);
  }

  @Mutation('recordDecision')
  @Authorise('icv.decide')
  decide(
    @Args('input')
    input: {
      agendaItemId: string;
      decision: string;
      text: string;
      instruction?: { description: string; dueDate: string } | null;
    },
    @Acting() acting: ActingContext,
  ) {
    return this.cycles.recordDecision(acting, input);
  }

  @Mutation('reportInstructionDone')
  @Authorise('instruction.report-done')
  reportDone(
    @Args('instructionId') id: string,
    @Args('report') report: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.cycles.reportDone(acting, principal, id, report);
  }

  @Mutation('reviewInstruction')
  @Authorise('icv.decide')
  review(
    @Args('instructionId') id: string,
    @Args('accept') accept: boolean,
    @Acting() acting: ActingContext,
  ) {
    return this.cycles.review(acting, id, accept);
  }
}

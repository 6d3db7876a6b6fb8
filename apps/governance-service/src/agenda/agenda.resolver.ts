import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { InstructionService } from '../instruction/instruction.service';
import { toInstruction } from '../instruction/instruction.view';
import { AgendaItemView, toAgendaItem } from './agenda-item.view';
import { AgendaService } from './agenda.service';
import { DecisionInput } from './decision.input';

@Resolver('AgendaItem')
export class AgendaResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly instructions: InstructionService,
  ) {}

  @Query('agenda')
  @Authorise('agenda.read')
  async list(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return (await this.agenda.agenda(principal, year)).map(toAgendaItem);
  }

  /** The instructions of every agenda item of a request in one query. */
  @ResolveField('instructions')
  itemInstructions(@Parent() item: AgendaItemView, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, ReturnType<typeof toInstruction>[]>('governance.agenda-item.instructions', async (ids) => {
        const all = await this.instructions.ofAgendaItems(ids);
        return ids.map((id) => all.filter((i) => i.agendaItemId === id).map(toInstruction));
      })
      .load(item.id);
  }

  @Mutation('recordAdvice')
  @Authorise('icv.advise')
  async advise(
    @Args('agendaItemId') id: string,
    @Args('advice') advice: string,
    @Acting() acting: ActingContext,
  ) {
    return toAgendaItem(await this.agenda.recordAdvice(acting, id, advice));
  }

  @Mutation('recordDecision')
  @Authorise('icv.decide')
  async decide(@Args('input') input: DecisionInput, @Acting() acting: ActingContext) {
    return toAgendaItem(await this.agenda.recordDecision(acting, input));
  }
}

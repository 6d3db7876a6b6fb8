import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { escalationDecidable, missingPositions, RaiseEscalationInput } from '@mkib/domain-governance';
import { Clock, toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { boardItemsById } from '../agenda/board-item.resolver';
import { AgendaService } from '../agenda/agenda.service';
import { partiesByCode } from '../party/party.resolver';
import { PartyService } from '../party/party.service';
import { EscalationEntity, EscalationPositionEntity } from './escalation.entity';
import { EscalationPositionInput, EscalationService } from './escalation.service';

const toEscalation = (e: EscalationEntity) => ({
  id: e.id,
  title: e.title,
  question: e.question,
  raisedBy: e.raisedBy,
  raisedByPartyCode: e.raisedByParty,
  raisedAt: toIsoTimestamp(e.raisedAt)!,
  positionsDue: toIsoDay(e.positionsDue),
  state: e.state,
  partyCodes: e.parties,
  boardItemId: e.boardItemId,
});
type EscalationView = ReturnType<typeof toEscalation>;

const toPosition = (p: EscalationPositionEntity) => ({
  partyCode: p.party,
  stance: p.stance,
  reasoning: p.reasoning,
  recordedBy: p.recordedBy,
  recordedAt: toIsoTimestamp(p.recordedAt)!,
});
type PositionView = ReturnType<typeof toPosition>;

/** Escalations to the BMB and the parties' positions (SK-3.8). */
@Resolver('Escalation')
export class EscalationResolver {
  constructor(
    private readonly escalations: EscalationService,
    private readonly agenda: AgendaService,
    private readonly parties: PartyService,
    private readonly clock: Clock,
  ) {}

  @Query('escalations')
  @Authorise('escalation.read')
  async list(@CurrentPrincipal() principal: Principal) {
    return (await this.escalations.list(principal)).map(toEscalation);
  }

  @Query('escalation')
  @Authorise('escalation.read')
  async one(@Args('id') id: string, @CurrentPrincipal() principal: Principal) {
    return toEscalation(await this.escalations.get(principal, id));
  }

  @Mutation('raiseEscalation')
  @Authorise('escalation.raise')
  async raise(
    @Args('input') input: RaiseEscalationInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return toEscalation(await this.escalations.raise(principal, acting, input));
  }

  @Mutation('recordEscalationPosition')
  @Authorise('escalation.position')
  async record(
    @Args('input') input: EscalationPositionInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return toEscalation(await this.escalations.recordPosition(principal, acting, input));
  }

  /** Every position of the request's escalations, in one query. */
  private allPositions(loaders: RequestLoaders, id: string) {
    return loaders
      .get<string, PositionView[]>('governance.escalation.positions', async (ids) => {
        const rows = (await this.escalations.positionsOf(ids)).map((p) => ({
          escalationId: p.escalationId,
          view: toPosition(p),
        }));
        return ids.map((i) => rows.filter((r) => r.escalationId === i).map((r) => r.view));
      })
      .load(id)
      .then((p) => p ?? []);
  }

  /** SK-T3: a party reads only its own position; the boards, the LMS and JenV every one side by side. */
  @ResolveField('positions')
  async positions(
    @Parent() e: EscalationView,
    @Loaders() loaders: RequestLoaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const all = await this.allPositions(loaders, e.id);
    const scope = partyScope(principal, 'escalation.read');
    return scope.all ? all : all.filter((p) => p.partyCode === scope.party);
  }

  /** Who is still missing: names only, never their content. */
  @ResolveField('missing')
  async missing(@Parent() e: EscalationView, @Loaders() loaders: RequestLoaders) {
    const all = await this.allPositions(loaders, e.id);
    const codes = missingPositions(
      e.partyCodes,
      all.map((p) => p.partyCode),
    );
    return partiesByCode(loaders, this.parties).loadMany(codes);
  }

  @ResolveField('decidable')
  async decidable(@Parent() e: EscalationView, @Loaders() loaders: RequestLoaders) {
    const all = await this.allPositions(loaders, e.id);
    const missing = missingPositions(
      e.partyCodes,
      all.map((p) => p.partyCode),
    );
    return escalationDecidable(missing, this.clock.today(), e.positionsDue);
  }

  @ResolveField('parties')
  parties_(@Parent() e: EscalationView, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).loadMany(e.partyCodes);
  }

  @ResolveField('raisedByParty')
  raisedByParty(@Parent() e: EscalationView, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(e.raisedByPartyCode);
  }

  @ResolveField('boardItem')
  boardItem(
    @Parent() e: EscalationView,
    @Loaders() loaders: RequestLoaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    return e.boardItemId ? boardItemsById(loaders, this.agenda, principal).load(e.boardItemId) : null;
  }
}

@Resolver('EscalationPosition')
export class EscalationPositionResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() p: PositionView, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(p.partyCode);
  }
}

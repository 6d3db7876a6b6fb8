import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { AgendaItemKind } from '@mkib/domain-governance';
import { applicableGrants, Principal } from '@mkib/server-auth';
import { Acting, Authorise, byKeys, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { BbpService } from '../bbp/bbp.service';
import { toBbpYear } from '../bbp/bbp-year.view';
import { PeriodOverview, ProgressService } from '../progress/progress.service';
import { BoardItemView, toBoardItem } from './agenda-item.view';
import { AgendaService } from './agenda.service';
import { DecisionInput } from './decision.input';

/** Items of any kind by id as the caller may see them: every reference of a request in one query. */
export const boardItemsById = (loaders: RequestLoaders, agenda: AgendaService, principal: Principal) =>
  loaders.get<string, BoardItemView>('governance.board-item', async (ids) =>
    byKeys(ids, (await agenda.boardItemsByIds(principal, ids)).map(toBoardItem), (i) => i.id),
  );

/** The boards' agenda across kinds (SK-3.1, SK-3.5): ICVs and policy change proposals. */
@Resolver('BoardItem')
export class BoardItemResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly bbp: BbpService,
    private readonly progress: ProgressService,
  ) {}

  @Query('boardItems')
  @Authorise('agenda.read')
  async list(
    @Args('kind') kind: AgendaItemKind | null,
    @Args('year') year: number | null,
    @CurrentPrincipal() principal: Principal,
  ) {
    return (await this.agenda.boardItems(principal, { kind, year })).map(toBoardItem);
  }

  @Query('boardItem')
  @Authorise('agenda.read')
  async one(@Args('id') id: string, @CurrentPrincipal() principal: Principal) {
    return toBoardItem(await this.agenda.boardItem(principal, id));
  }

  /**
   * policy's ChangeTrigger.icvDecision: null for an unknown item and for one the caller may not see (the
   * field is nullable), so a party reading a proposal triggered by another party's ICV gets no error in
   * the list. Anyone who may read proposals may follow the reference; `agenda.read` decides what it finds.
   */
  @ResolveReference()
  @Authorise('policy-proposal.read')
  async reference(
    @Parent() ref: { id: string },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BoardItemView | null> {
    if (!applicableGrants(principal, 'agenda.read').length) return null;
    return boardItemsById(loaders, this.agenda, principal).load(ref.id);
  }

  @ResolveField('changeProposal')
  changeProposal(@Parent() item: BoardItemView) {
    return item.kind === 'POLICY_CHANGE' ? { id: item.subjectId } : null;
  }

  /** BBP items: the BBP year, every item of a request in one query. */
  @ResolveField('bbpYear')
  async bbpYear(@Parent() item: BoardItemView, @Loaders() loaders: RequestLoaders) {
    if (item.kind !== 'BBP') return null;
    return loaders
      .get<
        string,
        ReturnType<typeof toBbpYear>
      >('governance.board-item.bbp-year', async (ids) => byKeys(ids, (await this.bbp.byIds(ids)).map(toBbpYear), (b) => b.id))
      .load(item.subjectId);
  }

  /** PROGRESS_REPORTS items: the period's reports rolled up, every item of a request in two queries. */
  @ResolveField('progressPeriod')
  progressPeriod(@Parent() item: BoardItemView, @Loaders() loaders: RequestLoaders) {
    if (item.kind !== 'PROGRESS_REPORTS' || item.periodNumber == null) return null;
    if (item.frozenPeriod) return item.frozenPeriod;
    return loaders
      .get<{ year: number; period: number }, PeriodOverview>(
        'governance.board-item.progress-period',
        async (keys) => {
          const found = await this.progress.periods(keys);
          return keys.map((k) => found.find((o) => o.year === k.year && o.period === k.period) ?? null);
        },
        { cacheKey: (k) => `${k.year}:${k.period}` },
      )
      .load({ year: item.year, period: item.periodNumber });
  }

  @Mutation('adviseBoardItem')
  @Authorise('agenda-item.advise')
  async advise(
    @Args('agendaItemId') id: string,
    @Args('advice') advice: string,
    @Acting() acting: ActingContext,
  ) {
    return toBoardItem(await this.agenda.adviseBoardItem(acting, id, advice));
  }

  @Mutation('decideBoardItem')
  @Authorise('agenda-item.decide')
  async decide(@Args('input') input: DecisionInput, @Acting() acting: ActingContext) {
    return toBoardItem(await this.agenda.decideBoardItem(acting, input));
  }
}

/** A change proposal (policy's entity) with its item on the boards' agenda. */
@Resolver('ChangeProposal')
export class ChangeProposalResolver {
  constructor(private readonly agenda: AgendaService) {}

  @ResolveReference()
  @Authorise('policy-proposal.read')
  reference(@Parent() ref: { id: string }) {
    return { id: ref.id };
  }

  /** Batched by proposal: one query for every proposal of a request. */
  @ResolveField('boardItem')
  @Authorise('agenda.read')
  boardItem(@Parent() proposal: { id: string }, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<
        string,
        BoardItemView
      >('governance.change-proposal.board-item', async (ids) => byKeys(ids, (await this.agenda.policyChangeItemsOf(ids)).map(toBoardItem), (i) => i.subjectId))
      .load(proposal.id);
  }
}

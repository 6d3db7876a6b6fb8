import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { WISH_PARTIES } from '@mkib/domain-governance';
import { toIsoTimestamp } from '@mkib/domain-shared';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { boardItemsById } from '../agenda/board-item.resolver';
import { AgendaService } from '../agenda/agenda.service';
import { partiesByCode } from '../party/party.resolver';
import { PartyService } from '../party/party.service';
import { BbpYearView, toBbpYear } from './bbp-year.view';
import { BbpConsolidationInput, BbpService, BbpYearInput, WishInput } from './bbp.service';
import { WishEntity } from './wish.entity';

const toWish = (w: WishEntity) => ({
  id: w.id,
  year: w.year,
  partyCode: w.party,
  subject: w.subject,
  reasoning: w.reasoning,
  estimatedCost: w.estimatedCost,
  priority: w.priority,
  submittedBy: w.submittedBy,
  submittedAt: toIsoTimestamp(w.submittedAt)!,
  late: w.late,
  withdrawn: w.withdrawn,
  disposition: w.disposition,
  dispositionNote: w.dispositionNote,
});
type WishView = ReturnType<typeof toWish>;

/** The BBP year, its PDCA calendar and wishes round (SK-3.2, SK-3.4). */
@Resolver('BbpYear')
export class BbpResolver {
  constructor(
    private readonly bbp: BbpService,
    private readonly agenda: AgendaService,
  ) {}

  @Query('bbpYear')
  @Authorise('bbp.read')
  async one(@Args('year') year: number) {
    const bbp = await this.bbp.find(year);
    return bbp ? toBbpYear(bbp) : null;
  }

  @Query('bbpYears')
  @Authorise('bbp.read')
  async list() {
    return (await this.bbp.list()).map(toBbpYear);
  }

  @Query('calendar')
  @Authorise('bbp.read')
  calendarOf(@Args('year') year: number) {
    return this.bbp.calendar(year);
  }

  @Mutation('openBbpYear')
  @Authorise('bbp.manage')
  async open(@Args('input') input: BbpYearInput, @Acting() acting: ActingContext) {
    return toBbpYear(await this.bbp.open(acting, input));
  }

  @Mutation('updateBbpCalendar')
  @Authorise('bbp.manage')
  async update(@Args('input') input: BbpYearInput, @Acting() acting: ActingContext) {
    return toBbpYear(await this.bbp.updateCalendar(acting, input));
  }

  @Mutation('consolidateBbp')
  @Authorise('bbp.manage')
  async consolidate(@Args('input') input: BbpConsolidationInput, @Acting() acting: ActingContext) {
    return toBbpYear(await this.bbp.consolidate(acting, input));
  }

  @Mutation('submitBbpForAdoption')
  @Authorise('bbp.manage')
  async submit(@Args('year') year: number, @Acting() acting: ActingContext) {
    return toBbpYear(await this.bbp.submitForAdoption(acting, year));
  }

  /** One query per request for every year's calendar asked (cycles and BBP dates are at hand). */
  @ResolveField('calendar')
  calendar(@Parent() bbp: BbpYearView, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<
        number,
        Awaited<ReturnType<BbpService['calendar']>>
      >('governance.bbp.calendar', (years) => this.bbp.calendars(years))
      .load(bbp.year);
  }

  @ResolveField('wishParties')
  async wishParties(@Parent() bbp: BbpYearView, @Loaders() loaders: RequestLoaders) {
    const counts = await loaders
      .get<number, { party: string; submitted: number; late: number }[]>(
        'governance.bbp.wish-counts',
        async (years) => {
          const rows = await this.bbp.wishCounts(years);
          return years.map((y) => rows.filter((r) => r.year === y));
        },
      )
      .load(bbp.year);
    return WISH_PARTIES.map((p) => {
      const c = counts?.find((r) => r.party === p.party);
      return {
        partyCode: p.party,
        description: p.description,
        submitted: c?.submitted ?? 0,
        late: c?.late ?? 0,
      };
    });
  }

  @ResolveField('boardItem')
  boardItem(
    @Parent() bbp: BbpYearView,
    @Loaders() loaders: RequestLoaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    return bbp.boardItemId ? boardItemsById(loaders, this.agenda, principal).load(bbp.boardItemId) : null;
  }
}

@Resolver('WishParty')
export class WishPartyResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() p: { partyCode: string }, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(p.partyCode);
  }
}

/** A party's wishes for the BBP (SK-3.4). */
@Resolver('Wish')
export class WishResolver {
  constructor(
    private readonly bbp: BbpService,
    private readonly parties: PartyService,
  ) {}

  @Query('wishes')
  @Authorise('wish.read')
  async list(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return (await this.bbp.wishes(principal, year)).map(toWish);
  }

  @Mutation('submitWish')
  @Authorise('wish.submit')
  async submit(
    @Args('input') input: WishInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return toWish(await this.bbp.submitWish(principal, acting, input));
  }

  @Mutation('withdrawWish')
  @Authorise('wish.submit')
  async withdraw(
    @Args('id') id: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return toWish(await this.bbp.withdrawWish(principal, acting, id));
  }

  @ResolveField('party')
  party(@Parent() wish: WishView, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(wish.partyCode);
  }
}

import { Args, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { governance as m } from '@mkib/domain-governance';
import { Authorise, byKeys, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { PartyEntity } from './party.entity';
import { PartyService } from './party.service';

export const toParty = (p: PartyEntity) => ({
  code: p.code,
  name: p.name,
  kind: p.kind,
  responsibleHoofdgebruikerCode: p.responsibleHoofdgebruiker,
});
export type PartyView = ReturnType<typeof toParty>;

/** Parties by code, shared by every resolver of a request: one query for all its references. */
export const partiesByCode = (loaders: RequestLoaders, parties: PartyService) =>
  loaders.get<string, PartyView>('governance.party', async (codes) =>
    byKeys(codes, (await parties.byCodes(codes)).map(toParty), (p) => p.code),
  );

@Resolver('Party')
export class PartyResolver {
  constructor(private readonly parties: PartyService) {}

  /** Parties by code: every reference and responsible hoofdgebruiker of a request in one query. */
  private byCode(loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties);
  }

  @Query('parties')
  @Authorise('party.read')
  async list() {
    return (await this.parties.list()).map(toParty);
  }

  @Query('party')
  @Authorise('party.read')
  async one(@Args('code') code: string) {
    return toParty(await this.parties.get(code));
  }

  @ResolveReference()
  @Authorise('party.read')
  async reference(@Parent() ref: { code: string }, @Loaders() loaders: RequestLoaders) {
    const party = await this.byCode(loaders).load(ref.code);
    if (!party) throw m.notFound('governance.party.notFound', { code: ref.code });
    return party;
  }

  @ResolveField('responsibleHoofdgebruiker')
  responsible(@Parent() party: PartyView, @Loaders() loaders: RequestLoaders) {
    return party.responsibleHoofdgebruikerCode
      ? this.byCode(loaders).load(party.responsibleHoofdgebruikerCode)
      : null;
  }

  /** The medegebruikers of every party of a request in one query. */
  @ResolveField('medegebruikers')
  medegebruikers(@Parent() party: PartyView, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, PartyView[]>('governance.party.medegebruikers', async (codes) => {
        const all = (await this.parties.medegebruikersOf(codes)).map(toParty);
        return codes.map((code) => all.filter((p) => p.responsibleHoofdgebruikerCode === code));
      })
      .load(party.code);
  }
}

import { Args, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Authorise } from '@mkib/server-graphql';
import { PartyEntity } from './party.entity';
import { PartyService } from './party.service';

const toParty = (p: PartyEntity) => ({
  code: p.code,
  name: p.name,
  kind: p.kind,
  responsibleHoofdgebruikerCode: p.responsibleHoofdgebruiker,
});
type PartyView = ReturnType<typeof toParty>;

@Resolver('Party')
export class PartyResolver {
  constructor(private readonly parties: PartyService) {}

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
  async reference(ref: { code: string }) {
    return toParty(await this.parties.get(ref.code));
  }

  @ResolveField('responsibleHoofdgebruiker')
  async responsible(@Parent() party: PartyView) {
    return party.responsibleHoofdgebruikerCode
      ? toParty(await this.parties.get(party.responsibleHoofdgebruikerCode))
      : null;
  }

  @ResolveField('medegebruikers')
  async medegebruikers(@Parent() party: PartyView) {
    return (await this.parties.medegebruikersOf([party.code])).map(toParty);
  }
}

import { Args, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { notFound } from '@mkib/domain-shared';
import { Authorise } from '@mkib/server-graphql';
import { PartyEntity } from './party.entity';

const toParty = (p: PartyEntity) => ({
  code: p.code,
  name: p.name,
  kind: p.kind,
  responsibleHoofdgebruikerCode: p.responsibleHoofdgebruiker,
});
type PartyView = ReturnType<typeof toParty>;

@Resolver('Party')
export class PartyResolver {
  constructor(private readonly dataSource: DataSource) {}

  private get parties() {
    return this.dataSource.getRepository(PartyEntity);
  }

  private async find(code: string): Promise<PartyView> {
    const party = await this.parties.findOneBy({ code });
    if (!party) throw notFound(`There is no party with code "${code}".`);
    return toParty(party);
  }

  @Query('parties')
  @Authorise('party.read')
  async list() {
    return (await this.parties.find({ order: { kind: 'ASC', code: 'ASC' } })).map(toParty);
  }

  @Query('party')
  @Authorise('party.read')
  one(@Args('code') code: string) {
    return this.find(code);
  }

  @ResolveReference()
  @Authorise('party.read')
  reference(ref: { code: string }) {
    return this.find(ref.code);
  }

  @ResolveField('responsibleHoofdgebruiker')
  responsible(@Parent() party: PartyView) {
    return party.responsibleHoofdgebruikerCode ? this.find(party.responsibleHoofdgebruikerCode) : null;
  }

  @ResolveField('medegebruikers')
  async medegebruikers(@Parent() party: PartyView) {
    return (
      await this.parties.find({ where: { responsibleHoofdgebruiker: party.code }, order: { code: 'ASC' } })
    ).map(toParty);
  }
}

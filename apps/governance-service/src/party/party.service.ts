import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { governance as m } from '@mkib/domain-governance';
import { PartyEntity } from './party.entity';

/** The party register (SK Art. 1): read only, seeded by the migrations. */
@Injectable()
export class PartyService {
  constructor(private readonly dataSource: DataSource) {}

  private get parties() {
    return this.dataSource.getRepository(PartyEntity);
  }

  list(): Promise<PartyEntity[]> {
    return this.parties.find({ order: { kind: 'ASC', code: 'ASC' } });
  }

  async get(code: string): Promise<PartyEntity> {
    const party = await this.parties.findOneBy({ code });
    if (!party) throw m.notFound('governance.party.notFound', { code });
    return party;
  }

  /** The parties with these codes, in one query (unknown codes are left out). */
  byCodes(codes: readonly string[]): Promise<PartyEntity[]> {
    return this.parties.findBy({ code: In([...codes]) });
  }

  /** The medegebruikers of these hoofdgebruikers, in one query, by code. */
  medegebruikersOf(hoofdgebruikers: readonly string[]): Promise<PartyEntity[]> {
    return this.parties.find({
      where: { responsibleHoofdgebruiker: In([...hoofdgebruikers]) },
      order: { code: 'ASC' },
    });
  }
}

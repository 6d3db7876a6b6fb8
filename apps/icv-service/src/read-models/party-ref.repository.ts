import { EntityManager, In, Repository } from 'typeorm';
import { PartyRefEntity } from './party-ref.entity';

/** The party register as the icv context knows it (read model). */
export class PartyRefRepository {
  private readonly parties: Repository<PartyRefEntity>;

  constructor(private readonly manager: EntityManager) {
    this.parties = manager.getRepository(PartyRefEntity);
  }

  get(code: string): Promise<PartyRefEntity | null> {
    return this.parties.findOneBy({ code });
  }

  /** The medegebruikers that report to these parties, by code. */
  medegebruikersOf(parties: readonly string[]): Promise<PartyRefEntity[]> {
    if (!parties.length) return Promise.resolve([]);
    return this.parties.find({
      where: { reportsTo: In([...parties]), kind: 'MEDEGEBRUIKER' },
      order: { code: 'ASC' },
    });
  }

  /** Replaces the whole register with the one just published. */
  async replaceAll(parties: PartyRefEntity[]): Promise<void> {
    await this.manager.createQueryBuilder().delete().from(PartyRefEntity).execute();
    if (parties.length) await this.parties.insert(parties);
  }
}

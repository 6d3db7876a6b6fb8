import { EntityManager } from 'typeorm';
import { insertIfAbsent } from '@mkib/server-persistence';
import { FrameworkEntity } from '../catalogue/framework.entity';
import { PartyFrameworkEntity } from './party-framework.entity';

/** The extra frameworks each party attached to its scope. */
export class PartyFrameworkRepository {
  constructor(private readonly manager: EntityManager) {}

  private get attached() {
    return this.manager.getRepository(PartyFrameworkEntity);
  }

  /** Per party the frameworks it attached, by code; every party's when `parties` is omitted. */
  async frameworksOf(parties?: readonly string[]): Promise<Map<string, FrameworkEntity[]>> {
    const query = this.manager
      .getRepository(FrameworkEntity)
      .createQueryBuilder('f')
      .innerJoin(PartyFrameworkEntity, 'a', 'a.framework_code = f.code')
      .addSelect('a.party', 'a_party')
      .orderBy('a.party')
      .addOrderBy('f.code');
    if (parties) query.where('a.party = ANY(:parties)', { parties });
    const { entities, raw } =
      parties?.length === 0
        ? { entities: [], raw: [] }
        : await query.getRawAndEntities<{ a_party: string; f_code: string }>();
    const result = new Map<string, FrameworkEntity[]>((parties ?? []).map((p) => [p, []]));
    for (const r of raw) {
      const framework = entities.find((f) => f.code === r.f_code)!;
      result.set(r.a_party, [...(result.get(r.a_party) ?? []), framework]);
    }
    return result;
  }

  async frameworksOfParty(party: string): Promise<FrameworkEntity[]> {
    return (await this.frameworksOf([party])).get(party)!;
  }

  async isAttached(party: string, frameworkCode: string): Promise<boolean> {
    return (await this.attached.countBy({ party, frameworkCode })) > 0;
  }

  /** Attaches unless attached already: true when this call attached it. */
  attach(row: PartyFrameworkEntity): Promise<boolean> {
    return insertIfAbsent(this.attached, row);
  }

  /** Detaches unless detached already: true when this call detached it. */
  async detach(party: string, frameworkCode: string): Promise<boolean> {
    return ((await this.attached.delete({ party, frameworkCode })).affected ?? 0) > 0;
  }
}

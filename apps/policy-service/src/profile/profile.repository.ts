import { EntityManager } from 'typeorm';
import { BBN_LEVELS, BbnProfileLevel } from '@mkib/domain-policy';
import { RequirementEntity } from '../catalogue/requirement.entity';
import { BbnProfileMeasureEntity } from './bbn-profile-measure.entity';
import { BbnProfileEntity } from './bbn-profile.entity';

/** The BBN profile aggregate: a version with the measures it introduces per level. */
export class ProfileRepository {
  constructor(private readonly manager: EntityManager) {}

  private get profiles() {
    return this.manager.getRepository(BbnProfileEntity);
  }

  private get measures() {
    return this.manager.getRepository(BbnProfileMeasureEntity);
  }

  /** The version in force: the highest. */
  async currentVersion(): Promise<number> {
    const row = await this.profiles.createQueryBuilder('p').select('max(p.version)', 'version').getRawOne();
    return Number((row as { version: number }).version);
  }

  find(version: number): Promise<BbnProfileEntity | null> {
    return this.profiles.findOneBy({ version });
  }

  /** Every version, newest first. */
  all(): Promise<BbnProfileEntity[]> {
    return this.profiles.find({ order: { version: 'DESC' } });
  }

  /** The levels of versions, each with the measures it introduces in catalogue order: one query. */
  async levelsOf(versions: readonly number[]): Promise<Map<number, BbnProfileLevel[]>> {
    const rows = versions.length
      ? await this.measures
          .createQueryBuilder('m')
          .innerJoin(
            RequirementEntity,
            'r',
            'r.framework_code = m.framework_code AND r.identifier = m.identifier',
          )
          .where('m.version = ANY(:versions)', { versions })
          .orderBy('m.version')
          .addOrderBy('m.bbn')
          .addOrderBy('m.framework_code')
          .addOrderBy('r.sort_key')
          .getMany()
      : [];
    return new Map(
      versions.map((version) => [
        version,
        BBN_LEVELS.map((bbn) => ({
          bbn,
          measures: rows
            .filter((r) => r.version === version && r.bbn === bbn)
            .map((r) => ({ frameworkCode: r.frameworkCode, identifier: r.identifier })),
        })),
      ]),
    );
  }

  async levels(version: number): Promise<BbnProfileLevel[]> {
    return (await this.levelsOf([version])).get(version)!;
  }

  /** Two LMS operators publishing at once get consecutive versions. */
  async lockForPublishing(): Promise<void> {
    // raw SQL: TypeORM has no table lock (its locks are row locks of a SELECT); the next version is max + 1.
    await this.manager.query(`LOCK TABLE policy.bbn_profile IN SHARE ROW EXCLUSIVE MODE`);
  }

  async publish(profile: BbnProfileEntity, levels: BbnProfileLevel[]): Promise<void> {
    await this.profiles.insert(profile);
    const rows = levels.flatMap((l) =>
      l.measures.map(
        (m): BbnProfileMeasureEntity => ({
          version: profile.version,
          bbn: l.bbn,
          frameworkCode: m.frameworkCode,
          identifier: m.identifier,
        }),
      ),
    );
    for (let i = 0; i < rows.length; i += 2_000) await this.measures.insert(rows.slice(i, i + 2_000));
  }

  /** Identifiers of a framework that a profile version uses, each with the first version that does. */
  async identifiersUsed(frameworkCode: string): Promise<{ identifier: string; version: number }[]> {
    const rows: { identifier: string; version: string }[] = await this.measures
      .createQueryBuilder('m')
      .select('m.identifier', 'identifier')
      .addSelect('min(m.version)', 'version')
      .where('m.framework_code = :frameworkCode', { frameworkCode })
      .groupBy('m.identifier')
      .getRawMany();
    return rows.map((r) => ({ identifier: r.identifier, version: Number(r.version) }));
  }
}

import { EntityManager } from 'typeorm';
import { MappingDefinition, RequirementRef } from '@mkib/domain-policy';
import { refsCondition } from './catalogue.repository';
import { RequirementMappingEntity } from './requirement-mapping.entity';

/** Rows per INSERT … ON CONFLICT (7 parameters a row). */
const CHUNK = 1_000;

/** The mappings between requirements of the common catalogue. */
export class MappingRepository {
  constructor(private readonly manager: EntityManager) {}

  private get mappings() {
    return this.manager.getRepository(RequirementMappingEntity);
  }

  all(): Promise<RequirementMappingEntity[]> {
    return this.mappings.find();
  }

  /** Every mapping with one of the requirements on either side: one query for any number of them. */
  touching(refs: readonly RequirementRef[]): Promise<RequirementMappingEntity[]> {
    if (!refs.length) return Promise.resolve([]);
    const source = refsCondition('m', refs).params;
    return this.mappings
      .createQueryBuilder('m')
      .where(
        `(m.source_framework, m.source_identifier) IN (SELECT * FROM unnest(CAST(:refsF AS text[]), CAST(:refsI AS text[])))
          OR (m.target_framework, m.target_identifier) IN (SELECT * FROM unnest(CAST(:refsF AS text[]), CAST(:refsI AS text[])))`,
        source,
      )
      .getMany();
  }

  /** Identifiers of a framework that a mapping uses, on either side. */
  async identifiersUsed(frameworkCode: string): Promise<string[]> {
    const rows = await this.mappings
      .createQueryBuilder('m')
      .where('m.source_framework = :frameworkCode OR m.target_framework = :frameworkCode', { frameworkCode })
      .getMany();
    return rows.flatMap((m) => [
      ...(m.sourceFramework === frameworkCode ? [m.sourceIdentifier] : []),
      ...(m.targetFramework === frameworkCode ? [m.targetIdentifier] : []),
    ]);
  }

  /** Two imports at once run one after the other, each planned against what the other left. */
  async lockForImport(): Promise<void> {
    // raw SQL: TypeORM has no table lock (its locks are row locks of a SELECT).
    await this.manager.query(`LOCK TABLE policy.requirement_mapping IN SHARE ROW EXCLUSIVE MODE`);
  }

  async remove(mappings: MappingDefinition[]): Promise<void> {
    if (!mappings.length) return;
    await this.mappings
      .createQueryBuilder()
      .delete()
      .where(
        `(source_framework, source_identifier, target_framework, target_identifier) IN
           (SELECT * FROM unnest(CAST(:sf AS text[]), CAST(:si AS text[]), CAST(:tf AS text[]), CAST(:ti AS text[])))`,
        {
          sf: mappings.map((m) => m.sourceFramework),
          si: mappings.map((m) => m.sourceIdentifier),
          tf: mappings.map((m) => m.targetFramework),
          ti: mappings.map((m) => m.targetIdentifier),
        },
      )
      .execute();
  }

  /** Inserts or updates mappings (the relationship and who imported it), one statement per chunk. */
  async upsert(mappings: MappingDefinition[], importedBy: string, importedAt: Date): Promise<void> {
    const rows = mappings.map((m): RequirementMappingEntity => ({ ...m, importedBy, importedAt }));
    for (let i = 0; i < rows.length; i += CHUNK)
      await this.mappings.upsert(rows.slice(i, i + CHUNK), [
        'sourceFramework',
        'sourceIdentifier',
        'targetFramework',
        'targetIdentifier',
      ]);
  }
}

import { EntityManager, In, IsNull } from 'typeorm';
import { RequirementDefinition, RequirementRef, sortKeyOf } from '@mkib/domain-policy';
import type { PartyScope } from '@mkib/server-auth';
import { FrameworkEntity } from './framework.entity';
import { RequirementEntity } from './requirement.entity';
import type { RequirementsArgs } from './catalogue.input';

/** Rows per INSERT … ON CONFLICT: 9 parameters a row stays far below PostgreSQL's 65,535. */
const CHUNK = 1_000;

/** `(framework_code, identifier)` of the alias among the given refs: one condition, any number of refs. */
export function refsCondition(alias: string, refs: readonly RequirementRef[], prefix = 'refs') {
  return {
    sql: `(${alias}.framework_code, ${alias}.identifier) IN (SELECT * FROM unnest(CAST(:${prefix}F AS text[]), CAST(:${prefix}I AS text[])))`,
    params: {
      [`${prefix}F`]: refs.map((r) => r.frameworkCode),
      [`${prefix}I`]: refs.map((r) => r.identifier),
    },
  };
}

/** The catalogue aggregate: a framework with its requirements. */
export class CatalogueRepository {
  constructor(private readonly manager: EntityManager) {}

  private get frameworks() {
    return this.manager.getRepository(FrameworkEntity);
  }

  private get requirements() {
    return this.manager.getRepository(RequirementEntity);
  }

  /**
   * Holds these frameworks as they are until the caller's transaction ends (a shared lock, in code
   * order): an import of one of them, which locks it for update, waits, and then sees what the caller
   * made refer to its requirements.
   */
  async holdFrameworks(codes: readonly string[]): Promise<void> {
    if (!codes.length) return;
    await this.manager.getRepository(FrameworkEntity).find({
      select: { code: true },
      where: { code: In([...new Set(codes)]) },
      order: { code: 'ASC' },
      lock: { mode: 'pessimistic_read' },
    });
  }

  /**
   * Holds every framework of the common catalogue (a shared lock) until the transaction ends: what reads
   * their requirements keeps them, as an import of one that would remove some waits.
   */
  async holdCommonFrameworks(): Promise<void> {
    await this.manager.getRepository(FrameworkEntity).find({
      select: { code: true },
      where: { ownerParty: IsNull() },
      order: { code: 'ASC' },
      lock: { mode: 'pessimistic_read' },
    });
  }

  framework(code: string, lock = false): Promise<FrameworkEntity | null> {
    return this.frameworks.findOne({
      where: { code },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  frameworksByCodes(codes: readonly string[]): Promise<FrameworkEntity[]> {
    return codes.length
      ? this.frameworks.createQueryBuilder('f').where('f.code = ANY(:codes)', { codes }).getMany()
      : Promise.resolve([]);
  }

  /** The common catalogue and, for a party's scope, its own frameworks; common ones first. */
  visibleFrameworks(scope: PartyScope): Promise<FrameworkEntity[]> {
    const query = this.frameworks.createQueryBuilder('f');
    if (!scope.all) query.where('(f.owner_party IS NULL OR f.owner_party = :party)', { party: scope.party });
    return query.orderBy('f.owner_party', 'ASC', 'NULLS FIRST').addOrderBy('f.code', 'ASC').getMany();
  }

  async requirementCounts(codes: readonly string[]): Promise<Map<string, number>> {
    const rows: { code: string; count: string }[] = codes.length
      ? await this.requirements
          .createQueryBuilder('r')
          .select('r.framework_code', 'code')
          .addSelect('count(*)', 'count')
          .where('r.framework_code = ANY(:codes)', { codes })
          .groupBy('r.framework_code')
          .getRawMany()
      : [];
    return new Map(rows.map((r) => [r.code, Number(r.count)]));
  }

  /** Requirements of frameworks, each framework's in catalogue order. */
  requirementsOf(codes: readonly string[]): Promise<RequirementEntity[]> {
    return codes.length
      ? this.requirements
          .createQueryBuilder('r')
          .where('r.framework_code = ANY(:codes)', { codes })
          .orderBy('r.framework_code')
          .addOrderBy('r.sort_key')
          .getMany()
      : Promise.resolve([]);
  }

  requirement(frameworkCode: string, identifier: string): Promise<RequirementEntity | null> {
    return this.requirements.findOneBy({ frameworkCode, identifier });
  }

  /** The requirements the refs point at (any order; missing ones left out): one query. */
  requirementsByRefs(refs: readonly RequirementRef[]): Promise<RequirementEntity[]> {
    if (!refs.length) return Promise.resolve([]);
    const { sql, params } = refsCondition('r', refs);
    return this.requirements.createQueryBuilder('r').where(sql, params).getMany();
  }

  /** Those of the refs that are requirements of the common catalogue, with their kind. */
  commonRequirements(refs: readonly RequirementRef[]): Promise<RequirementEntity[]> {
    if (!refs.length) return Promise.resolve([]);
    const { sql, params } = refsCondition('r', refs);
    return this.requirements
      .createQueryBuilder('r')
      .innerJoin(FrameworkEntity, 'f', 'f.code = r.framework_code AND f.owner_party IS NULL')
      .where(sql, params)
      .getMany();
  }

  /** Every requirement of the common catalogue, by framework and identifier only. */
  async commonRequirementKeys(): Promise<RequirementRef[]> {
    return this.requirements
      .createQueryBuilder('r')
      .select(['r.frameworkCode', 'r.identifier'])
      .innerJoin(FrameworkEntity, 'f', 'f.code = r.framework_code AND f.owner_party IS NULL')
      .getMany();
  }

  /** A framework's requirements in catalogue order, searched by identifier prefix or words, paged. */
  search(args: RequirementsArgs): Promise<[RequirementEntity[], number]> {
    const { frameworkCode, search, kind, status, limit, offset } = args;
    const query = this.requirements
      .createQueryBuilder('r')
      .where('r.framework_code = :frameworkCode', { frameworkCode });
    if (kind) query.andWhere('r.kind = :kind', { kind });
    if (status) query.andWhere('r.status = :status', { status });
    const term = search?.trim();
    if (term) {
      // A number finds the identifier and what lies under it; words find title and text (all must occur).
      if (/^\d+(\.\d+)*\.?$/.test(term)) {
        const id = term.replace(/\.$/, '');
        query.andWhere('(r.identifier = :id OR r.identifier LIKE :prefix)', { id, prefix: `${id}.%` });
      } else {
        term
          .split(/\s+/)
          .slice(0, 10)
          .forEach((word, i) => {
            const escaped = word.replace(/[\\%_]/g, (c) => `\\${c}`);
            query.andWhere(`(r.text ILIKE :w${i} OR r.title ILIKE :w${i} OR r.identifier ILIKE :w${i})`, {
              [`w${i}`]: `%${escaped}%`,
            });
          });
      }
    }
    return query.orderBy('r.sort_key', 'ASC').take(limit).skip(offset).getManyAndCount();
  }

  saveFramework(framework: FrameworkEntity): Promise<FrameworkEntity> {
    return this.frameworks.save(framework);
  }

  async removeRequirements(frameworkCode: string, identifiers: string[]): Promise<void> {
    if (identifiers.length)
      await this.requirements
        .createQueryBuilder()
        .delete()
        .where('framework_code = :frameworkCode AND identifier = ANY(:identifiers)', {
          frameworkCode,
          identifiers,
        })
        .execute();
  }

  /** Inserts or updates requirements, one statement per 1,000 rows: a 5,000-row framework stays quick. */
  async upsertRequirements(frameworkCode: string, requirements: RequirementDefinition[]): Promise<void> {
    const rows = requirements.map(
      (r): RequirementEntity => ({
        frameworkCode,
        identifier: r.identifier,
        kind: r.kind,
        parentIdentifier: r.parent,
        title: r.title,
        text: r.text,
        status: r.status,
        refersTo: r.refersTo,
        sortKey: sortKeyOf(r.identifier),
      }),
    );
    for (let i = 0; i < rows.length; i += CHUNK)
      await this.requirements.upsert(rows.slice(i, i + CHUNK), ['frameworkCode', 'identifier']);
  }
}

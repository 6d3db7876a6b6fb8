import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueChanged } from '@mkib/contracts';
import {
  CatalogueState,
  checkImportOwner,
  checkImportRequest,
  FrameworkDefinition,
  FrameworkImportPlan,
  frameworkToOscal,
  importRefused,
  inverseRelationship,
  MappingDefinition,
  MappingRelationship,
  mappingsFromCsv,
  parseFrameworkFile,
  planFrameworkImport,
  policy,
  rejectedRows,
  RequirementDefinition,
  RequirementUsage,
  sortKeyOf,
} from '@mkib/domain-policy';
import { badUserInput, FieldProblem, notFound } from '@mkib/domain-shared';
import { partyScope, PartyScope, Principal } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { publishApplicability } from '../applicability/applicability.service';
import { FrameworkEntity } from './framework.entity';
import { ImportFrameworkInput, ImportMappingsInput, ImportReport } from './catalogue.input';
import { RequirementEntity } from './requirement.entity';

const MAX_PAGE = 200;

/** A uuid (version 5 layout) derived from a name: the same framework state exports with the same uuid. */
function nameUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex').split('');
  h[12] = '5';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

@Injectable()
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Whose own frameworks a caller may read: its own party's, or every party's (the auditor). */
  scope(principal: Principal): PartyScope {
    return partyScope(principal, 'party-framework.read');
  }

  private visibleTo(scope: PartyScope, framework: FrameworkEntity): boolean {
    return framework.ownerParty === null || scope.all || framework.ownerParty === scope.party;
  }

  /** A framework the caller may see; another party's own framework is as unknown as a missing one. */
  async framework(principal: Principal, code: string, manager: EntityManager = this.dataSource.manager) {
    const framework = await manager.getRepository(FrameworkEntity).findOneBy({ code });
    if (!framework || !this.visibleTo(this.scope(principal), framework))
      throw notFound(`There is no framework with code "${code}".`);
    return framework;
  }

  async frameworks(principal: Principal): Promise<FrameworkEntity[]> {
    const scope = this.scope(principal);
    const query = this.dataSource.getRepository(FrameworkEntity).createQueryBuilder('f');
    if (!scope.all) query.where('(f.owner_party IS NULL OR f.owner_party = :party)', { party: scope.party });
    return query.orderBy('f.owner_party', 'ASC', 'NULLS FIRST').addOrderBy('f.code', 'ASC').getMany();
  }

  requirementCount(code: string): Promise<number> {
    return this.dataSource.getRepository(RequirementEntity).countBy({ frameworkCode: code });
  }

  async requirements(
    principal: Principal,
    args: {
      frameworkCode: string;
      search: string | null;
      kind: string | null;
      status: string | null;
      limit: number;
      offset: number;
    },
  ) {
    const { frameworkCode, search, kind, status, limit, offset } = args;
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
      problems.push({ field: 'limit', message: `must be between 1 and ${MAX_PAGE}` });
    if (!Number.isInteger(offset) || offset < 0)
      problems.push({ field: 'offset', message: 'must be 0 or more' });
    if (search && search.length > 200)
      problems.push({ field: 'search', message: 'must be at most 200 characters' });
    if (problems.length) throw badUserInput(problems);
    await this.framework(principal, frameworkCode);
    const query = this.dataSource
      .getRepository(RequirementEntity)
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
    const [items, total] = await query
      .orderBy('r.sort_key', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { total, items };
  }

  async requirement(principal: Principal, frameworkCode: string, identifier: string) {
    await this.framework(principal, frameworkCode);
    const r = await this.dataSource.getRepository(RequirementEntity).findOneBy({ frameworkCode, identifier });
    if (!r) throw notFound(`${frameworkCode} has no requirement "${identifier}".`);
    return r;
  }

  /** Mappings of one requirement, both ways, read from its side (a SUBSET seen from the target is a SUPERSET). */
  async mappings(frameworkCode: string, identifier: string) {
    const rows: {
      relationship: MappingRelationship;
      outgoing: boolean;
      framework_code: string;
      identifier: string;
    }[] = await this.dataSource.query(
      `SELECT relationship, true AS outgoing, target_framework AS framework_code, target_identifier AS identifier
         FROM policy.requirement_mapping WHERE source_framework = $1 AND source_identifier = $2
       UNION ALL
       SELECT relationship, false AS outgoing, source_framework, source_identifier
         FROM policy.requirement_mapping WHERE target_framework = $1 AND target_identifier = $2`,
      [frameworkCode, identifier],
    );
    if (!rows.length) return [];
    const others = await this.dataSource
      .getRepository(RequirementEntity)
      .createQueryBuilder('r')
      .where(`(r.framework_code, r.identifier) IN (${rows.map((_, i) => `(:f${i}, :i${i})`).join(', ')})`, {
        ...Object.fromEntries(
          rows.flatMap((m, i) => [
            [`f${i}`, m.framework_code],
            [`i${i}`, m.identifier],
          ]),
        ),
      })
      .getMany();
    const byKey = new Map(others.map((r) => [`${r.frameworkCode}:${r.identifier}`, r]));
    return rows
      .map((m) => ({
        relationship: m.outgoing ? m.relationship : inverseRelationship(m.relationship),
        requirement: byKey.get(`${m.framework_code}:${m.identifier}`)!,
      }))
      .sort((a, b) =>
        `${a.requirement.frameworkCode}:${a.requirement.sortKey}`.localeCompare(
          `${b.requirement.frameworkCode}:${b.requirement.sortKey}`,
        ),
      );
  }

  private async definitionOf(
    framework: FrameworkEntity,
    manager: EntityManager,
  ): Promise<FrameworkDefinition> {
    const rows = await manager
      .getRepository(RequirementEntity)
      .find({ where: { frameworkCode: framework.code }, order: { sortKey: 'ASC' } });
    return {
      code: framework.code,
      name: framework.name,
      version: framework.version,
      publisher: framework.publisher,
      source: framework.source,
      licence: framework.licence,
      attribution: framework.attribution,
      requirements: rows.map((r) => ({
        identifier: r.identifier,
        kind: r.kind,
        parent: r.parentIdentifier,
        title: r.title,
        text: r.text,
        status: r.status,
        refersTo: r.refersTo,
      })),
    };
  }

  async exportOscal(principal: Principal, code: string): Promise<string> {
    const framework = await this.framework(principal, code);
    const definition = await this.definitionOf(framework, this.dataSource.manager);
    const document = frameworkToOscal(definition, {
      uuid: nameUuid(`mkib:framework:${code}:${framework.changedAt.toISOString()}`),
      partyUuid: nameUuid(`mkib:publisher:${framework.publisher}`),
      lastModified: framework.changedAt,
    });
    return JSON.stringify(document, null, 2);
  }

  /** The catalogue as it stands for a code: the framework, its requirements and which of them are used. */
  private async catalogueState(manager: EntityManager, code: string, lock: boolean): Promise<CatalogueState> {
    const framework = await manager.getRepository(FrameworkEntity).findOne({
      where: { code },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!framework) return { framework: null, requirements: [], usage: new Map() };
    const definition = await this.definitionOf(framework, manager);
    const used: { identifier: string; kind: RequirementUsage['kind']; version: number; facility: string }[] =
      await manager.query(
        `SELECT identifier, 'PROFILE' AS kind, min(version) AS version, null AS facility FROM policy.bbn_profile_measure
           WHERE framework_code = $1 GROUP BY identifier
         UNION ALL SELECT identifier, 'SUPPLEMENTARY', null, min(facility_code) FROM policy.supplementary_measure
           WHERE framework_code = $1 GROUP BY identifier
         UNION ALL SELECT source_identifier, 'MAPPING', null, null FROM policy.requirement_mapping WHERE source_framework = $1
         UNION ALL SELECT target_identifier, 'MAPPING', null, null FROM policy.requirement_mapping WHERE target_framework = $1`,
        [code],
      );
    const usage = new Map<string, RequirementUsage>();
    for (const u of used)
      if (!usage.has(u.identifier))
        usage.set(
          u.identifier,
          u.kind === 'PROFILE'
            ? { kind: 'PROFILE', version: Number(u.version) }
            : u.kind === 'SUPPLEMENTARY'
              ? { kind: 'SUPPLEMENTARY', facilityCode: u.facility }
              : { kind: 'MAPPING' },
        );
    return { framework, requirements: definition.requirements, usage };
  }

  /**
   * Imports a framework (dry run or real). `owner` is null for the common catalogue (the LMS) or the
   * caller's party for its own framework; the resolver decides which, by the operation called. The
   * rules are the planner's (libs/domain/policy); this loads the state and applies the plan.
   */
  async importFramework(
    acting: ActingContext,
    owner: string | null,
    input: ImportFrameworkInput,
  ): Promise<ImportReport> {
    const inputProblems = checkImportRequest(input);
    if (inputProblems.length) throw badUserInput(inputProblems);
    const plan = async (manager: EntityManager, lock: boolean) => {
      const state = await this.catalogueState(manager, input.code, lock);
      checkImportOwner(input.code, owner, state);
      return planFrameworkImport(input, parseFrameworkFile(input, state.requirements), state);
    };
    const report = (p: FrameworkImportPlan, imported: boolean): ImportReport => ({
      dryRun: input.dryRun,
      imported,
      frameworkCode: input.code,
      format: input.format,
      mode: input.mode,
      ...p.counts,
      problems: p.problems,
    });
    if (input.dryRun) return report(await plan(this.dataSource.manager, false), false);

    return this.unitOfWork
      .run(acting, async (tx) => {
        const p = await plan(tx.manager, true);
        if (p.problems.length) throw importRefused(p.problems, input.code);
        await this.applyImport(tx, acting.actor, owner, input, p);
        return report(p, true);
      })
      .catch((e: unknown) => {
        // Two creations of the same new code at once: the second finds the first's row at commit.
        if ((e as { code?: string }).code === '23505')
          throw policy.conflict('policy.import.concurrent', { code: input.code });
        throw e;
      });
  }

  /** Applies an import plan: framework, requirements, audit and `policy.catalogue.changed` in one unit. */
  private async applyImport(
    tx: Transaction,
    actor: string,
    owner: string | null,
    input: ImportFrameworkInput,
    plan: FrameworkImportPlan,
  ) {
    const { metadata, changes, counts } = plan;
    await tx.manager.getRepository(FrameworkEntity).save({
      ...metadata,
      ownerParty: owner,
      origin: input.format,
      changedBy: actor,
      changedAt: new Date(),
    });
    if (changes.removed.length)
      await tx.manager.query(
        `DELETE FROM policy.requirement WHERE framework_code = $1 AND identifier = ANY($2)`,
        [input.code, changes.removed],
      );
    await upsertRequirements(tx.manager, input.code, [...changes.added, ...changes.updated]);
    const action = { CREATE: 'created', REPLACE: 'replaced', MERGE: 'merged' }[input.mode];
    const { added, updated, removed } = counts;
    await tx.audit(`framework.${action}`, input.code, {
      format: input.format,
      mode: input.mode,
      ownerParty: owner,
      contentSha256: createHash('sha256').update(input.content).digest('hex'),
      added,
      updated,
      removed,
      metadata: { ...metadata },
    });
    await tx.emit(CatalogueChanged, input.code, {
      change: (
        { CREATE: 'FRAMEWORK_CREATED', REPLACE: 'FRAMEWORK_REPLACED', MERGE: 'FRAMEWORK_MERGED' } as const
      )[input.mode],
      frameworkCodes: [input.code],
      ownerParty: owner,
      added,
      updated,
      removed,
    });
    await publishApplicability(tx);
  }

  /** Mappings between frameworks of the common catalogue (the LMS), dry run or real, all or nothing. */
  async importMappings(acting: ActingContext, input: ImportMappingsInput) {
    const inputProblems = checkImportRequest(input);
    if (inputProblems.length) throw badUserInput(inputProblems);
    const run = async (manager: EntityManager) => {
      const known: { framework_code: string; identifier: string }[] = await manager.query(
        `SELECT r.framework_code, r.identifier FROM policy.requirement r
           JOIN policy.framework f ON f.code = r.framework_code WHERE f.owner_party IS NULL`,
      );
      const frameworks = new Set(known.map((k) => k.framework_code));
      const keys = new Set(known.map((k) => `${k.framework_code}:${k.identifier}`));
      const parsed = mappingsFromCsv(input.content, (f, id) =>
        id === undefined ? frameworks.has(f) : keys.has(`${f}:${id}`),
      );
      const existing: (MappingDefinition & { key: string })[] = (
        await manager.query(
          `SELECT source_framework, source_identifier, target_framework, target_identifier, relationship
             FROM policy.requirement_mapping`,
        )
      ).map((m: Record<string, string>) => ({
        sourceFramework: m.source_framework,
        sourceIdentifier: m.source_identifier,
        targetFramework: m.target_framework,
        targetIdentifier: m.target_identifier,
        relationship: m.relationship as MappingRelationship,
        key: [m.source_framework, m.source_identifier, m.target_framework, m.target_identifier].join('|'),
      }));
      const keyOf = (m: MappingDefinition) =>
        [m.sourceFramework, m.sourceIdentifier, m.targetFramework, m.targetIdentifier].join('|');
      const pairs = new Set(
        parsed.mappings.flatMap((m) => [
          `${m.sourceFramework}|${m.targetFramework}`,
          `${m.targetFramework}|${m.sourceFramework}`,
        ]),
      );
      const incoming = new Map(parsed.mappings.map((m) => [keyOf(m), m]));
      const before = new Map(existing.map((m) => [m.key, m]));
      const removed = input.replace
        ? existing.filter(
            (m) => pairs.has(`${m.sourceFramework}|${m.targetFramework}`) && !incoming.has(m.key),
          )
        : [];
      const added = parsed.mappings.filter((m) => !before.has(keyOf(m))).length;
      const updated = parsed.mappings.filter(
        (m) => before.has(keyOf(m)) && before.get(keyOf(m))!.relationship !== m.relationship,
      ).length;
      const rowsRejected = rejectedRows(parsed.problems);
      const report = {
        dryRun: input.dryRun,
        imported: false,
        rowsRead: parsed.rowsRead,
        rowsAccepted: parsed.mappings.length,
        rowsRejected,
        added,
        updated,
        removed: removed.length,
        problems: parsed.problems,
      };
      return { report, mappings: parsed.mappings, removed };
    };
    if (input.dryRun) return (await run(this.dataSource.manager)).report;
    return this.unitOfWork.run(acting, async (tx) => {
      const { report, mappings, removed } = await run(tx.manager);
      if (report.problems.length) throw importRefused(report.problems, null);
      for (const m of removed)
        await tx.manager.query(
          `DELETE FROM policy.requirement_mapping WHERE source_framework = $1 AND source_identifier = $2
             AND target_framework = $3 AND target_identifier = $4`,
          [m.sourceFramework, m.sourceIdentifier, m.targetFramework, m.targetIdentifier],
        );
      const now = new Date();
      for (let i = 0; i < mappings.length; i += 200) {
        const chunk = mappings.slice(i, i + 200);
        const values: unknown[] = [];
        const rows = chunk.map((m, j) => {
          values.push(
            m.sourceFramework,
            m.sourceIdentifier,
            m.targetFramework,
            m.targetIdentifier,
            m.relationship,
            acting.actor,
            now,
          );
          const o = j * 7;
          return `($${o + 1},$${o + 2},$${o + 3},$${o + 4},$${o + 5},$${o + 6},$${o + 7})`;
        });
        await tx.manager.query(
          `INSERT INTO policy.requirement_mapping (source_framework, source_identifier, target_framework,
             target_identifier, relationship, imported_by, imported_at) VALUES ${rows.join(', ')}
           ON CONFLICT (source_framework, source_identifier, target_framework, target_identifier)
           DO UPDATE SET relationship = EXCLUDED.relationship, imported_by = EXCLUDED.imported_by, imported_at = EXCLUDED.imported_at`,
          values,
        );
      }
      const frameworkCodes = [
        ...new Set(mappings.flatMap((m) => [m.sourceFramework, m.targetFramework])),
      ].sort();
      await tx.audit('mappings.imported', frameworkCodes.join('+') || 'mappings', {
        replace: input.replace,
        contentSha256: createHash('sha256').update(input.content).digest('hex'),
        added: report.added,
        updated: report.updated,
        removed: report.removed,
      });
      if (frameworkCodes.length)
        await tx.emit(CatalogueChanged, frameworkCodes.join('+'), {
          change: 'MAPPINGS_IMPORTED',
          frameworkCodes,
          ownerParty: null,
          added: report.added,
          updated: report.updated,
          removed: report.removed,
        });
      return { ...report, imported: true };
    });
  }
}

/** Writes requirements in chunks (one statement per 200 rows): a 5,000-row framework stays quick. */
async function upsertRequirements(
  manager: EntityManager,
  code: string,
  requirements: RequirementDefinition[],
) {
  for (let i = 0; i < requirements.length; i += 200) {
    const chunk = requirements.slice(i, i + 200);
    const values: unknown[] = [];
    const rows = chunk.map((r, j) => {
      values.push(
        code,
        r.identifier,
        r.kind,
        r.parent,
        r.title,
        r.text,
        r.status,
        r.refersTo,
        sortKeyOf(r.identifier),
      );
      const o = j * 9;
      return `(${Array.from({ length: 9 }, (_, k) => `$${o + k + 1}`).join(',')})`;
    });
    await manager.query(
      `INSERT INTO policy.requirement (framework_code, identifier, kind, parent_identifier, title, text, status,
         refers_to, sort_key) VALUES ${rows.join(', ')}
       ON CONFLICT (framework_code, identifier) DO UPDATE SET kind = EXCLUDED.kind,
         parent_identifier = EXCLUDED.parent_identifier, title = EXCLUDED.title, text = EXCLUDED.text,
         status = EXCLUDED.status, refers_to = EXCLUDED.refers_to, sort_key = EXCLUDED.sort_key`,
      values,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueChanged } from '@mkib/contracts';
import {
  checkFrameworkMetadata,
  FrameworkDefinition,
  FrameworkMetadata,
  frameworkFromCsv,
  frameworkFromOscal,
  frameworkToOscal,
  ImportProblem,
  inverseRelationship,
  MappingDefinition,
  MappingRelationship,
  mappingsFromCsv,
  mergeCsvIntoFramework,
  RequirementDefinition,
  sortKeyOf,
} from '@mkib/domain-policy';
import { badUserInput, conflict, DomainError, FieldProblem, forbidden, notFound } from '@mkib/domain-shared';
import { partyScope, PartyScope, Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { publishApplicability } from '../applicability/applicability.service';
import { FrameworkEntity } from './framework.entity';
import { RequirementEntity } from './requirement.entity';

/** Files travel inside a GraphQL request: the gateway's body limit is set above this. */
export const MAX_IMPORT_CHARACTERS = 2_000_000;
const MAX_PAGE = 200;

export type ImportFormat = 'CSV' | 'OSCAL';
export type ImportMode = 'CREATE' | 'REPLACE' | 'MERGE';

export interface ImportFrameworkInput {
  code: string;
  format: ImportFormat;
  mode: ImportMode;
  content: string;
  metadata?: Partial<Omit<FrameworkMetadata, 'code'>> | null;
  dryRun: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  imported: boolean;
  frameworkCode: string;
  format: ImportFormat;
  mode: ImportMode;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  added: number;
  updated: number;
  removed: number;
  problems: ImportProblem[];
}

export interface ImportMappingsInput {
  content: string;
  replace: boolean;
  dryRun: boolean;
}

/** Rows of the file with at least one problem: CSV lines after the header, or OSCAL paths of entries. */
const rejectedRows = (problems: ImportProblem[], entryPaths?: string[]) => {
  const paths = entryPaths ? new Set(entryPaths) : null;
  return new Set(
    problems
      .filter((p) => (paths ? p.path !== null && paths.has(p.path) : p.row !== null && p.row > 1))
      .map((p) => (paths ? p.path : p.row)),
  ).size;
};

/** A problem list as the one error shape: a real import with problems changes nothing. */
function refused(problems: ImportProblem[], what: string): DomainError {
  const fields: FieldProblem[] = problems.map((p) => ({
    field: p.row !== null ? `line ${p.row}` : (p.path ?? 'content'),
    message: p.message,
  }));
  return new DomainError(
    'BAD_USER_INPUT',
    `${what}: ${problems.length} problem(s), nothing was imported. First: ${fields[0].field}: ${fields[0].message}`,
    fields,
  );
}

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

  /**
   * Imports a framework (dry run or real). `owner` is null for the common catalogue (the LMS) or the
   * caller's party for its own framework; the resolver decides which, by the operation called.
   */
  async importFramework(
    acting: ActingContext,
    owner: string | null,
    input: ImportFrameworkInput,
  ): Promise<ImportReport> {
    const inputProblems: FieldProblem[] = [];
    if (input.content.length > MAX_IMPORT_CHARACTERS)
      inputProblems.push({
        field: 'input.content',
        message: `must be at most ${MAX_IMPORT_CHARACTERS} characters`,
      });
    if (!input.content.trim())
      inputProblems.push({ field: 'input.content', message: 'is empty: choose a file' });
    if (input.mode === 'MERGE' && input.format !== 'CSV')
      inputProblems.push({
        field: 'input.mode',
        message: 'MERGE reads a CSV; an OSCAL catalog creates or replaces',
      });
    if (inputProblems.length) throw badUserInput(inputProblems);

    const run = async (manager: EntityManager) => {
      const existing = await manager.getRepository(FrameworkEntity).findOne({
        where: { code: input.code },
        ...(input.dryRun ? {} : { lock: { mode: 'pessimistic_write' } }),
      });
      if (existing && existing.ownerParty !== owner) {
        if (owner === null)
          throw conflict(
            `The code "${input.code}" is taken by a party's own framework; choose another code.`,
          );
        throw forbidden(
          existing.ownerParty === null
            ? `"${input.code}" is a framework of the common catalogue; only the LMS changes it.`
            : `The code "${input.code}" is taken by another party's framework; choose another code.`,
        );
      }
      const problems: ImportProblem[] = [];
      if (input.mode === 'CREATE' && existing)
        problems.push({
          row: null,
          path: 'input.code',
          message: `framework ${input.code} exists: choose REPLACE to replace it or MERGE to add to it`,
        });
      if (input.mode !== 'CREATE' && !existing)
        problems.push({
          row: null,
          path: 'input.code',
          message: `there is no framework ${input.code} to ${input.mode.toLowerCase()}`,
        });

      let requirements: RequirementDefinition[] = [];
      let rowsRead = 0;
      let rowsRejected = 0;
      let fileMetadata: Partial<FrameworkMetadata> = {};
      let updatedByMerge: number | null = null;
      if (input.format === 'CSV') {
        const parsed =
          input.mode === 'MERGE'
            ? mergeCsvIntoFramework(
                existing ? (await this.definitionOf(existing, manager)).requirements : [],
                input.content,
              )
            : frameworkFromCsv(input.content);
        requirements = parsed.requirements;
        rowsRead = parsed.rowsRead;
        rowsRejected = rejectedRows(parsed.problems);
        problems.push(...parsed.problems);
        if ('updated' in parsed) updatedByMerge = (parsed as { updated: number }).updated;
      } else {
        const parsed = frameworkFromOscal(input.content);
        requirements = parsed.requirements;
        rowsRead = parsed.requirements.length;
        rowsRejected = rejectedRows(parsed.problems, parsed.paths);
        fileMetadata = parsed.metadata;
        problems.push(...parsed.problems);
      }

      const given = Object.fromEntries(
        Object.entries(input.metadata ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
      );
      const base: Partial<FrameworkMetadata> = existing ?? {};
      const metadata: FrameworkMetadata = {
        code: input.code,
        name: '',
        version: '',
        publisher: '',
        source: '',
        licence: '',
        attribution: '',
        ...(input.mode === 'CREATE' ? {} : stripUndefined(base)),
        ...stripUndefined(fileMetadata),
        ...given,
      };
      // An OSCAL file that failed the schema has no metadata to speak of: its own problems come first.
      const unreadable = input.format === 'OSCAL' && requirements.length === 0 && problems.length > 0;
      if (!unreadable) problems.push(...checkFrameworkMetadata(metadata, 'input.metadata'));

      // What a replacement removes must not be in use: profiles (every version), supplementary measures
      // and mappings point at requirements. Mark withdrawn ones in their status instead of dropping them.
      const newIds = new Set(requirements.map((r) => r.identifier));
      const current = existing
        ? await manager.getRepository(RequirementEntity).find({ where: { frameworkCode: input.code } })
        : [];
      const removedIds = current.map((r) => r.identifier).filter((id) => !newIds.has(id));
      if (removedIds.length) {
        const used: { identifier: string; usage: string }[] = await manager.query(
          `SELECT identifier, 'BBN profile version ' || min(version) AS usage FROM policy.bbn_profile_measure
             WHERE framework_code = $1 AND identifier = ANY($2) GROUP BY identifier
           UNION ALL SELECT identifier, 'the supplementary measures of ' || min(facility_code) FROM policy.supplementary_measure
             WHERE framework_code = $1 AND identifier = ANY($2) GROUP BY identifier
           UNION ALL SELECT source_identifier, 'a mapping' FROM policy.requirement_mapping
             WHERE source_framework = $1 AND source_identifier = ANY($2)
           UNION ALL SELECT target_identifier, 'a mapping' FROM policy.requirement_mapping
             WHERE target_framework = $1 AND target_identifier = ANY($2)`,
          [input.code, removedIds],
        );
        const reported = new Set<string>();
        for (const u of used) {
          if (reported.has(u.identifier)) continue;
          reported.add(u.identifier);
          problems.push({
            row: null,
            path: null,
            message: `${input.code} ${u.identifier} is used by ${u.usage}: keep it in the file (mark its status instead)`,
          });
        }
      }

      const currentById = new Map(current.map((r) => [r.identifier, r]));
      const added = requirements.filter((r) => !currentById.has(r.identifier)).length;
      const updated =
        updatedByMerge ??
        requirements.filter((r) => {
          const c = currentById.get(r.identifier);
          return (
            c &&
            (c.title !== r.title ||
              c.text !== r.text ||
              c.status !== r.status ||
              c.kind !== r.kind ||
              c.parentIdentifier !== r.parent ||
              c.refersTo.join(' ') !== r.refersTo.join(' '))
          );
        }).length;
      const report: ImportReport = {
        dryRun: input.dryRun,
        imported: false,
        frameworkCode: input.code,
        format: input.format,
        mode: input.mode,
        rowsRead,
        rowsAccepted: rowsRead - rowsRejected,
        rowsRejected,
        added,
        updated,
        removed: removedIds.length,
        problems,
      };
      if (input.dryRun) return report;
      if (problems.length) throw refused(problems, `Import of ${input.code}`);
      return { report, metadata, requirements, removedIds };
    };

    if (input.dryRun) return (await run(this.dataSource.manager)) as ImportReport;

    return this.unitOfWork
      .run(acting, async (tx) => {
        const outcome = await run(tx.manager);
        if ('dryRun' in outcome) return outcome;
        const { report, metadata, requirements, removedIds } = outcome;
        await tx.manager.getRepository(FrameworkEntity).save({
          ...metadata,
          ownerParty: owner,
          origin: input.format,
          changedBy: acting.actor,
          changedAt: new Date(),
        });
        if (removedIds.length)
          await tx.manager.query(
            `DELETE FROM policy.requirement WHERE framework_code = $1 AND identifier = ANY($2)`,
            [input.code, removedIds],
          );
        await upsertRequirements(tx.manager, input.code, requirements);
        const contentHash = createHash('sha256').update(input.content).digest('hex');
        const action = { CREATE: 'created', REPLACE: 'replaced', MERGE: 'merged' }[input.mode];
        await tx.audit(`framework.${action}`, input.code, {
          format: input.format,
          mode: input.mode,
          ownerParty: owner,
          contentSha256: contentHash,
          added: report.added,
          updated: report.updated,
          removed: report.removed,
          metadata: { ...metadata },
        });
        await tx.emit(CatalogueChanged, input.code, {
          change:
            input.mode === 'CREATE'
              ? 'FRAMEWORK_CREATED'
              : input.mode === 'REPLACE'
                ? 'FRAMEWORK_REPLACED'
                : 'FRAMEWORK_MERGED',
          frameworkCodes: [input.code],
          ownerParty: owner,
          added: report.added,
          updated: report.updated,
          removed: report.removed,
        });
        await publishApplicability(tx);
        return { ...report, imported: true };
      })
      .catch((e: unknown) => {
        // Two creations of the same new code at once: the second finds the first's row at commit.
        if ((e as { code?: string }).code === '23505')
          throw conflict(
            `${input.code} was imported by someone else just now; check the catalogue and try again.`,
          );
        throw e;
      });
  }

  /** Mappings between frameworks of the common catalogue (the LMS), dry run or real, all or nothing. */
  async importMappings(acting: ActingContext, input: ImportMappingsInput) {
    if (input.content.length > MAX_IMPORT_CHARACTERS)
      throw badUserInput([
        { field: 'input.content', message: `must be at most ${MAX_IMPORT_CHARACTERS} characters` },
      ]);
    if (!input.content.trim())
      throw badUserInput([{ field: 'input.content', message: 'is empty: choose a file' }]);
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
      if (report.problems.length) throw refused(report.problems, 'Import of mappings');
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

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;

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

import { DomainError, FieldProblem, fieldRules } from '@mkib/domain-shared';
import { checkFrameworkMetadata, FrameworkMetadata, ImportProblem, RequirementDefinition } from './catalogue';
import { frameworkFromCsv, mergeCsvIntoFramework } from './csv-import';
import { importProblem, policy } from './messages';
import { frameworkFromOscal } from './oscal';

/**
 * Importing a framework, as pure rules: check the request, read the file, and plan the changes against
 * the current catalogue (what is added, updated, removed) or name every problem. The service loads the
 * state, calls these and applies the plan in one unit of work.
 */

/** Files travel inside a GraphQL request: the gateway's body limit is set above this. */
export const MAX_IMPORT_CHARACTERS = 2_000_000;

export const IMPORT_FORMATS = ['CSV', 'OSCAL'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_MODES = ['CREATE', 'REPLACE', 'MERGE'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface FrameworkImportRequest {
  code: string;
  format: ImportFormat;
  mode: ImportMode;
  content: string;
  /** Each field may be missing or null (an API client may send either); empty ones are ignored. */
  metadata?: { [K in keyof Omit<FrameworkMetadata, 'code'>]?: string | null } | null;
}

/** Problems with the request itself (before anything is read): the file's size, emptiness, the mode. */
export function checkImportRequest(input: {
  content: string;
  format?: ImportFormat;
  mode?: ImportMode;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.content.length > MAX_IMPORT_CHARACTERS)
    problems.push(...fieldRules.optionalText('input.content', input.content, MAX_IMPORT_CHARACTERS));
  if (!input.content.trim()) problems.push(policy.problem('input.content', 'policy.import.contentEmpty'));
  if (input.mode === 'MERGE' && input.format !== 'CSV')
    problems.push(policy.problem('input.mode', 'policy.import.mergeNeedsCsv'));
  return problems;
}

/** Rows of the file with at least one problem: CSV lines after the header, or OSCAL paths of entries. */
export function rejectedRows(problems: ImportProblem[], entryPaths?: string[]): number {
  const paths = entryPaths ? new Set(entryPaths) : null;
  return new Set(
    problems
      .filter((p) => (paths ? p.path !== null && paths.has(p.path) : p.row !== null && p.row > 1))
      .map((p) => (paths ? p.path : p.row)),
  ).size;
}

/** A file as read: the requirements it yields, what its rows say, and the problems of the file alone. */
export interface ParsedFrameworkFile {
  format: ImportFormat;
  requirements: RequirementDefinition[];
  rowsRead: number;
  rowsRejected: number;
  /** What an OSCAL file says about the framework (a CSV says nothing). */
  metadata: Partial<FrameworkMetadata>;
  problems: ImportProblem[];
  /** MERGE: the rows that named a known identifier (the report's `updated`). */
  mergedKnown: number | null;
}

/**
 * Reads the file. A MERGE reads a CSV into the current requirements (rows update the columns they fill,
 * new identifiers are added); CREATE and REPLACE read a whole framework from CSV or OSCAL.
 */
export function parseFrameworkFile(
  input: Pick<FrameworkImportRequest, 'format' | 'mode' | 'content'>,
  current: RequirementDefinition[],
): ParsedFrameworkFile {
  if (input.format === 'CSV') {
    const parsed =
      input.mode === 'MERGE'
        ? mergeCsvIntoFramework(current, input.content)
        : frameworkFromCsv(input.content);
    return {
      format: 'CSV',
      requirements: parsed.requirements,
      rowsRead: parsed.rowsRead,
      rowsRejected: rejectedRows(parsed.problems),
      metadata: {},
      problems: parsed.problems,
      mergedKnown: 'updated' in parsed ? (parsed as { updated: number }).updated : null,
    };
  }
  const parsed = frameworkFromOscal(input.content);
  return {
    format: 'OSCAL',
    requirements: parsed.requirements,
    rowsRead: parsed.requirements.length,
    rowsRejected: rejectedRows(parsed.problems, parsed.paths),
    metadata: parsed.metadata,
    problems: parsed.problems,
    mergedKnown: null,
  };
}

/** What points at a requirement and so keeps it from being removed (the first use found). */
export type RequirementUsage =
  | { kind: 'PROFILE'; version: number }
  | { kind: 'SUPPLEMENTARY'; facilityCode: string }
  /** Linked by a norm or rule of the policy version in force (SK-2.2c, SK-2.2d). */
  | { kind: 'POLICY'; version: number; key: string }
  | { kind: 'MAPPING' };

/** The catalogue as it stands for the framework's code. */
export interface CatalogueState {
  framework: (FrameworkMetadata & { ownerParty: string | null }) | null;
  /** The framework's requirements now (empty when there is none). */
  requirements: RequirementDefinition[];
  /** Identifiers of the framework that profiles, supplementary measures or mappings use. */
  usage: ReadonlyMap<string, RequirementUsage>;
}

/** What an import read and would change, counted (the report's figures). */
export interface ImportCounts {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  added: number;
  updated: number;
  removed: number;
}

export interface FrameworkImportPlan {
  metadata: FrameworkMetadata;
  /** The changes to the requirements; apply them only when `problems` is empty. */
  changes: {
    added: RequirementDefinition[];
    updated: RequirementDefinition[];
    removed: string[];
  };
  counts: ImportCounts;
  problems: ImportProblem[];
}

/**
 * Whether the caller may import under this code at all: `owner` is null for the common catalogue (the
 * LMS) or the caller's party. Throws CONFLICT or FORBIDDEN; a code's owner never changes by an import.
 */
export function checkImportOwner(code: string, owner: string | null, current: CatalogueState): void {
  const existing = current.framework;
  if (!existing || existing.ownerParty === owner) return;
  if (owner === null) throw policy.conflict('policy.import.codeTakenByParty', { code });
  throw policy.forbidden(
    existing.ownerParty === null ? 'policy.import.commonFramework' : 'policy.import.codeTakenByOtherParty',
    { code },
  );
}

const changed = (c: RequirementDefinition, r: RequirementDefinition) =>
  c.title !== r.title ||
  c.text !== r.text ||
  c.status !== r.status ||
  c.kind !== r.kind ||
  c.parent !== r.parent ||
  c.refersTo.join(' ') !== r.refersTo.join(' ');

const stripEmpty = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;

/**
 * Plans an import of a read file against the current catalogue: the framework's metadata (the request's
 * fields over the file's over the current ones), the requirements added, updated and removed, and every
 * problem (the mode against what exists, the file's own, the metadata, and removals of requirements
 * that profiles, supplementary measures or mappings still use: those must be marked, not dropped).
 */
export function planFrameworkImport(
  request: Pick<FrameworkImportRequest, 'code' | 'mode' | 'metadata'>,
  file: ParsedFrameworkFile,
  current: CatalogueState,
): FrameworkImportPlan {
  const { code, mode } = request;
  const existing = current.framework;
  const problems: ImportProblem[] = [];
  const where = { row: null, path: 'input.code' };
  if (mode === 'CREATE' && existing) problems.push(importProblem(where, 'policy.import.exists', { code }));
  if (mode !== 'CREATE' && !existing)
    problems.push(
      importProblem(
        where,
        mode === 'MERGE' ? 'policy.import.nothingToMerge' : 'policy.import.nothingToReplace',
        {
          code,
        },
      ),
    );
  problems.push(...file.problems);

  const given = Object.fromEntries(
    Object.entries(request.metadata ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  );
  const metadata: FrameworkMetadata = {
    code,
    name: '',
    version: '',
    publisher: '',
    source: '',
    licence: '',
    attribution: '',
    ...(mode === 'CREATE' || !existing ? {} : stripEmpty(metadataOf(existing))),
    ...stripEmpty(file.metadata),
    ...given,
  };
  // An OSCAL file that failed the schema has no metadata to speak of: its own problems come first.
  const unreadable = file.format === 'OSCAL' && file.requirements.length === 0 && file.problems.length > 0;
  if (!unreadable) problems.push(...checkFrameworkMetadata(metadata, 'input.metadata'));

  const incoming = new Set(file.requirements.map((r) => r.identifier));
  const removed = current.requirements.map((r) => r.identifier).filter((id) => !incoming.has(id));
  for (const identifier of removed) {
    const usage = current.usage.get(identifier);
    if (!usage) continue;
    const at = { row: null, path: null };
    if (usage.kind === 'PROFILE')
      problems.push(
        importProblem(at, 'policy.import.usedByProfile', { code, identifier, version: usage.version }),
      );
    else if (usage.kind === 'SUPPLEMENTARY')
      problems.push(
        importProblem(at, 'policy.import.usedBySupplementary', {
          code,
          identifier,
          facilityCode: usage.facilityCode,
        }),
      );
    else if (usage.kind === 'POLICY')
      problems.push(
        importProblem(at, 'policy.import.usedByPolicy', {
          code,
          identifier,
          key: usage.key,
          version: usage.version,
        }),
      );
    else problems.push(importProblem(at, 'policy.import.usedByMapping', { code, identifier }));
  }

  const before = new Map(current.requirements.map((r) => [r.identifier, r]));
  const added = file.requirements.filter((r) => !before.has(r.identifier));
  const updated = file.requirements.filter((r) => {
    const c = before.get(r.identifier);
    return c !== undefined && changed(c, r);
  });
  return {
    metadata,
    changes: { added, updated, removed },
    counts: {
      rowsRead: file.rowsRead,
      rowsAccepted: file.rowsRead - file.rowsRejected,
      rowsRejected: file.rowsRejected,
      added: added.length,
      updated: file.mergedKnown ?? updated.length,
      removed: removed.length,
    },
    problems,
  };
}

const metadataOf = (f: FrameworkMetadata): FrameworkMetadata => ({
  code: f.code,
  name: f.name,
  version: f.version,
  publisher: f.publisher,
  source: f.source,
  licence: f.licence,
  attribution: f.attribution,
});

/** Where a problem is, as the one error shape names a field: the CSV line, or the path. */
const fieldOf = (p: ImportProblem) => (p.row !== null ? `line ${p.row}` : (p.path ?? 'content'));

/** A problem list as the one error shape: a real import with problems changes nothing. */
export function importRefused(problems: ImportProblem[], code: string | null): DomainError {
  const fields: FieldProblem[] = problems.map((p) => ({
    field: fieldOf(p),
    message: p.message,
    key: p.key,
    params: p.params,
  }));
  const params = { count: problems.length, field: fields[0].field, first: fields[0].message };
  const key = code === null ? 'policy.mapping.refused' : 'policy.import.refused';
  const all = code === null ? params : { ...params, code };
  return new DomainError('BAD_USER_INPUT', policy.text(key, all), fields, key, all);
}

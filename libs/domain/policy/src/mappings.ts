import { ImportProblem } from './catalogue';
import { readFrameworkCsv, sortProblems } from './csv-import';
import { importProblem } from './messages';

/**
 * Mappings between frameworks (e.g. a BIO2 measure to a NEN 7510 control). Relationships follow the
 * OSCAL mapping model, read from the source's side: the source is equivalent to, a subset of, a superset
 * of, intersects with, or is related to the target. Seen from the target the relation is the inverse.
 */
export const MAPPING_RELATIONSHIPS = ['EQUIVALENT', 'SUBSET', 'SUPERSET', 'INTERSECTS', 'RELATED'] as const;
export type MappingRelationship = (typeof MAPPING_RELATIONSHIPS)[number];

export const inverseRelationship = (r: MappingRelationship): MappingRelationship =>
  r === 'SUBSET' ? 'SUPERSET' : r === 'SUPERSET' ? 'SUBSET' : r;

export const MAPPING_CSV_COLUMNS = [
  'source_framework',
  'source_identifier',
  'target_framework',
  'target_identifier',
  'relationship',
] as const;

export interface MappingDefinition {
  sourceFramework: string;
  sourceIdentifier: string;
  targetFramework: string;
  targetIdentifier: string;
  relationship: MappingRelationship;
}

/**
 * Reads a mapping CSV and checks every row against the catalogue (`exists` answers whether a framework
 * and an identifier in it are known and may be mapped). Relationship defaults to RELATED.
 */
export function mappingsFromCsv(
  content: string,
  exists: (framework: string, identifier?: string) => boolean,
): { mappings: MappingDefinition[]; rowsRead: number; lines: number[]; problems: ImportProblem[] } {
  const { rows, rowsRead, problems } = readFrameworkCsv(
    content,
    MAPPING_CSV_COLUMNS,
    MAPPING_CSV_COLUMNS.slice(0, 4),
  );
  const mappings: MappingDefinition[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const v = values as Partial<Record<(typeof MAPPING_CSV_COLUMNS)[number], string>>;
    const at = { row: line, path: null };
    const rowProblems: ImportProblem[] = [];
    for (const column of MAPPING_CSV_COLUMNS.slice(0, 4))
      if (!v[column]) rowProblems.push(importProblem(at, 'policy.mapping.columnEmpty', { column }));
    const relationship = (v.relationship ?? 'RELATED').toUpperCase() as MappingRelationship;
    if (!MAPPING_RELATIONSHIPS.includes(relationship))
      rowProblems.push(
        importProblem(at, 'policy.mapping.relationship', {
          relationship: v.relationship ?? '',
          relationships: MAPPING_RELATIONSHIPS.join(', '),
        }),
      );
    if (!rowProblems.length) {
      for (const side of ['source', 'target'] as const) {
        const framework = v[`${side}_framework`]!;
        const identifier = v[`${side}_identifier`]!;
        if (!exists(framework))
          rowProblems.push(importProblem(at, `policy.mapping.${side}FrameworkUnknown`, { framework }));
        else if (!exists(framework, identifier))
          rowProblems.push(importProblem(at, `policy.mapping.${side}Unknown`, { identifier, framework }));
      }
      if (v.source_framework === v.target_framework)
        rowProblems.push(importProblem(at, 'policy.mapping.sameFramework'));
    }
    if (!rowProblems.length) {
      const key = [v.source_framework, v.source_identifier, v.target_framework, v.target_identifier].join(
        '|',
      );
      if (seen.has(key))
        rowProblems.push(importProblem(at, 'policy.mapping.duplicate', { line: seen.get(key)! }));
      else seen.set(key, line);
    }
    if (rowProblems.length) {
      problems.push(...rowProblems);
      continue;
    }
    mappings.push({
      sourceFramework: v.source_framework!,
      sourceIdentifier: v.source_identifier!,
      targetFramework: v.target_framework!,
      targetIdentifier: v.target_identifier!,
      relationship,
    });
    lines.push(line);
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push(importProblem({ row: null, path: null }, 'policy.mapping.none'));
  return { mappings, rowsRead, lines, problems: sortProblems(problems) };
}

/** Identity of a mapping: its two requirements. */
export const mappingKey = (m: MappingDefinition) =>
  [m.sourceFramework, m.sourceIdentifier, m.targetFramework, m.targetIdentifier].join('|');

/**
 * Plans a mapping import against the mappings that exist: those of the file are added or updated; with
 * `replace`, the existing mappings between a pair of frameworks the file names and that the file no
 * longer lists are removed.
 */
export function planMappingImport(
  file: { mappings: MappingDefinition[] },
  existing: MappingDefinition[],
  replace: boolean,
): { upsert: MappingDefinition[]; removed: MappingDefinition[]; added: number; updated: number } {
  const pairs = new Set(
    file.mappings.flatMap((m) => [
      `${m.sourceFramework}|${m.targetFramework}`,
      `${m.targetFramework}|${m.sourceFramework}`,
    ]),
  );
  const incoming = new Set(file.mappings.map(mappingKey));
  const before = new Map(existing.map((m) => [mappingKey(m), m]));
  const removed = replace
    ? existing.filter(
        (m) => pairs.has(`${m.sourceFramework}|${m.targetFramework}`) && !incoming.has(mappingKey(m)),
      )
    : [];
  return {
    upsert: file.mappings,
    removed,
    added: file.mappings.filter((m) => !before.has(mappingKey(m))).length,
    updated: file.mappings.filter(
      (m) => before.has(mappingKey(m)) && before.get(mappingKey(m))!.relationship !== m.relationship,
    ).length,
  };
}

import { parse } from 'csv-parse/sync';
import {
  checkRequirements,
  ImportProblem,
  REQUIREMENT_KINDS,
  RequirementDefinition,
  RequirementKind,
} from './catalogue';
import { importProblem } from './messages';

/** The header line, where the header's problems are. */
const HEADER = { row: 1, path: null };
const KINDS = REQUIREMENT_KINDS.join(', ');

/**
 * The documented CSV format of a framework (docs/catalogue-import.md): UTF-8, comma or semicolon
 * separated, a header line with these column names (any order; unknown columns are refused so a typo
 * does not silently drop data).
 */
export const FRAMEWORK_CSV_COLUMNS = {
  identifier: 'required: the stable identifier, e.g. 5.15 or 5.15.01',
  kind: 'THEMA, CONTROL or MAATREGEL; required for new identifiers',
  parent: 'identifier of the theme or control it belongs to; empty for a theme',
  title: 'one line',
  text: 'the requirement text (may span lines when quoted)',
  status: 'free label, e.g. overheidsmaatregel',
  refers_to: 'identifiers it refers to, separated by semicolons or spaces',
} as const;
type Column = keyof typeof FRAMEWORK_CSV_COLUMNS;

export interface CsvRow {
  /** The file's line number of the row's first line (the header is line 1). */
  line: number;
  values: Partial<Record<Column, string>>;
}

export interface ParsedCsv {
  rows: CsvRow[];
  /** Data lines read (rows), including those refused for their field count. */
  rowsRead: number;
  problems: ImportProblem[];
}

/** Reads the CSV into rows; reports the header's and the parser's problems with their line. */
export function readFrameworkCsv(
  content: string,
  allowed: readonly string[] = Object.keys(FRAMEWORK_CSV_COLUMNS),
  required: readonly string[] = ['identifier'],
): ParsedCsv {
  const text = content.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    return {
      rows: [],
      rowsRead: 0,
      problems: [
        importProblem({ row: err.lines ?? null, path: null }, 'policy.csv.invalid', { detail: err.message }),
      ],
    };
  }
  if (records.length === 0)
    return { rows: [], rowsRead: 0, problems: [importProblem(HEADER, 'policy.csv.empty')] };
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  const unknown = header.filter((h) => !allowed.includes(h));
  if (unknown.length)
    problems.push(
      importProblem(HEADER, 'policy.csv.unknownColumns', {
        unknown: unknown.map((u) => `"${u}"`).join(', '),
        columns: allowed.join(', '),
      }),
    );
  const missing = required.filter((r) => !header.includes(r));
  if (missing.length)
    problems.push(importProblem(HEADER, 'policy.csv.missingColumns', { missing: missing.join(', ') }));
  const dupes = header.filter((h, i) => header.indexOf(h) !== i);
  if (dupes.length)
    problems.push(importProblem(HEADER, 'policy.csv.duplicateColumns', { columns: dupes.join(', ') }));
  if (problems.length) return { rows: [], rowsRead: records.length - 1, problems };

  const rows: CsvRow[] = [];
  let line = 1 + records[0].info.lines - 1;
  for (const { record, info } of records.slice(1)) {
    // info.lines is the parser's line counter at the END of the record; a quoted text spans lines.
    const rowLine = line + 1;
    line = info.lines;
    if (record.length > header.length) {
      problems.push(
        importProblem({ row: rowLine, path: null }, 'policy.csv.fieldCount', {
          fields: record.length,
          columns: header.length,
        }),
      );
      continue;
    }
    const values: Partial<Record<Column, string>> = {};
    header.forEach((h, i) => {
      const v = record[i]?.trim();
      if (v) values[h as Column] = v;
    });
    rows.push({ line: rowLine, values });
  }
  return { rows, rowsRead: records.length - 1, problems };
}

const splitList = (value: string | undefined) => (value ? value.split(/[;\s]+/).filter(Boolean) : []);

export interface FrameworkCsvResult {
  requirements: RequirementDefinition[];
  rowsRead: number;
  /** The CSV line of each requirement, by index. */
  lines: number[];
  problems: ImportProblem[];
}

/**
 * A whole framework from CSV (create or replace): every row must give its kind; the structure is checked
 * as a whole, so the report names every bad row.
 */
export function frameworkFromCsv(content: string): FrameworkCsvResult {
  const { rows, rowsRead, problems } = readFrameworkCsv(content);
  const requirements: RequirementDefinition[] = [];
  const lines: number[] = [];
  for (const { line, values } of rows) {
    const at = { row: line, path: null };
    const rowProblems: ImportProblem[] = [];
    if (!values.identifier) rowProblems.push(importProblem(at, 'policy.csv.identifierEmpty'));
    const kind = values.kind?.toUpperCase();
    if (!kind) rowProblems.push(importProblem(at, 'policy.csv.kindEmpty'));
    else if (!REQUIREMENT_KINDS.includes(kind as RequirementKind))
      rowProblems.push(importProblem(at, 'policy.requirement.kind', { kind: values.kind!, kinds: KINDS }));
    if (rowProblems.length) {
      problems.push(...rowProblems);
      continue;
    }
    requirements.push({
      identifier: values.identifier!,
      kind: kind as RequirementKind,
      parent: values.parent ?? null,
      title: values.title ?? null,
      text: values.text ?? null,
      status: values.status ?? null,
      refersTo: splitList(values.refers_to),
    });
    lines.push(line);
  }
  if (rows.length > 0 || problems.length === 0)
    problems.push(...checkRequirements(requirements, (i) => ({ row: lines[i] ?? null, path: null })));
  return { requirements, rowsRead, lines, problems: sortProblems(problems) };
}

/**
 * Merging a CSV into an existing framework (e.g. an organisation's licensed ISO/IEC 27002 titles and
 * texts): rows with a known identifier update the columns they fill; new identifiers are added and
 * need their kind; nothing is removed.
 */
export function mergeCsvIntoFramework(
  existing: RequirementDefinition[],
  content: string,
): FrameworkCsvResult & { updated: number; added: number } {
  const { rows, rowsRead, problems } = readFrameworkCsv(content);
  const merged = existing.map((r) => ({ ...r }));
  const byId = new Map(merged.map((r, i) => [r.identifier, i]));
  const lines: number[] = merged.map(() => 0);
  const seen = new Map<string, number>();
  let updated = 0;
  let added = 0;
  for (const { line, values } of rows) {
    const id = values.identifier;
    const at = { row: line, path: null };
    if (!id) {
      problems.push(importProblem(at, 'policy.csv.identifierEmpty'));
      continue;
    }
    if (seen.has(id)) {
      problems.push(
        importProblem(at, 'policy.requirement.identifierTwiceAtLine', {
          identifier: id,
          line: seen.get(id)!,
        }),
      );
      continue;
    }
    seen.set(id, line);
    const index = byId.get(id);
    const kind = values.kind?.toUpperCase();
    if (kind && !REQUIREMENT_KINDS.includes(kind as RequirementKind)) {
      problems.push(importProblem(at, 'policy.requirement.kind', { kind: values.kind!, kinds: KINDS }));
      continue;
    }
    if (index !== undefined) {
      const r = merged[index];
      if (kind && kind !== r.kind) {
        problems.push(importProblem(at, 'policy.merge.kindChange', { identifier: id, kind: r.kind }));
        continue;
      }
      if (values.parent !== undefined && values.parent !== (r.parent ?? undefined)) {
        problems.push(
          r.parent === null
            ? importProblem(at, 'policy.merge.moveFromTop', { identifier: id })
            : importProblem(at, 'policy.merge.move', { identifier: id, parent: r.parent }),
        );
        continue;
      }
      if (values.title !== undefined) r.title = values.title;
      if (values.text !== undefined) r.text = values.text;
      if (values.status !== undefined) r.status = values.status;
      if (values.refers_to !== undefined) r.refersTo = splitList(values.refers_to);
      lines[index] = line;
      updated++;
    } else {
      if (!kind) {
        problems.push(importProblem(at, 'policy.merge.kindNeeded', { identifier: id }));
        continue;
      }
      merged.push({
        identifier: id,
        kind: kind as RequirementKind,
        parent: values.parent ?? null,
        title: values.title ?? null,
        text: values.text ?? null,
        status: values.status ?? null,
        refersTo: splitList(values.refers_to),
      });
      lines.push(line);
      added++;
    }
  }
  problems.push(...checkRequirements(merged, (i) => ({ row: lines[i] || null, path: null })));
  return { requirements: merged, rowsRead, lines, problems: sortProblems(problems), updated, added };
}

export const sortProblems = (problems: ImportProblem[]): ImportProblem[] =>
  [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

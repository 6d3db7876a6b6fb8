/**
 * The control catalogue's model and the rules every framework obeys, whatever its source (seed, CSV,
 * OSCAL): stable identifiers, a theme > control > measure hierarchy, texts only where we may ship them.
 */

/** A framework's hierarchy: theme > control > measure (maatregel). */
export const REQUIREMENT_KINDS = ['THEMA', 'CONTROL', 'MAATREGEL'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
const KIND_RANK: Record<RequirementKind, number> = { THEMA: 0, CONTROL: 1, MAATREGEL: 2 };

export interface RequirementDefinition {
  identifier: string;
  kind: RequirementKind;
  parent: string | null;
  title: string | null;
  /** Null where we may not ship the text (ISO/IEC 27002 controls). */
  text: string | null;
  status: string | null;
  refersTo: string[];
}

export interface FrameworkMetadata {
  code: string;
  name: string;
  version: string;
  publisher: string;
  source: string;
  licence: string;
  attribution: string;
}

export interface FrameworkDefinition extends FrameworkMetadata {
  requirements: RequirementDefinition[];
}

/**
 * One problem an import found: `row` is the line of a CSV file (the header is line 1), `path` a JSON
 * pointer into an OSCAL document or a field name. A report lists every problem, not only the first.
 */
export interface ImportProblem {
  row: number | null;
  path: string | null;
  message: string;
}

export const FRAMEWORK_CODE = /^[A-Z][A-Z0-9-]{1,31}$/;
export const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const LIMITS = { title: 500, text: 20_000, status: 64, requirements: 5_000, metadata: 500 };

/** Sort key: identifiers compared number by number (5.2 before 5.10), letters as they come. */
export const sortKeyOf = (identifier: string): string =>
  identifier
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? part.padStart(4, '0') : part))
    .join('.');

/** Problems with a framework's code and descriptive fields. */
export function checkFrameworkMetadata(m: Partial<FrameworkMetadata>, path = 'framework'): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ row: null, path: `${path}.${field}`, message });
  if (!m.code || !FRAMEWORK_CODE.test(m.code))
    problem('code', 'must be 2-32 capital letters, digits or dashes, starting with a letter (e.g. NEN7510)');
  for (const field of ['name', 'version', 'publisher', 'licence'] as const) {
    const value = m[field]?.trim();
    if (!value) problem(field, 'is required');
    else if (value.length > LIMITS.metadata) problem(field, `must be at most ${LIMITS.metadata} characters`);
  }
  for (const field of ['source', 'attribution'] as const)
    if ((m[field]?.length ?? 0) > 2_000) problem(field, 'must be at most 2000 characters');
  return problems;
}

/**
 * Checks one framework's requirements as a whole: identifiers unique and well-formed, every parent
 * present and of a higher level (a theme holds controls, a control holds measures), texts within limits.
 * `rowOf` tells the report where a requirement came from.
 */
export function checkRequirements(
  requirements: RequirementDefinition[],
  rowOf: (index: number) => { row: number | null; path: string | null },
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const at = (i: number, message: string) => problems.push({ ...rowOf(i), message });
  if (requirements.length === 0)
    problems.push({ row: null, path: null, message: 'the file has no requirements' });
  if (requirements.length > LIMITS.requirements)
    problems.push({
      row: null,
      path: null,
      message: `a framework has at most ${LIMITS.requirements} requirements; this file has ${requirements.length}`,
    });
  const firstIndex = new Map<string, number>();
  requirements.forEach((r, i) => {
    if (!firstIndex.has(r.identifier)) firstIndex.set(r.identifier, i);
  });
  requirements.forEach((r, i) => {
    if (!IDENTIFIER.test(r.identifier))
      at(i, `identifier "${r.identifier}" must be 1-64 letters, digits, dots, dashes or underscores`);
    else if (firstIndex.get(r.identifier) !== i)
      at(
        i,
        `identifier "${r.identifier}" occurs more than once (first at ${describe(rowOf(firstIndex.get(r.identifier)!))})`,
      );
    if (!REQUIREMENT_KINDS.includes(r.kind))
      at(i, `kind "${r.kind}" must be one of ${REQUIREMENT_KINDS.join(', ')}`);
    if (r.parent !== null) {
      const p = firstIndex.get(r.parent);
      if (r.parent === r.identifier) at(i, `"${r.identifier}" cannot be its own parent`);
      else if (p === undefined) at(i, `parent "${r.parent}" of "${r.identifier}" is not in the file`);
      else if (REQUIREMENT_KINDS.includes(r.kind) && KIND_RANK[requirements[p].kind] >= KIND_RANK[r.kind])
        at(i, `a ${r.kind} cannot sit under a ${requirements[p].kind} ("${r.parent}")`);
    }
    if (r.title !== null && r.title.length > LIMITS.title)
      at(i, `title must be at most ${LIMITS.title} characters`);
    if (r.title !== null && /[\r\n]/.test(r.title)) at(i, 'title must be one line');
    if (r.text !== null && r.text.length > LIMITS.text)
      at(i, `text must be at most ${LIMITS.text} characters`);
    if (r.status !== null && r.status.length > LIMITS.status)
      at(i, `status must be at most ${LIMITS.status} characters`);
  });
  return problems;
}

const describe = (where: { row: number | null; path: string | null }) =>
  where.row !== null ? `line ${where.row}` : (where.path ?? 'an earlier entry');

/** A requirement is a leaf when nothing sits under it: the nodes a party actually implements. */
export function leafRequirements<
  T extends { identifier: string; parentIdentifier: string | null; kind: string },
>(requirements: T[]): T[] {
  const parents = new Set(requirements.map((r) => r.parentIdentifier).filter((p): p is string => p !== null));
  return requirements.filter((r) => r.kind !== 'THEMA' && !parents.has(r.identifier));
}

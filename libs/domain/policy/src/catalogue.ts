import { fieldRules, MessageParams } from '@mkib/domain-shared';
import { asImportProblem, importProblem, PolicyMessageKey } from './messages';

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
  /** English, for API users. */
  message: string;
  /** Stable message key (policyMessages or the shared field rules); the web shows it in Dutch. */
  key: string;
  params: MessageParams;
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
  if (!m.code || !FRAMEWORK_CODE.test(m.code))
    problems.push(importProblem({ row: null, path: `${path}.code` }, 'policy.framework.codeFormat'));
  for (const field of ['name', 'version', 'publisher', 'licence'] as const)
    problems.push(
      ...fieldRules.text(`${path}.${field}`, m[field], { max: LIMITS.metadata }).map(asImportProblem),
    );
  for (const field of ['source', 'attribution'] as const)
    problems.push(...fieldRules.optionalText(`${path}.${field}`, m[field], 2_000).map(asImportProblem));
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
  const at = (i: number, key: PolicyMessageKey, params: MessageParams = {}) =>
    problems.push(importProblem(rowOf(i), key, params));
  const nowhere = { row: null, path: null };
  if (requirements.length === 0) problems.push(importProblem(nowhere, 'policy.requirement.none'));
  if (requirements.length > LIMITS.requirements)
    problems.push(
      importProblem(nowhere, 'policy.requirement.tooMany', {
        max: LIMITS.requirements,
        count: requirements.length,
      }),
    );
  const firstIndex = new Map<string, number>();
  requirements.forEach((r, i) => {
    if (!firstIndex.has(r.identifier)) firstIndex.set(r.identifier, i);
  });
  requirements.forEach((r, i) => {
    const { identifier } = r;
    if (!IDENTIFIER.test(identifier)) at(i, 'policy.requirement.identifierFormat', { identifier });
    else if (firstIndex.get(identifier) !== i) {
      const first = rowOf(firstIndex.get(identifier)!);
      if (first.row !== null)
        at(i, 'policy.requirement.identifierTwiceAtLine', { identifier, line: first.row });
      else if (first.path !== null)
        at(i, 'policy.requirement.identifierTwiceAtPath', { identifier, path: first.path });
      else at(i, 'policy.requirement.identifierTwice', { identifier });
    }
    if (!REQUIREMENT_KINDS.includes(r.kind))
      at(i, 'policy.requirement.kind', { kind: r.kind, kinds: REQUIREMENT_KINDS.join(', ') });
    if (r.parent !== null) {
      const p = firstIndex.get(r.parent);
      if (r.parent === identifier) at(i, 'policy.requirement.ownParent', { identifier });
      else if (p === undefined) at(i, 'policy.requirement.parentMissing', { parent: r.parent, identifier });
      else if (REQUIREMENT_KINDS.includes(r.kind) && KIND_RANK[requirements[p].kind] >= KIND_RANK[r.kind])
        at(i, 'policy.requirement.parentKind', {
          kind: r.kind,
          parentKind: requirements[p].kind,
          parent: r.parent,
        });
    }
    if (r.title !== null && r.title.length > LIMITS.title)
      at(i, 'policy.requirement.titleTooLong', { max: LIMITS.title });
    if (r.title !== null && /[\r\n]/.test(r.title)) at(i, 'policy.requirement.titleOneLine');
    if (r.text !== null && r.text.length > LIMITS.text)
      at(i, 'policy.requirement.textTooLong', { max: LIMITS.text });
    if (r.status !== null && r.status.length > LIMITS.status)
      at(i, 'policy.requirement.statusTooLong', { max: LIMITS.status });
  });
  return problems;
}

/** A requirement is a leaf when nothing sits under it: the nodes a party actually implements. */
export function leafRequirements<
  T extends { identifier: string; parentIdentifier: string | null; kind: string },
>(requirements: T[]): T[] {
  const parents = new Set(requirements.map((r) => r.parentIdentifier).filter((p): p is string => p !== null));
  return requirements.filter((r) => r.kind !== 'THEMA' && !parents.has(r.identifier));
}

import {
  GraphQLArgument,
  GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { FieldProblem, fieldRules, TextKind } from '@mkib/domain-shared';

/**
 * The input boundary: what every argument of every operation may be at all, checked from the schema
 * before the resolver runs, after the authorisation guard has decided that the caller may call the
 * operation. It knows nothing of records or parties, so it tells a caller nothing about them; the
 * field's own rules (a reason of at least 10 characters, a date after another) stay with the domain and
 * run once the service has loaded and authorised the record.
 *
 * - Every String and ID value: no character PostgreSQL cannot store (NUL, unpaired surrogate); in a code,
 *   identifier or filename no control or text-direction character either (an evidence file's name is
 *   normalised by the domain instead); and at most its limit.
 * - Every Int named `year`: the platform's year window (`fieldRules.year`).
 */

/** Length limits by kind, unless `LIMITS` names the field. The domain's own limits are stricter. */
export const TEXT_LIMITS: Readonly<Record<TextKind, number>> = { code: 200, text: 20_000 };

/** Fields with a limit of their own, by coordinate (`InputType.field`, or `Query.operation.argument`). */
const LIMITS: Readonly<Record<string, number>> = {
  // The domain refuses more than 1.5 MB (2,000,000 base64 characters) and 2,000,000 characters with
  // its own message; this only keeps anything far beyond from going further.
  'EvidenceInput.contentBase64': 2_100_000,
  'ImportFrameworkInput.content': 2_100_000,
  'ImportMappingsInput.content': 2_100_000,
  'Query.requirements.search': 200,
  // Normalised by the icv domain (issue 13, point 5): control and bidi characters removed, the name
  // capped at 200 characters with its extension kept. Refused here only far beyond that.
  'EvidenceInput.filename': 1_000,
  // issue 18: an investigation's or evaluation's report (ReportFileInput): as evidence, at most 1.5 MB
  // decoded (the gateway takes 2.5 MB bodies), the name normalised by the governance domain.
  'ReportFileInput.contentBase64': 2_100_000,
  'ReportFileInput.filename': 1_000,
};

/**
 * String fields the domain normalises rather than refuses: only what no field may hold is refused here
 * (NUL, an unpaired surrogate), the rest reaches the domain's normaliser.
 */
const NORMALISED = new Set(['EvidenceInput.filename', 'ReportFileInput.filename']);

/** String fields that hold a code, an identifier or a filename (every ID does), by coordinate. */
const CODES = new Set([
  'EvidenceInput.contentType',
  'EvidenceInput.contentBase64',
  'ReportFileInput.contentBase64',
  'AuditAnchorInput.hash',
  'AuditTrailFilter.actor',
  'AuditTrailFilter.party',
  'AuditTrailFilter.subject',
  'AuditTrailFilter.action',
  'AuditTrailFilter.from',
  'AuditTrailFilter.to',
  'Query.requirements.status',
]);
/** ... and by name, for fields to come: a code, a party, an identifier, a filename, a date. */
const CODE_NAME = /^(code|party|identifier|filename|fileName|contentType)$|(Code|Id|Identifier|Date|Due)$/;

export function textKindOf(scalar: string, coordinate: string, name: string): TextKind {
  if (NORMALISED.has(coordinate)) return 'text';
  return scalar === 'ID' || CODES.has(coordinate) || CODE_NAME.test(name) ? 'code' : 'text';
}

function check(
  type: GraphQLInputType,
  value: unknown,
  at: { path: string; coordinate: string; name: string },
  now: Date,
  problems: FieldProblem[],
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return check(type.ofType, value, at, now, problems);
  if (isListType(type)) {
    if (!Array.isArray(value)) return check(type.ofType, value, at, now, problems);
    value.forEach((v, i) => check(type.ofType, v, { ...at, path: `${at.path}[${i}]` }, now, problems));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(type.getFields()))
      check(
        field.type,
        (value as Record<string, unknown>)[field.name],
        { path: `${at.path}.${field.name}`, coordinate: `${type.name}.${field.name}`, name: field.name },
        now,
        problems,
      );
    return;
  }
  if (!isScalarType(type)) return;
  if ((type.name === 'String' || type.name === 'ID') && typeof value === 'string') {
    const kind = textKindOf(type.name, at.coordinate, at.name);
    problems.push(...fieldRules.storable(at.path, value, kind, LIMITS[at.coordinate] ?? TEXT_LIMITS[kind]));
  } else if (type.name === 'Int' && at.name === 'year' && typeof value === 'number') {
    problems.push(...fieldRules.year(at.path, value, now));
  }
}

/**
 * The problems of an operation's (or a field's) arguments at the boundary: `operation` is its
 * coordinate, e.g. `Query.facility`; problems name fields as the domain does (`input.entries[0].identifier`).
 */
export function inputBoundaryProblems(
  operation: string,
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const arg of args)
    check(
      arg.type,
      values[arg.name],
      { path: arg.name, coordinate: `${operation}.${arg.name}`, name: arg.name },
      now,
      problems,
    );
  return problems;
}

/**
 * The problems of one entity representation (`_entities`, a reference resolver's `reference`): its key
 * fields are codes, whoever sends them (the gateway, or a caller of the subgraph itself).
 */
export function referenceProblems(reference: unknown, path = 'representations'): FieldProblem[] {
  if (typeof reference === 'string') return fieldRules.storable(path, reference, 'code', TEXT_LIMITS.code);
  if (Array.isArray(reference)) return reference.flatMap((v, i) => referenceProblems(v, `${path}[${i}]`));
  if (reference && typeof reference === 'object')
    return Object.entries(reference).flatMap(([k, v]) => referenceProblems(v, `${path}.${k}`));
  return [];
}

import { DomainError, ErrorCode, FieldProblem, MessageParams } from './errors';

/**
 * A context's message catalogue: stable key to English template with `{{name}}` placeholders (the
 * placeholder syntax i18next uses, so the Dutch texts in libs/web/i18n use the same parameters).
 */
export type MessageCatalogue = Readonly<Record<string, string>>;

export const interpolate = (template: string, params: MessageParams = {}): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );

/** The placeholders a template uses, e.g. `['year']`. */
export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * A field problem keeps the plain `{ field, message }` shape API users read in `extensions.problems`
 * (and that tests compare); its key and parameters ride along as non-enumerable properties, which the
 * error formatter reads for `extensions.i18n`. Spreading a problem drops them: make a new one instead.
 */
function keyedProblem(field: string, message: string, key: string, params: MessageParams = {}): FieldProblem {
  return Object.defineProperties({ field, message } as FieldProblem, {
    key: { value: key, enumerable: false },
    params: { value: params, enumerable: false },
  });
}

/**
 * Typed error and problem makers over one catalogue: only its keys compile.
 *   const m = messagesOf(icvMessages);
 *   throw m.conflict('icv.submittedAlready', { year });
 *   problems.push(m.problem('input.reason', 'icv.reasonTooShort', { min: 10 }));
 */
export function messagesOf<C extends MessageCatalogue>(catalogue: C) {
  type Key = keyof C & string;
  const error =
    (code: ErrorCode) =>
    (key: Key, params: MessageParams = {}): DomainError =>
      new DomainError(code, interpolate(catalogue[key], params), [], key, params);
  return {
    catalogue,
    text: (key: Key, params: MessageParams = {}): string => interpolate(catalogue[key], params),
    problem: (field: string, key: Key, params: MessageParams = {}): FieldProblem =>
      keyedProblem(field, interpolate(catalogue[key], params), key, params),
    conflict: error('CONFLICT'),
    notFound: error('NOT_FOUND'),
    forbidden: error('FORBIDDEN'),
    unauthenticated: error('UNAUTHENTICATED'),
  };
}

/**
 * The one error shape of the platform. Every layer throws a DomainError; the GraphQL layer maps its
 * code onto `extensions.code`. The codes are stable API: clients switch on them.
 *
 * Every message has a stable key (e.g. `icv.alreadySubmitted`) and parameters next to its English
 * text: API users read the text, the web shows the key's text in the user's language. The keys and
 * their English templates live in one catalogue per context (see messages.ts); the Dutch texts in
 * libs/web/i18n, checked complete by tools/i18n/server-messages.spec.ts.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.rationale`. */
  field: string;
  /** English, for API users. */
  message: string;
  /** Stable message key; the web shows its text in the user's language. */
  key?: string;
  params?: MessageParams;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
    /** Stable message key of the whole error (BAD_USER_INPUT: `input.invalid`, the problems carry theirs). */
    readonly key?: string,
    readonly params: MessageParams = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badUserInput = (problems: FieldProblem[]): DomainError =>
  new DomainError(
    'BAD_USER_INPUT',
    problems.map((p) => `${p.field}: ${p.message}`).join('; '),
    problems,
    'input.invalid',
    { count: problems.length },
  );
export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

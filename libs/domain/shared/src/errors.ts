/**
 * The one error shape of the platform. Every layer throws a DomainError; the GraphQL layer maps its
 * code onto `extensions.code`. The codes are stable API: clients switch on them.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.rationale`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badUserInput = (problems: FieldProblem[]): DomainError =>
  new DomainError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
export const notFound = (message: string): DomainError => new DomainError('NOT_FOUND', message);
export const forbidden = (message: string): DomainError => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message: string): DomainError => new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string): DomainError => new DomainError('CONFLICT', message);

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

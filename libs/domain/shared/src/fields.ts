import { FieldProblem } from './errors';
import { isIsoDate } from './dates';
import { messagesOf } from './messages';
import { codePointName, controlCharacter, TextKind, unstorableCharacter } from './text';

/**
 * Messages every context shares: the field rules below, the top-level BAD_USER_INPUT text, the answer
 * for a record the caller may not see, and the authorisation refusals.
 */
export const sharedMessages = {
  'input.invalid': 'The input has {{count}} problem(s).',
  'field.invalid': '{{message}}',
  'field.required': 'is required',
  'field.textMin': 'write at least {{min}} characters',
  'field.textMax': 'must be at most {{max}} characters',
  'field.date': 'must be a date (YYYY-MM-DD)',
  'field.dateYears': 'must be a date in the years {{from}} to {{to}}',
  'field.oneOf': 'must be one of {{options}}',
  'field.between': 'must be between {{min}} and {{max}}',
  'field.notNegative': 'must be 0 or more',
  'field.dateAfter': 'must come after {{other}} ({{date}})',
  'field.unstorable': 'contains a character that cannot be stored ({{character}} at position {{position}})',
  'field.controlCharacter':
    'may not contain a control or text-direction character ({{character}} at position {{position}})',
  'field.dateOrTimestamp': 'must be an ISO date (YYYY-MM-DD) or timestamp (YYYY-MM-DDTHH:MM:SSZ)',
  'audit.truncated': 'the chain ends at row {{seq}}, but its head was anchored at row {{anchoredSeq}}',
  'audit.anchorMismatch': 'row {{seq}} does not match the head anchored for it',
  'record.notVisible': 'There is no {{what}} of {{party}} that you may see.',
  'idempotency.keyInvalid': 'must be {{min}} to {{max}} printable ASCII characters without spaces',
  'idempotency.keyReused':
    'This idempotency key was used for a different request: send a new key for a new request.',
  'auth.noToken': 'Sign in first: the request has no bearer token.',
  'auth.badHeader': 'The Authorization header must be "Bearer <access token>".',
  'auth.expired': 'Sign in again: the access token has expired.',
  'auth.wrongAudience': 'Sign in again: the access token is not for this platform ({{claim}}).',
  'auth.invalidToken': 'Sign in again: the access token is not valid.',
  'auth.noParty': 'The access token carries no party: ask the administrator to link the account to a party.',
  'auth.forbidden': 'Your roles ({{roles}}) at {{party}} do not allow this: {{action}}',
  // SERVICE_UNAVAILABLE: a subgraph or database is down, or the process is stopping (Retry-After).
  'service.unavailable': 'The service is temporarily unavailable. Try again in a moment.',
} as const;

export const shared = messagesOf(sharedMessages);

/** The years a date the platform stores may fall in (due dates, planned dates, deadlines). */
export const DATE_YEARS = { from: 1900, to: 2999 } as const;

/** The shared field rules: each returns the problems of one field (none when it is fine). */
export const fieldRules = {
  /** Trimmed text between `min` (default: required, at least 1) and `max` characters. */
  text(
    field: string,
    value: string | null | undefined,
    limits: { min?: number; max: number },
  ): FieldProblem[] {
    const v = (value ?? '').trim();
    const min = limits.min ?? 1;
    if (!v) return [shared.problem(field, 'field.required')];
    if (v.length < min) return [shared.problem(field, 'field.textMin', { min })];
    if (v.length > limits.max) return [shared.problem(field, 'field.textMax', { max: limits.max })];
    return [];
  },
  /** Optional text of at most `max` characters. */
  optionalText(field: string, value: string | null | undefined, max: number): FieldProblem[] {
    return (value ?? '').trim().length > max ? [shared.problem(field, 'field.textMax', { max })] : [];
  },
  /** A calendar date (YYYY-MM-DD) of a plausible year: no due date in the year 1. */
  date(field: string, value: string | null | undefined): FieldProblem[] {
    if (!value || !isIsoDate(value)) return [shared.problem(field, 'field.date')];
    const year = Number(value.slice(0, 4));
    return year >= DATE_YEARS.from && year <= DATE_YEARS.to
      ? []
      : [shared.problem(field, 'field.dateYears', { ...DATE_YEARS })];
  },
  oneOf(field: string, value: unknown, options: readonly string[]): FieldProblem[] {
    return options.includes(value as string)
      ? []
      : [shared.problem(field, 'field.oneOf', { options: options.join(', ') })];
  },
  between(field: string, value: number, min: number, max: number): FieldProblem[] {
    return Number.isInteger(value) && value >= min && value <= max
      ? []
      : [shared.problem(field, 'field.between', { min, max })];
  },
  /**
   * The years the platform takes, in every operation: two back, one ahead (an ICV, a medegebruiker's
   * report, an assessment, a finding, a cycle, ...).
   */
  year(field: string, year: number, now: Date): FieldProblem[] {
    const current = now.getUTCFullYear();
    return fieldRules.between(field, year, current - 2, current + 1);
  },
  /**
   * Text as it arrives, before its field's own rules: no character PostgreSQL cannot store, no control
   * or text-direction character in a code (see text.ts), and at most `max` characters.
   */
  storable(field: string, value: string, kind: TextKind, max: number): FieldProblem[] {
    const bad = unstorableCharacter(value);
    if (bad)
      return [
        shared.problem(field, 'field.unstorable', {
          character: codePointName(bad.codePoint),
          position: bad.position + 1,
        }),
      ];
    const control = kind === 'code' ? controlCharacter(value) : null;
    if (control)
      return [
        shared.problem(field, 'field.controlCharacter', {
          character: codePointName(control.codePoint),
          position: control.position + 1,
        }),
      ];
    return value.length > max ? [shared.problem(field, 'field.textMax', { max })] : [];
  },
  /** `limit` 1..max and `offset` >= 0 of a paged list. */
  page(limit: number, offset: number, max: number): FieldProblem[] {
    return [
      ...fieldRules.between('limit', limit, 1, max),
      ...(Number.isInteger(offset) && offset >= 0 ? [] : [shared.problem('offset', 'field.notNegative')]),
    ];
  },
};

import { createHash } from 'node:crypto';
import { badUserInput, shared } from '@mkib/domain-shared';
import type { IdempotentRequest } from '@mkib/server-messaging';

/** The request header a client sends a mutation's idempotency key in (issue 14, §3). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 200 } as const;
const KEY = /^[\x21-\x7e]+$/;

type Headers = Record<string, string | string[] | undefined>;

/**
 * The idempotency key of a request, or `undefined` without one. Opaque to the platform: 8 to 200
 * printable ASCII characters without spaces (a UUID fits); anything else is BAD_USER_INPUT, so a client
 * that means to be retry-safe learns it is not. A header sent twice (joined with ", ") is refused too.
 */
export function idempotencyKeyOf(headers: Headers): string | undefined {
  const raw = headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw.join(', ') : raw;
  const { min, max } = IDEMPOTENCY_KEY_LENGTH;
  if (key.length < min || key.length > max || !KEY.test(key))
    throw badUserInput([shared.problem('Idempotency-Key', 'idempotency.keyInvalid', { min, max })]);
  return key;
}

/** JSON with object keys sorted, so equal arguments hash equally whatever order they came in. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What identifies a request under a key: the mutation field and its arguments. */
export const requestHash = (operation: string, args: unknown): string =>
  createHash('sha256').update(canonicalJson({ operation, args })).digest('hex');

/**
 * The idempotent request of one mutation field, for the unit of work; `undefined` without a key or for
 * anything but a mutation's root field (a query with a key ignores it).
 */
export function idempotentRequestOf(params: {
  headers: Headers;
  parentType: string | undefined;
  fieldName: string | undefined;
  args: unknown;
  actor: string;
  party: string | null;
}): IdempotentRequest | undefined {
  if (params.parentType !== 'Mutation' || !params.fieldName) return undefined;
  const key = idempotencyKeyOf(params.headers);
  if (key === undefined) return undefined;
  return {
    scope: `${params.party ?? '-'}/${params.actor}`,
    operation: params.fieldName,
    key,
    requestHash: requestHash(params.fieldName, params.args ?? {}),
  };
}

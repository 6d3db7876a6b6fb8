import type { CombinedError } from '@urql/core';

/**
 * Retry-safe mutations (issue 14, §3): every mutation the shell sends carries an `Idempotency-Key`, fresh
 * per user action; an automatic retry of that action, and a manual one (the same form sent again after
 * a failure the server may not have seen through), reuse it. The service that owns the mutation then
 * gives the first result again instead of doing it twice.
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * A fresh key: a random UUID (36 printable characters, within the server's 8 to 200). `randomUUID`
 * exists in secure contexts only (https, localhost); elsewhere the same from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The pauses before the automatic retries of a transient failure: two retries, then the user decides. */
export const RETRY_DELAYS_MS = [400, 1600] as const;

/**
 * Whether a failure is transient, so the same request may succeed later: no answer at all (network),
 * a gateway or service that is (re)starting (HTTP 502, 503, 504) or SERVICE_UNAVAILABLE. A refusal
 * (BAD_USER_INPUT, CONFLICT, FORBIDDEN, ...) is not: sending it again gives the same answer.
 */
export function isTransient(error: CombinedError): boolean {
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return true;
  const status = (error.response as { status?: number } | undefined)?.status;
  if (status === 502 || status === 503 || status === 504) return true;
  return error.graphQLErrors.length === 0 && status !== 401 && status !== 400 && status !== 413;
}

/** Runs `attempt`, and again after each delay while its result is transient; gives the last result. */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  transient: (result: T) => boolean,
  delays: readonly number[] = RETRY_DELAYS_MS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  let result = await attempt();
  for (const delay of delays) {
    if (!transient(result)) break;
    await sleep(delay);
    result = await attempt();
  }
  return result;
}

/**
 * The key of one user action. A new action gets a fresh key; the same request sent again after a
 * transient failure (the user's "try again") keeps the key its failed attempts used.
 */
export class IdempotencyKeys {
  private unsettled: { request: string; key: string } | undefined;

  constructor(private readonly fresh: () => string = newIdempotencyKey) {}

  /** The key for this request (`request`: the operation and its variables, as text). */
  keyFor(request: string): string {
    if (this.unsettled?.request === request) return this.unsettled.key;
    this.unsettled = undefined;
    return this.fresh();
  }

  /** After the last attempt: a transient failure keeps the key for a manual retry, else it is spent. */
  settle(request: string, key: string, transient: boolean): void {
    this.unsettled = transient ? { request, key } : undefined;
  }
}

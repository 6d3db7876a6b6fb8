import { createLogger } from '@mkib/server-observability';

/**
 * The health endpoints are public and unauthenticated (the all-in-one's ingress serves them): they give
 * statuses, counts and ages, and for a failure only a short stable reason, never the raw error text
 * (host names, SQL). The full error goes to the log, at most once per distinct error per minute so that
 * probes every few seconds do not flood it.
 */
export type FailureReason = 'timeout' | 'unreachable' | 'error';

const TIMEOUT = /timeout|timed out|ETIMEDOUT|no answer within/i;
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|Connection terminated|terminating connection|connection error|not established|socket hang up|fetch failed|the database system is|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded|broker/i;

/** The public reason for a failure: `timeout`, `unreachable` or `error`. */
export function failureReason(err: unknown): FailureReason {
  const text = describe(err);
  if (TIMEOUT.test(text)) return 'timeout';
  if (UNREACHABLE.test(text)) return 'unreachable';
  return 'error';
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const cause = (err as { cause?: unknown }).cause;
    return [err.name, err.message, typeof code === 'string' ? code : '', cause ? describe(cause) : ''].join(
      ' ',
    );
  }
  return String(err);
}

const LOG_INTERVAL_MS = 60_000;
const logged = new Map<string, number>();
let logger: { warn(obj: object, msg: string): void } | null = null;

/** Logs a failure a health check or the events status saw, at most once per distinct error per minute. */
export function logHealthFailure(source: string, err: unknown, now = Date.now()): void {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const key = `${source}\u0000${text}`;
  const last = logged.get(key);
  if (last !== undefined && now - last < LOG_INTERVAL_MS) return;
  if (logged.size > 1000) {
    for (const [k, at] of logged) if (now - at >= LOG_INTERVAL_MS) logged.delete(k);
  }
  logged.set(key, now);
  logger ??= createLogger('health');
  logger.warn({ check: source, err: text, reason: failureReason(err) }, 'health check failed');
}

/** Tests only: forget what was logged and log to `sink` instead. */
export function resetHealthFailureLog(sink?: { warn(obj: object, msg: string): void }): void {
  logged.clear();
  logger = sink ?? null;
}

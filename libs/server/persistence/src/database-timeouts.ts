/**
 * How long a service waits for PostgreSQL: to get a connection (`MKIB_DATABASE_CONNECT_TIMEOUT_MS`,
 * also the wait for a free pooled connection) and for a query's answer (`MKIB_DATABASE_QUERY_TIMEOUT_MS`,
 * a client-side limit: a paused or unreachable server gives an error instead of a hang). Only for a
 * PostgreSQL server; the embedded database has neither. Migrations run without the query limit.
 */
export interface DatabaseTimeouts {
  connectTimeoutMs: number;
  queryTimeoutMs: number;
}

export const DEFAULT_DATABASE_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_DATABASE_QUERY_TIMEOUT_MS = 60_000;

/** Reads both settings; a value that is not a whole number of milliseconds above 0 throws and stops the start. */
export function databaseTimeoutsFromEnvironment(env: NodeJS.ProcessEnv = process.env): DatabaseTimeouts {
  return {
    connectTimeoutMs: milliseconds(
      'MKIB_DATABASE_CONNECT_TIMEOUT_MS',
      env.MKIB_DATABASE_CONNECT_TIMEOUT_MS,
      DEFAULT_DATABASE_CONNECT_TIMEOUT_MS,
    ),
    queryTimeoutMs: milliseconds(
      'MKIB_DATABASE_QUERY_TIMEOUT_MS',
      env.MKIB_DATABASE_QUERY_TIMEOUT_MS,
      DEFAULT_DATABASE_QUERY_TIMEOUT_MS,
    ),
  };
}

function milliseconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1 || ms > 2_147_483_647) {
    throw new Error(`${name} must be a whole number of milliseconds above 0, got "${value}"`);
  }
  return ms;
}

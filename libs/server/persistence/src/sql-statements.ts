import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements each GraphQL request causes, across every service of the process, keyed by
 * the request's correlation id. The SQL-per-request test (apps/platform/test/sql-per-request) reads it
 * to hold the main queries to a constant number of statements (no N+1). Outside a request (event
 * relays, consumers) nothing is counted; with nobody reading, the counts are dropped after 1,000 ids.
 */
const current = new AsyncLocalStorage<string>();
const counts = new Map<string, number>();
const MAX_TRACKED = 1000;

export const sqlStatements = {
  /** Runs `fn` (and everything it awaits) as part of the request with this correlation id. */
  within<T>(correlationId: string, fn: () => T): T {
    return current.run(correlationId, fn);
  },
  record(): void {
    const id = current.getStore();
    if (!id) return;
    if (!counts.has(id) && counts.size >= MAX_TRACKED) counts.delete(counts.keys().next().value!);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  },
  /** The statements counted for a correlation id so far. */
  count(correlationId: string): number {
    return counts.get(correlationId) ?? 0;
  },
};

/** TypeORM calls `logQuery` before every statement it sends: that is where we count. */
export const countingLogger: TypeOrmLogger = {
  logQuery: () => sqlStatements.record(),
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import * as pg from 'pg';

/**
 * The all-in-one database: PGlite (PostgreSQL compiled to WebAssembly, no native binary, indifferent to
 * root) behind its wire-protocol socket, so the services use the ordinary `pg` driver and the same
 * migrations as production.
 *
 * PGlite is a single session. All services therefore share ONE client connection, handed to TypeORM as a
 * pool of one: a transaction holds the connection until it ends, so concurrent work queues instead of
 * interleaving inside another's transaction (which a pool per service would do).
 */
export interface EmbeddedPostgres {
  url: string;
  driver: unknown;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;

  const shared = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0 });
  shared.on('error', () => undefined);

  /** A pg.Pool look-alike whose `end` leaves the shared connection open for the other services. */
  class SharedConnectionPool extends EventEmitter {
    connect(callback?: (err: Error | undefined, client?: pg.PoolClient, release?: () => void) => void) {
      if (!callback) return shared.connect();
      shared.connect((err, client, release) => callback(err ?? undefined, client, release));
      return undefined;
    }
    query(...args: unknown[]) {
      return (shared.query as (...a: unknown[]) => unknown)(...args);
    }
    end(callback?: (err?: Error) => void) {
      callback?.();
      return Promise.resolve();
    }
    get totalCount() {
      return shared.totalCount;
    }
    get idleCount() {
      return shared.idleCount;
    }
    get waitingCount() {
      return shared.waitingCount;
    }
  }

  return {
    url,
    driver: { ...pg, Pool: SharedConnectionPool },
    async stop() {
      await shared.end();
      await server.stop();
      await db.close();
    },
  };
}

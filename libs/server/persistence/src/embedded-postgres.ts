import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import * as pg from 'pg';
import { createLogger } from '@mkib/server-observability';
import { lockDataDir } from './data-dir-lock';

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

export interface EmbeddedPostgresOptions {
  /**
   * Lock this directory (the all-in-one's MKIB_DATA_DIR) for as long as the database is open: a second
   * process refuses to start (see data-dir-lock.ts), and a lock left by a crashed run is taken over.
   */
  lockDir?: string;
}

/**
 * Durability (PGlite 0.5): every write reaches the operating system before its commit is answered, so a
 * process crash (kill -9) loses nothing acknowledged; PostgreSQL replays its write-ahead log on the next
 * start. PGlite runs PostgreSQL with fsync off, and its Node filesystem has no fsync either, so a power
 * loss or kernel crash can lose the last commits, or worse. Pilots and production use PostgreSQL.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const logger = createLogger('embedded-postgres');
  const lock = options.lockDir ? lockDataDir(options.lockDir, 'platform') : null;
  if (lock?.stale)
    logger.warn(
      { lockFile: lock.file, previous: lock.stale },
      `the previous run (pid ${lock.stale.pid}, ${lock.stale.purpose} since ${lock.stale.startedAt}) did not stop cleanly; ` +
        'its lock was taken over and the embedded database recovers from its write-ahead log',
    );
  let db: import('@electric-sql/pglite').PGlite;
  let server: import('@electric-sql/pglite-socket').PGLiteSocketServer;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    db = await PGlite.create(dataDir);
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
  } catch (err) {
    lock?.release();
    throw err;
  }
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
      // Only after a clean close: a lock left behind marks the run as not stopped cleanly.
      lock?.release();
    },
  };
}

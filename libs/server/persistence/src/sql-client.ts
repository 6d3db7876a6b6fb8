import * as pg from 'pg';
import type { DatabaseConnection } from './database';

/** A plain SQL connection for a part that has no TypeORM data source (the built-in issuer's store). */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: any[] }>;
  end(): Promise<void>;
}

/**
 * A small pool on the database the services use: on the embedded one, its shared single connection
 * (the driver's pool look-alike, whose `end` leaves it open); on a server, a pool of its own of two.
 */
export function openSqlClient(database: DatabaseConnection): SqlClient {
  const Pool = (database.driver as { Pool?: typeof pg.Pool } | undefined)?.Pool ?? pg.Pool;
  const pool = new Pool({ connectionString: database.url, max: 2 });
  pool.on('error', () => undefined);
  return {
    query: (text, params) => pool.query(text, params as unknown[]),
    end: () => pool.end(),
  };
}

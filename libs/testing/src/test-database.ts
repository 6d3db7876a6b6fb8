import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A throwaway database on the real PostgreSQL server named by MKIB_TEST_DATABASE_URL, or null when that
 * is not set (the platform then uses its embedded database).
 */
export interface TestDatabase {
  url: string;
  query(sql: string, params?: unknown[]): Promise<any[]>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase | null> {
  const adminUrl = process.env.MKIB_TEST_DATABASE_URL;
  if (!adminUrl) return null;
  const name = `mkib_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return {
    url: url.toString(),
    query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
    async drop() {
      await client.end();
      const a = new Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { verifyAuditLog } from '@mkib/server-persistence';
import type { ChainSummary } from './archive';

/** The four services' audit chains (each in its own schema). */
export const AUDITED_SCHEMAS = ['policy', 'risk', 'icv', 'governance'] as const;

type PGliteDb = import('@electric-sql/pglite').PGlite;

export async function openPglite(options: { dataDir: string; loadDataDir?: Blob }): Promise<PGliteDb> {
  const { PGlite } = await import('@electric-sql/pglite');
  return PGlite.create(options);
}

export function pgliteVersion(): string {
  const pkg = join(__dirname, '..', '..', 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : 'unknown';
}

/** Verifies each audit chain as the services do (`<service>AuditLog`), on the database directly. */
export async function verifyChains(db: PGliteDb): Promise<Record<string, ChainSummary>> {
  const queryable = {
    query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows,
  } as unknown as DataSource;
  const chains: Record<string, ChainSummary> = {};
  for (const schema of AUDITED_SCHEMAS) {
    const r = await verifyAuditLog(queryable, schema);
    chains[schema] = {
      intact: r.intact,
      entries: r.checked,
      headSeq: r.headSeq,
      problems: r.problems.map((p) => p.message),
    };
  }
  return chains;
}

export function describeChains(chains: Record<string, ChainSummary>): string[] {
  return Object.entries(chains).map(
    ([schema, c]) =>
      `  ${schema.padEnd(11)} ${c.intact ? 'intact' : 'BROKEN'}, ${c.entries} entries` +
      (c.problems.length ? `: ${c.problems.join('; ')}` : ''),
  );
}

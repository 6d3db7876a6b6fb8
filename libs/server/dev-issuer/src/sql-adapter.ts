import { createLogger } from '@mkib/server-observability';

/** What the adapter needs of a database connection: `pg.Pool#query` (and the embedded shared pool) fit. */
export interface IssuerSqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: any[] }>;
}

// raw SQL (the issuer's own table): oidc-provider's models are opaque JSON documents keyed by model and id,
// outside every service's schema and entities. The issuer creates its table itself, idempotently.
const SCHEMA_SQL = [
  'CREATE SCHEMA IF NOT EXISTS issuer',
  `CREATE TABLE IF NOT EXISTS issuer.oidc_payload (
     model text NOT NULL,
     id text NOT NULL,
     payload jsonb NOT NULL,
     grant_id text,
     user_code text,
     uid text,
     expires_at timestamptz,
     PRIMARY KEY (model, id)
   )`,
  'CREATE INDEX IF NOT EXISTS oidc_payload_grant_id ON issuer.oidc_payload (grant_id)',
  'CREATE INDEX IF NOT EXISTS oidc_payload_uid ON issuer.oidc_payload (model, uid)',
  'CREATE INDEX IF NOT EXISTS oidc_payload_user_code ON issuer.oidc_payload (model, user_code)',
  'CREATE INDEX IF NOT EXISTS oidc_payload_expires_at ON issuer.oidc_payload (expires_at)',
];

/** Models that belong to a grant: revoking the grant removes them (as oidc-provider's memory adapter does). */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/** How often expired rows are deleted (they are never returned once expired). */
export const ISSUER_CLEANUP_INTERVAL_MS = 10 * 60_000;

export interface IssuerStore {
  /** The adapter class to give oidc-provider's `adapter` setting. */
  adapter: new (model: string) => unknown;
  /** Deletes expired rows now; returns how many. */
  deleteExpired(): Promise<number>;
  /** Stops the periodic clean-up. */
  stop(): void;
}

/**
 * oidc-provider's sessions, grants, interactions and tokens in PostgreSQL (the embedded database or the
 * external one), so a restart keeps everyone signed in. Times are oidc-provider's own (`Date.now()`), not
 * the database's: under faketime or an external server they must agree with the provider's expiry checks.
 */
export async function createIssuerStore(sql: IssuerSqlClient): Promise<IssuerStore> {
  const logger = createLogger('dev-issuer');
  for (const statement of SCHEMA_SQL) {
    try {
      await sql.query(statement);
    } catch (err) {
      // Two all-in-ones on one external database may race to create it: the other one won.
      if (!/already exists|duplicate key/.test(String(err))) throw err;
    }
  }
  const live = 'AND (expires_at IS NULL OR expires_at > $NOW)';
  const withNow = (text: string, n: number) => text.replace('$NOW', `$${n}`);
  const now = () => new Date();

  class PostgresAdapter {
    constructor(readonly model: string) {}

    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
      const expiresAt = expiresIn ? new Date(Date.now() + expiresIn * 1000) : null;
      await sql.query(
        `INSERT INTO issuer.oidc_payload (model, id, payload, grant_id, user_code, uid, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id,
           user_code = EXCLUDED.user_code, uid = EXCLUDED.uid, expires_at = EXCLUDED.expires_at`,
        [
          this.model,
          id,
          JSON.stringify(payload),
          GRANTABLE.has(this.model) ? ((payload.grantId as string) ?? null) : null,
          (payload.userCode as string) ?? null,
          (payload.uid as string) ?? null,
          expiresAt,
        ],
      );
    }

    private async findWhere(column: 'id' | 'uid' | 'user_code', value: string) {
      const { rows } = await sql.query(
        withNow(`SELECT payload FROM issuer.oidc_payload WHERE model = $1 AND ${column} = $2 ${live}`, 3),
        [this.model, value, now()],
      );
      return rows[0]?.payload ?? undefined;
    }

    find(id: string) {
      return this.findWhere('id', id);
    }

    findByUid(uid: string) {
      return this.findWhere('uid', uid);
    }

    findByUserCode(userCode: string) {
      return this.findWhere('user_code', userCode);
    }

    async consume(id: string) {
      await sql.query(
        `UPDATE issuer.oidc_payload SET payload = payload || jsonb_build_object('consumed', $3::bigint)
         WHERE model = $1 AND id = $2`,
        [this.model, id, Math.floor(Date.now() / 1000)],
      );
    }

    async destroy(id: string) {
      await sql.query('DELETE FROM issuer.oidc_payload WHERE model = $1 AND id = $2', [this.model, id]);
    }

    async revokeByGrantId(grantId: string) {
      await sql.query('DELETE FROM issuer.oidc_payload WHERE grant_id = $1', [grantId]);
    }
  }

  const deleteExpired = async () => {
    const { rows } = await sql.query(
      'WITH gone AS (DELETE FROM issuer.oidc_payload WHERE expires_at <= $1 RETURNING 1) SELECT count(*)::int AS n FROM gone',
      [now()],
    );
    return Number(rows[0]?.n ?? 0);
  };
  await deleteExpired();
  const timer = setInterval(() => {
    deleteExpired().then(
      (n) => n && logger.debug({ deleted: n }, 'expired issuer sessions and tokens deleted'),
      (err: unknown) => logger.warn({ err: String(err) }, 'expired issuer rows not deleted'),
    );
  }, ISSUER_CLEANUP_INTERVAL_MS);
  timer.unref();

  return { adapter: PostgresAdapter, deleteExpired, stop: () => clearInterval(timer) };
}

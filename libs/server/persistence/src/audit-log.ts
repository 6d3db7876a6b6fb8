import type { DataSource, EntityManager } from 'typeorm';
import {
  AnchoredHead,
  AuditRecord,
  checkAgainstAnchor,
  ChainedAuditRecord,
  ChainVerification,
  GENESIS_HASH,
  hashAuditRecord,
  verifyAuditChain,
} from './audit-chain';
import { quoteSchema } from './platform-tables';

// raw SQL (platform table): each service's `audit_log` is in its own schema, named at run time, and the
// chain needs a table lock (TypeORM has none) so `seq` stays gapless and the hashes link in order.

export interface AuditEntry {
  actor: string;
  party: string | null;
  action: string;
  subject: string;
  correlationId: string;
  details: Record<string, unknown>;
}

/**
 * Appends to the schema's audit log inside the caller's transaction. The table lock serialises writers
 * so the chain has one order; it is held only until the transaction commits.
 */
export async function appendAudit(
  manager: EntityManager,
  schema: string,
  entry: AuditEntry,
  now = new Date(),
) {
  const s = quoteSchema(schema);
  await lockAuditLog(manager, schema);
  const last: { seq: string; hash: string }[] = await manager.query(
    `SELECT seq, hash FROM ${s}.audit_log ORDER BY seq DESC LIMIT 1`,
  );
  const record: AuditRecord = {
    seq: last.length ? Number(last[0].seq) + 1 : 1,
    occurredAt: now.toISOString(),
    ...entry,
  };
  const prevHash = last.length ? last[0].hash : GENESIS_HASH;
  const hash = hashAuditRecord(prevHash, record);
  await manager.query(
    `INSERT INTO ${s}.audit_log (seq, occurred_at, actor, party, action, subject, correlation_id, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      record.seq,
      record.occurredAt,
      record.actor,
      record.party,
      record.action,
      record.subject,
      record.correlationId,
      JSON.stringify(record.details),
      prevHash,
      hash,
    ],
  );
  return { ...record, prevHash, hash };
}

export async function readAuditLog(
  db: DataSource | EntityManager,
  schema: string,
): Promise<ChainedAuditRecord[]> {
  const rows: any[] = await db.query(
    `SELECT seq, occurred_at, actor, party, action, subject, correlation_id, details, prev_hash, hash
     FROM ${quoteSchema(schema)}.audit_log ORDER BY seq`,
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    occurredAt: new Date(r.occurred_at).toISOString(),
    actor: r.actor,
    party: r.party,
    action: r.action,
    subject: r.subject,
    correlationId: r.correlation_id,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/**
 * Verifies the schema's chain, and against an anchored head (held by another service) when given: a chain
 * cut back behind it reads TRUNCATED. `headSeq` is the last row's place (0 when empty).
 */
export async function verifyAuditLog(
  db: DataSource,
  schema: string,
  anchor: AnchoredHead | null = null,
): Promise<ChainVerification & { headSeq: number }> {
  const rows = await readAuditLog(db, schema);
  const chain = verifyAuditChain(rows);
  const problems = [...chain.problems, ...checkAgainstAnchor(rows, anchor)];
  return {
    intact: problems.length === 0,
    checked: chain.checked,
    problems,
    headSeq: rows.length ? rows[rows.length - 1].seq : 0,
  };
}

/**
 * Takes the log's table lock in the caller's transaction, until it commits: writers queue behind it, so
 * what the caller reads of the log stays its head until it appends.
 */
export async function lockAuditLog(manager: EntityManager, schema: string): Promise<void> {
  await manager.query(`LOCK TABLE ${quoteSchema(schema)}.audit_log IN EXCLUSIVE MODE`);
}

/** The last row of the log with this action (its place and hash), or null. */
export async function lastAuditRowOf(
  db: DataSource | EntityManager,
  schema: string,
  action: string,
): Promise<{ seq: number; hash: string } | null> {
  const rows: { seq: string; hash: string }[] = await db.query(
    `SELECT seq, hash FROM ${quoteSchema(schema)}.audit_log WHERE action = $1 ORDER BY seq DESC LIMIT 1`,
    [action],
  );
  return rows.length ? { seq: Number(rows[0].seq), hash: rows[0].hash } : null;
}

/** How many rows after `seq` have an action other than those listed. */
export async function auditRowsAfter(
  db: DataSource | EntityManager,
  schema: string,
  seq: number,
  exceptActions: string[],
): Promise<number> {
  const [{ n }]: { n: string }[] = await db.query(
    `SELECT count(*) AS n FROM ${quoteSchema(schema)}.audit_log WHERE seq > $1 AND NOT (action = ANY($2))`,
    [seq, exceptActions],
  );
  return Number(n);
}

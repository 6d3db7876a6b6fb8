import { createHash } from 'node:crypto';

/**
 * The hash chain of an audit log, pure so it can be verified anywhere. Each row's hash covers its own
 * content and the previous row's hash, so altering or removing a row breaks every hash after it.
 */
export interface AuditRecord {
  seq: number;
  occurredAt: string;
  actor: string;
  party: string | null;
  action: string;
  subject: string;
  correlationId: string;
  details: unknown;
}

export interface ChainedAuditRecord extends AuditRecord {
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level: jsonb does not keep key order, the hash must not care.
 * A value means what its JSON means (a Date is its ISO text, as `toJSON` says): the hash taken when a
 * row is written must equal the one taken from what the database gives back, or an untouched row reads
 * as ALTERED.
 */
export function canonicalJson(value: unknown): string {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashAuditRecord(prevHash: string, record: AuditRecord): string {
  const content = canonicalJson({
    seq: record.seq,
    occurredAt: record.occurredAt,
    actor: record.actor,
    party: record.party,
    action: record.action,
    subject: record.subject,
    correlationId: record.correlationId,
    details: record.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

export interface ChainProblem {
  seq: number;
  problem: 'ALTERED' | 'MISSING' | 'BROKEN_LINK';
  message: string;
}

export interface ChainVerification {
  intact: boolean;
  checked: number;
  problems: ChainProblem[];
}

/** Verifies rows ordered by seq: numbering without gaps, links to the previous hash, and each hash. */
export function verifyAuditChain(rows: ChainedAuditRecord[]): ChainVerification {
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      problems.push({
        seq: expectedSeq,
        problem: 'MISSING',
        message: `rows ${expectedSeq}..${row.seq - 1} are missing`,
      });
    } else if (row.prevHash !== prevHash) {
      problems.push({
        seq: row.seq,
        problem: 'BROKEN_LINK',
        message: `row ${row.seq} does not link to row ${row.seq - 1}`,
      });
    }
    if (hashAuditRecord(row.prevHash, row) !== row.hash) {
      problems.push({
        seq: row.seq,
        problem: 'ALTERED',
        message: `row ${row.seq} was altered after it was written`,
      });
    }
    expectedSeq = row.seq + 1;
    prevHash = row.hash;
  }
  return { intact: problems.length === 0, checked: rows.length, problems };
}

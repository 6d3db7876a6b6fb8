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
  problem: 'ALTERED' | 'MISSING' | 'BROKEN_LINK' | 'TRUNCATED';
  message: string;
  /** The message key (shared catalogue) where there is one, for the Dutch text. */
  key?: string;
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

/** A head of a chain as anchored elsewhere: its place and hash. */
export interface AnchoredHead {
  seq: number;
  hash: string;
}

/**
 * Checks rows ordered by seq against an anchored head: a chain whose last row is before the anchored one
 * was cut back (TRUNCATED); a row at the anchored place with another hash was rewritten (ALTERED).
 */
export function checkAgainstAnchor(rows: ChainedAuditRecord[], anchor: AnchoredHead | null): ChainProblem[] {
  if (!anchor) return [];
  const last = rows.length ? rows[rows.length - 1].seq : 0;
  if (last < anchor.seq)
    return [
      {
        seq: last + 1,
        problem: 'TRUNCATED',
        message: `the chain ends at row ${last}, but its head was anchored at row ${anchor.seq}`,
        key: 'audit.truncated',
      },
    ];
  const row = rows.find((r) => r.seq === anchor.seq);
  if (row && row.hash !== anchor.hash)
    return [
      {
        seq: anchor.seq,
        problem: 'ALTERED',
        message: `row ${anchor.seq} does not match the head anchored for it`,
        key: 'audit.anchorMismatch',
      },
    ];
  return [];
}

export interface AnchorInSeries extends AnchoredHead {
  previousSeq: number | null;
  previousHash: string | null;
}

/**
 * The keeper's own check of the anchors it received from one service, ordered by seq: each names the one
 * before as its previous head (in the order received). An anchor that the next one does not name is no longer in that service's
 * chain: the chain was cut back behind it (and grew again) between the two anchors.
 */
export function checkAnchorSeries(anchors: AnchorInSeries[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  for (let i = 1; i < anchors.length; i++) {
    const prev = anchors[i - 1];
    const next = anchors[i];
    if (next.previousSeq !== prev.seq || next.previousHash !== prev.hash)
      problems.push({
        seq: prev.seq,
        problem: 'TRUNCATED',
        message: `the chain ends at row ${next.previousSeq ?? 0}, but its head was anchored at row ${prev.seq}`,
        key: 'audit.truncated',
      });
  }
  return problems;
}

import type { DataSource, EntityManager } from 'typeorm';
import { canonicalJson } from './audit-chain';
import { quoteSchema } from './platform-tables';

// raw SQL (platform table): each service's `audit_log` is in its own schema, named at run time, and the
// visibility filter reads a key inside the jsonb details, which TypeORM's find options cannot express.

/**
 * Which rows of a trail a caller may read: all of them, or its own party's rows plus the rows whose action
 * starts with one of `actionPrefixes` (the common objects: catalogue, profiles, facilities, the cycle).
 * A framework row that names an `ownerParty` is that party's own framework, never a common object.
 */
export type AuditTrailVisibility = { all: true } | { all: false; party: string; actionPrefixes: string[] };

export interface AuditTrailCriteria {
  actor?: string | null;
  party?: string | null;
  subject?: string | null;
  /** Exact, or a prefix when it ends in "." (e.g. `framework.`). */
  action?: string | null;
  /** Inclusive bounds on `occurred_at`. */
  from?: Date | null;
  to?: Date | null;
  offset: number;
  limit: number;
}

/** One audit row as people read it: who, what, when, why, and the state before and after. */
export interface AuditTrailEntry {
  service: string;
  seq: number;
  occurredAt: string;
  actor: string;
  party: string | null;
  action: string;
  subject: string;
  reason: string | null;
  before: string | null;
  after: string | null;
  correlationId: string;
}

export interface AuditTrailPage {
  total: number;
  offset: number;
  limit: number;
  entries: AuditTrailEntry[];
}

/** The detail keys that say why a change was made, in the order they are looked for. */
const REASON_KEYS = ['reason', 'rationale', 'explanation'] as const;

/**
 * The readable parts of a row's details. Convention of every service's `tx.audit(...)`: a change that
 * has a previous state records `details.before` and `details.after`; one that records only the new state
 * records it as the details themselves. The "why" is `details.reason` (or `rationale`/`explanation`).
 * So: `before` = details.before; `after` = details.after, or else the details without the reason;
 * both as JSON text with sorted keys.
 */
export function readableDetails(details: unknown): Pick<AuditTrailEntry, 'reason' | 'before' | 'after'> {
  const d =
    details !== null && typeof details === 'object' && !Array.isArray(details)
      ? (details as Record<string, unknown>)
      : null;
  if (!d) return { reason: null, before: null, after: details == null ? null : canonicalJson(details) };
  const reasonKey = REASON_KEYS.find((k) => typeof d[k] === 'string' && (d[k] as string).trim());
  const reason = reasonKey ? (d[reasonKey] as string) : null;
  const before = 'before' in d ? canonicalJson(d.before) : null;
  let after: string | null;
  if ('after' in d) after = canonicalJson(d.after);
  else {
    const rest = Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'before' && k !== reasonKey));
    after = Object.keys(rest).length ? canonicalJson(rest) : null;
  }
  return { reason, before, after };
}

/** A page of the service's audit trail, newest first, filtered in the database. */
export async function readAuditTrail(
  db: DataSource | EntityManager,
  schema: string,
  criteria: AuditTrailCriteria,
  visibility: AuditTrailVisibility,
): Promise<AuditTrailPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!visibility.all) {
    const common = visibility.actionPrefixes.map((p) => `action LIKE ${param(`${escapeLike(p)}%`)}`);
    const commonRow = common.length
      ? `((${common.join(' OR ')}) AND details->>'ownerParty' IS NULL)`
      : 'false';
    where.push(`(party = ${param(visibility.party)} OR ${commonRow})`);
  }
  if (criteria.actor) where.push(`actor = ${param(criteria.actor)}`);
  if (criteria.party) where.push(`party = ${param(criteria.party)}`);
  if (criteria.subject) where.push(`subject = ${param(criteria.subject)}`);
  if (criteria.action)
    where.push(
      criteria.action.endsWith('.')
        ? `action LIKE ${param(`${escapeLike(criteria.action)}%`)}`
        : `action = ${param(criteria.action)}`,
    );
  if (criteria.from) where.push(`occurred_at >= ${param(criteria.from.toISOString())}`);
  if (criteria.to) where.push(`occurred_at <= ${param(criteria.to.toISOString())}`);
  const s = quoteSchema(schema);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }]: { total: string }[] = await db.query(
    `SELECT count(*) AS total FROM ${s}.audit_log ${whereSql}`,
    params,
  );
  const rows: any[] = await db.query(
    `SELECT seq, occurred_at, actor, party, action, subject, correlation_id, details
     FROM ${s}.audit_log ${whereSql} ORDER BY seq DESC OFFSET ${param(criteria.offset)} LIMIT ${param(criteria.limit)}`,
    params,
  );
  return {
    total: Number(total),
    offset: criteria.offset,
    limit: criteria.limit,
    entries: rows.map((r) => ({
      service: schema,
      seq: Number(r.seq),
      occurredAt: new Date(r.occurred_at).toISOString(),
      actor: r.actor,
      party: r.party,
      action: r.action,
      subject: r.subject,
      correlationId: r.correlation_id,
      ...readableDetails(r.details),
    })),
  };
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

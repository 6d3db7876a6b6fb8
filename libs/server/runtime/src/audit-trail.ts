import { badUserInput, FieldProblem, shared } from '@mkib/domain-shared';
import { authorise, Principal, readablePartyOrNotFound } from '@mkib/server-auth';
import type { AuditTrailCriteria, AuditTrailVisibility } from '@mkib/server-persistence';

/** `AuditTrailFilter` of the shared SDL. */
export interface AuditTrailFilterInput {
  actor?: string | null;
  party?: string | null;
  subject?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  offset?: number | null;
  limit?: number | null;
}

export const AUDIT_TRAIL_MAX_LIMIT = 200;

/**
 * The common objects in each service's trail, by action prefix: what every party shares and the LMS
 * (beheerder) looks after: the catalogue, the BBN profiles and supplementary measures, the policy's
 * versions, the facilities (and policy's copy of their state), the cycle and the SMB's signals, the
 * party register. A framework row naming an `ownerParty` is that party's own framework and stays with
 * that party (persistence).
 */
export const COMMON_AUDIT_ACTIONS: Record<string, readonly string[]> = {
  policy: [
    'framework.',
    'mappings.',
    'bbn-profile.',
    'supplementary-measures.',
    'facility-state.',
    'policy.version.',
  ],
  risk: ['facility.', 'risk-scale.'],
  icv: ['party-register.'],
  governance: ['cycle.', 'smb-signal.'],
};

/**
 * Which of a service's audit rows the caller reads (`audit-trail.read`): the auditor all; a board
 * (SMB/BMB) the whole governance trail (the agenda, advice, decisions, instructions and cycle it
 * discusses), the common objects elsewhere and its own party's rows; the LMS the common objects and
 * its own; any other party its own rows (`party` = its party).
 */
export function auditTrailVisibility(principal: Principal, service: string): AuditTrailVisibility {
  const grants = authorise(principal, 'audit-trail.read');
  const has = (condition: string) => grants.some((g) => g.condition === condition);
  if (has('any')) return { all: true };
  const common = [...(COMMON_AUDIT_ACTIONS[service] ?? [])];
  if (has('before-my-board'))
    return service === 'governance'
      ? { all: true }
      : { all: false, party: principal.party, actionPrefixes: common };
  if (has('common-objects')) return { all: false, party: principal.party, actionPrefixes: common };
  return { all: false, party: principal.party, actionPrefixes: [] };
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date (its first or last instant) or timestamp; null when it is neither. */
function instant(value: string, endOfDay: boolean): Date | null {
  if (ISO_DATE.test(value)) {
    const d = new Date(`${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
  }
  if (!ISO_TIMESTAMP.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Validates the filter (BAD_USER_INPUT with the problems) and turns it into criteria. */
export function auditTrailCriteria(filter: AuditTrailFilterInput | null | undefined): AuditTrailCriteria {
  const f = filter ?? {};
  const offset = f.offset ?? 0;
  const limit = f.limit ?? 50;
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_TRAIL_MAX_LIMIT)
    problems.push(shared.problem('filter.limit', 'field.between', { min: 1, max: AUDIT_TRAIL_MAX_LIMIT }));
  if (!Number.isInteger(offset) || offset < 0)
    problems.push(shared.problem('filter.offset', 'field.notNegative'));
  const from = f.from ? instant(f.from.trim(), false) : null;
  const to = f.to ? instant(f.to.trim(), true) : null;
  if (f.from && !from) problems.push(shared.problem('filter.from', 'field.dateOrTimestamp'));
  if (f.to && !to) problems.push(shared.problem('filter.to', 'field.dateOrTimestamp'));
  if (from && to && to < from)
    problems.push(shared.problem('filter.to', 'field.dateAfter', { other: 'from', date: f.from! }));
  if (problems.length) throw badUserInput(problems);
  const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    actor: text(f.actor),
    party: text(f.party),
    subject: text(f.subject),
    action: text(f.action),
    from,
    to,
    offset,
    limit,
  };
}

/**
 * A party-only reader asking for another party's rows gets NOT_FOUND, as for any record of another
 * party; readers with a wider reach get the (possibly empty) page.
 */
export function checkTrailParty(
  principal: Principal,
  visibility: AuditTrailVisibility,
  party: string | null | undefined,
): void {
  if (!party || visibility.all || visibility.actionPrefixes.length) return;
  readablePartyOrNotFound(principal, 'audit-trail.read', party, (p) =>
    shared.notFound('record.notVisible', { what: 'audit trail', party: p }),
  );
}

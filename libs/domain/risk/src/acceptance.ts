import { badUserInput, FieldProblem, fieldRules } from '@mkib/domain-shared';
import { risk as m } from './messages';
import { levelRank } from './risk-scale';
import { RISK_LEVELS, RiskAcceptanceState, RiskLevel, RiskTreatmentKind } from './risk-analysis-types';

export const ACCEPTANCE_REASONING_MAX = 4000;

export interface Acceptance {
  state: RiskAcceptanceState;
  proposedBy: string;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reasoning: string | null;
  reviewDate: string | null;
}

/** Accepting a residual level above the party's acceptance level needs its accountable official. */
export const needsAcceptanceDecision = (
  kind: RiskTreatmentKind,
  residual: RiskLevel,
  acceptanceLevel: RiskLevel,
): boolean => kind === 'ACCEPTEREN' && levelRank(residual) > levelRank(acceptanceLevel);

/** What an acceptance decision is about: a risk's content as the accountable official saw it. */
export interface AcceptedContent {
  title: string;
  description: string;
  facilityCode: string;
  /** Threats by name (ids change when the threats are replaced). */
  threats: string[];
  inherent: { likelihood: number; impact: number };
  residual: { likelihood: number; impact: number; level: RiskLevel };
  treatment: { kind: RiskTreatmentKind; description: string; owner: string; dueDate: string };
}

const contentKey = (c: AcceptedContent): string =>
  JSON.stringify([
    c.title.trim(),
    c.description.trim(),
    c.facilityCode,
    [...c.threats].map((t) => t.trim()).sort(),
    [c.inherent.likelihood, c.inherent.impact, c.residual.likelihood, c.residual.impact],
    [c.treatment.kind, c.treatment.description.trim(), c.treatment.owner.trim(), c.treatment.dueDate],
  ]);

/** A new proposal to accept, by `actor` (four eyes: another person decides it). */
export const proposedAcceptance = (actor: string, now: Date): Acceptance => ({
  state: 'VOORGESTELD',
  proposedBy: actor,
  proposedAt: now,
  decidedBy: null,
  decidedAt: null,
  reasoning: null,
  reviewDate: null,
});

/**
 * The acceptance a risk carries after an edit: none unless it needs a decision; the earlier one (proposed
 * or decided) only when the risk's content is unchanged (title, description, facility, threats, both
 * scores, treatment kind, description, owner and due date); else a new proposal by the editor, so a
 * decision never covers content its decider did not see (four eyes).
 */
export function acceptanceAfterEdit(
  next: AcceptedContent,
  previous: (AcceptedContent & { acceptance: Acceptance | null }) | null,
  acceptanceLevel: RiskLevel,
  actor: string,
  now: Date,
): Acceptance | null {
  if (!needsAcceptanceDecision(next.treatment.kind, next.residual.level, acceptanceLevel)) return null;
  if (previous?.acceptance && contentKey(previous) === contentKey(next)) return previous.acceptance;
  return proposedAcceptance(actor, now);
}

/**
 * The acceptance a risk's copy carries in a revision: a decision belongs to the version it was made on, so
 * a copy that still needs one gets a new proposal by the reviser.
 */
export const acceptanceOnRevision = (
  kind: RiskTreatmentKind,
  residual: RiskLevel,
  acceptanceLevel: RiskLevel,
  actor: string,
  now: Date,
): Acceptance | null =>
  needsAcceptanceDecision(kind, residual, acceptanceLevel) ? proposedAcceptance(actor, now) : null;

/**
 * The accountable official's decision (four eyes): reasoning and a review date after today; only a
 * proposed acceptance, never by the one who proposed it.
 */
export function decideAcceptance(
  acceptance: Acceptance | null,
  input: { approve: boolean; reasoning: string; reviewDate: string },
  actor: string,
  today: string,
  now: Date,
): Acceptance {
  const problems: FieldProblem[] = [
    ...fieldRules.text('reasoning', input.reasoning, { max: ACCEPTANCE_REASONING_MAX }),
  ];
  const date = fieldRules.date('reviewDate', input.reviewDate);
  problems.push(
    ...(date.length ? date : input.reviewDate <= today ? [m.problem('reviewDate', 'risk.date.future')] : []),
  );
  if (problems.length) throw badUserInput(problems);
  if (!acceptance || acceptance.state !== 'VOORGESTELD') throw m.conflict('risk.acceptance.notProposed');
  if (acceptance.proposedBy === actor) throw m.conflict('risk.acceptance.ownProposal');
  return {
    ...acceptance,
    state: input.approve ? 'GOEDGEKEURD' : 'AFGEWEZEN',
    decidedBy: actor,
    decidedAt: now,
    reasoning: input.reasoning.trim(),
    reviewDate: input.reviewDate,
  };
}

/** Finalising waits for every proposed acceptance, and a rejected one needs another treatment first. */
export function checkAcceptancesSettled(
  risks: { title: string; acceptance: { state: RiskAcceptanceState } | null }[],
): void {
  const pending = risks.filter((r) => r.acceptance?.state === 'VOORGESTELD').map((r) => r.title);
  if (pending.length) throw m.conflict('risk.analysis.acceptancePending', { risks: pending.join(', ') });
  const rejected = risks.filter((r) => r.acceptance?.state === 'AFGEWEZEN').map((r) => r.title);
  if (rejected.length) throw m.conflict('risk.analysis.acceptanceRejected', { risks: rejected.join(', ') });
}

export const isRiskLevel = (v: unknown): v is RiskLevel => RISK_LEVELS.includes(v as RiskLevel);

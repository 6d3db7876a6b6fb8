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

/**
 * The acceptance a risk carries after an edit: none unless it needs a decision; the earlier one when the
 * treatment stayed ACCEPTEREN at the same residual level (a decision stays valid); else a new proposal by
 * the editor.
 */
export function acceptanceAfterEdit(
  next: { kind: RiskTreatmentKind; residual: RiskLevel },
  previous: { kind: RiskTreatmentKind; residual: RiskLevel; acceptance: Acceptance | null } | null,
  acceptanceLevel: RiskLevel,
  actor: string,
  now: Date,
): Acceptance | null {
  if (!needsAcceptanceDecision(next.kind, next.residual, acceptanceLevel)) return null;
  if (previous?.acceptance && previous.kind === next.kind && previous.residual === next.residual)
    return previous.acceptance;
  return {
    state: 'VOORGESTELD',
    proposedBy: actor,
    proposedAt: now,
    decidedBy: null,
    decidedAt: null,
    reasoning: null,
    reviewDate: null,
  };
}

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

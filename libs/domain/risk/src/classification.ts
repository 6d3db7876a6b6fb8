import { addYears, badUserInput, FieldProblem, fieldRules } from '@mkib/domain-shared';
import { risk as m } from './messages';

/** BIV: beschikbaarheid (availability), integriteit (integrity), vertrouwelijkheid (confidentiality). */
export const BIV_NIVEAUS = ['LAAG', 'MIDDEN', 'HOOG'] as const;
export type BivNiveau = (typeof BIV_NIVEAUS)[number];

export interface BivRating {
  beschikbaarheid: BivNiveau;
  integriteit: BivNiveau;
  vertrouwelijkheid: BivNiveau;
}

/** BBN: basisbeveiligingsniveau (basic security level) 1, 2 or 3. */
export const BBN_LEVELS = [1, 2, 3] as const;
export type Bbn = (typeof BBN_LEVELS)[number];

/** Above this level a supplementary risk analysis decides the measures beyond the BIO (SK-4.3). */
export const HIGHEST_BBN_WITHOUT_SUPPLEMENTARY_ANALYSIS: Bbn = 2;

/** A BIV rating must be re-calibrated regularly (SK-2.2d): at most this many years ahead. */
export const MAX_REVIEW_YEARS_AHEAD = 3;
export const RATIONALE_MAX_LENGTH = 4000;

export type SupplementaryAnalysisStatus = 'VEREIST' | 'NIET_MEER_VEREIST' | 'AFGEROND';

export interface SupplementaryAnalysis {
  status: SupplementaryAnalysisStatus;
  requiredSince: string;
  reason: string;
  /** YYYY-MM-DD: the analysis' deadline (absent on a requirement recorded before analyses existed). */
  dueDate?: string | null;
  /** The supplementary analysis (kind AANVULLEND) linked to this requirement. */
  analysisId?: string | null;
  /** When that analysis became final (status AFGEROND). */
  completedAt?: string | null;
}

export interface FacilityClassificationState {
  code: string;
  biv: BivRating;
  bbn: Bbn;
  reviewDue: string;
  supplementaryAnalysis: SupplementaryAnalysis | null;
}

export interface ClassifyFacilityCommand {
  biv: { beschikbaarheid: string; integriteit: string; vertrouwelijkheid: string };
  bbn: number;
  rationale: string;
  reviewDue: string;
}

export interface ClassificationOutcome {
  next: FacilityClassificationState;
  rationale: string;
  /** True when this classification takes the facility above BBN2: the SK-4.3 trigger. */
  raisedAboveBbn2: boolean;
  previousBbn: Bbn;
}

/**
 * Validates a classification of a facility and works out its consequences. Pure: the caller persists.
 * `today` is an ISO date so the rule is testable without a clock.
 */
export function classifyFacility(
  current: FacilityClassificationState,
  command: ClassifyFacilityCommand,
  today: string,
  now: Date,
): ClassificationOutcome {
  const problems: FieldProblem[] = [];
  for (const aspect of ['beschikbaarheid', 'integriteit', 'vertrouwelijkheid'] as const)
    problems.push(...fieldRules.oneOf(`biv.${aspect}`, command.biv?.[aspect], BIV_NIVEAUS));
  if (!BBN_LEVELS.includes(command.bbn as Bbn)) problems.push(m.problem('bbn', 'risk.bbn.level'));
  const rationale = (command.rationale ?? '').trim();
  if (rationale.length === 0) problems.push(m.problem('rationale', 'risk.rationale.required'));
  else problems.push(...fieldRules.text('rationale', rationale, { max: RATIONALE_MAX_LENGTH }));
  const reviewDue = fieldRules.date('reviewDue', command.reviewDue);
  if (reviewDue.length) problems.push(...reviewDue);
  else if (command.reviewDue <= today) problems.push(m.problem('reviewDue', 'risk.reviewDue.future'));
  else if (command.reviewDue > addYears(today, MAX_REVIEW_YEARS_AHEAD))
    problems.push(m.problem('reviewDue', 'risk.reviewDue.tooFar', { years: MAX_REVIEW_YEARS_AHEAD }));
  if (problems.length > 0) throw badUserInput(problems);

  const bbn = command.bbn as Bbn;
  const raisedAboveBbn2 =
    bbn > HIGHEST_BBN_WITHOUT_SUPPLEMENTARY_ANALYSIS &&
    current.bbn <= HIGHEST_BBN_WITHOUT_SUPPLEMENTARY_ANALYSIS;

  let supplementaryAnalysis = current.supplementaryAnalysis;
  if (raisedAboveBbn2) {
    supplementaryAnalysis = {
      status: 'VEREIST',
      requiredSince: now.toISOString(),
      reason: `BBN raised from ${current.bbn} to ${bbn}: a supplementary risk analysis decides the measures beyond the BIO`,
    };
  } else if (
    bbn <= HIGHEST_BBN_WITHOUT_SUPPLEMENTARY_ANALYSIS &&
    supplementaryAnalysis?.status === 'VEREIST'
  ) {
    supplementaryAnalysis = { ...supplementaryAnalysis, status: 'NIET_MEER_VEREIST' };
  }

  return {
    next: {
      code: current.code,
      biv: command.biv as BivRating,
      bbn,
      reviewDue: command.reviewDue,
      supplementaryAnalysis,
    },
    rationale,
    raisedAboveBbn2,
    previousBbn: current.bbn,
  };
}

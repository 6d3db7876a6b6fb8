import { badUserInput, fieldRules } from '@mkib/domain-shared';
import { risk as m } from './messages';
import { RiskAnalysisState, RiskTreatmentKind } from './risk-analysis-types';

/** A treatment's status in risk: open until its owner party reports it done (issue 17). */
export const RISK_TREATMENT_STATUSES = ['OPEN', 'AFGEROND'] as const;
export type RiskTreatmentStatus = (typeof RISK_TREATMENT_STATUSES)[number];

/** What `risk.treatment.changed` announces: a superseded treatment also goes VERVALLEN. */
export type RiskTreatmentChangeStatus = RiskTreatmentStatus | 'VERVALLEN';

export const TREATMENT_COMPLETION_NOTE_MAX = 2000;

/**
 * Reporting a treatment done ("gereed melden"): a note is required; only a treatment of a final
 * (DEFINITIEF) analysis, not a MITIGEREN one (its measures are an icv finding, completed there), and once.
 * Field problems come before state conflicts.
 */
export function completeTreatment(
  t: {
    kind: RiskTreatmentKind;
    status: RiskTreatmentStatus;
    analysisState: RiskAnalysisState;
    number: string;
  },
  note: string,
  actor: string,
  now: Date,
): { status: 'AFGEROND'; completedBy: string; completedAt: Date; completionNote: string } {
  const problems = fieldRules.text('note', note, { max: TREATMENT_COMPLETION_NOTE_MAX });
  if (problems.length) throw badUserInput(problems);
  if (t.analysisState !== 'DEFINITIEF')
    throw m.conflict('risk.treatment.analysisNotFinal', { number: t.number });
  if (t.kind === 'MITIGEREN') throw m.conflict('risk.treatment.mitigationIsFinding');
  if (t.status === 'AFGEROND') throw m.conflict('risk.treatment.alreadyCompleted');
  return { status: 'AFGEROND', completedBy: actor, completedAt: now, completionNote: note.trim() };
}

import { badUserInput, FieldProblem, fieldRules } from '@mkib/domain-shared';
import { partyName } from './export-labels';
import { risk as m } from './messages';
import { wrongState } from './risk-analysis';
import {
  RISK_CONSULTATION_POSITIONS,
  RiskAnalysisScope,
  RiskAnalysisState,
  RiskConsultationPosition,
} from './risk-analysis-types';

export const REASONING_MAX = 4000;
export const NOTE_MAX = 4000;

/** The consulted parties: the facility's hoofdgebruikers (its usedBy) when the round opens (SK-4.2). */
export const consultedParties = (usedBy: readonly string[]): string[] => [...new Set(usedBy)].sort();

/** Opening the consultation: the LMS's analysis of a shared facility in CONCEPT, with risks, respondBy after today. */
export function validateOpenConsultation(a: {
  scope: RiskAnalysisScope;
  state: RiskAnalysisState;
  number: string;
  riskCount: number;
  respondBy: string;
  today: string;
}): void {
  const date = fieldRules.date('respondBy', a.respondBy);
  if (date.length) throw badUserInput(date);
  if (a.respondBy <= a.today) throw badUserInput([m.problem('respondBy', 'risk.date.future')]);
  if (a.scope !== 'GEDEELDE_VOORZIENING')
    throw m.conflict('risk.consultation.onlyShared', { number: a.number });
  if (a.state !== 'CONCEPT') throw wrongState(a.number, a.state, 'openConsultation');
  if (a.riskCount === 0) throw m.conflict('risk.consultation.noRisks', { number: a.number });
}

/** A response: a known position with reasoning (required for every position). */
export function validateResponse(input: { position: string; reasoning: string }): {
  position: RiskConsultationPosition;
  reasoning: string;
} {
  const problems: FieldProblem[] = [
    ...fieldRules.oneOf('position', input.position, RISK_CONSULTATION_POSITIONS),
    ...fieldRules.text('reasoning', input.reasoning, { max: REASONING_MAX }),
  ];
  if (problems.length) throw badUserInput(problems);
  return { position: input.position as RiskConsultationPosition, reasoning: input.reasoning.trim() };
}

/** Only a remark or a disagreement is answered. */
export const needsAnswer = (position: RiskConsultationPosition): boolean => position !== 'AKKOORD';

export function validateAnswer(
  input: { answer: string },
  response: { position: RiskConsultationPosition; party: string },
): string {
  const problems = fieldRules.text('answer', input.answer, { max: REASONING_MAX });
  if (problems.length) throw badUserInput(problems);
  if (!needsAnswer(response.position))
    throw m.conflict('risk.consultation.nothingToAnswer', { party: partyName(response.party) });
  return input.answer.trim();
}

export interface FinaliseFacts {
  number: string;
  scope: RiskAnalysisScope;
  state: RiskAnalysisState;
  dueDate: string | null;
  consultation: {
    respondBy: string;
    parties: string[];
    responses: { party: string; position: RiskConsultationPosition; answer: string | null }[];
  } | null;
  pastDeadlineNote?: string | null;
  today: string;
}

export interface FinaliseOutcome {
  /** Finalised after the due date, or past respondBy without every response. */
  late: boolean;
  missing: string[];
  note: string | null;
}

/**
 * Whether an analysis may become final (SK-4.2). A shared-facility analysis only from CONSULTATIE: while a
 * consulted party has not responded and respondBy has not passed, refused naming the parties; past
 * respondBy it needs the LMS's note; every remark and disagreement must be answered. A party's own
 * analysis goes from CONCEPT directly.
 */
export function checkFinalise(f: FinaliseFacts): FinaliseOutcome {
  const note = (f.pastDeadlineNote ?? '').trim() || null;
  const noteProblems = fieldRules.optionalText('pastDeadlineNote', note, NOTE_MAX);
  if (noteProblems.length) throw badUserInput(noteProblems);
  const expected: RiskAnalysisState = f.scope === 'GEDEELDE_VOORZIENING' ? 'CONSULTATIE' : 'CONCEPT';
  if (f.state === 'CONCEPT' && expected === 'CONSULTATIE')
    throw m.conflict('risk.analysis.consultationRequired', { number: f.number });
  if (f.state !== expected) throw wrongState(f.number, f.state, 'finalise');
  const c = f.consultation;
  const missing = c ? c.parties.filter((p) => !c.responses.some((r) => r.party === p)) : [];
  const pastRespondBy = c ? f.today > c.respondBy : false;
  const names = (codes: string[]) => codes.map(partyName).join(', ');
  if (missing.length > 0 && pastRespondBy && !note)
    throw badUserInput([
      m.problem('pastDeadlineNote', 'risk.analysis.pastDeadlineNoteRequired', {
        parties: names(missing),
      }),
    ]);
  if (missing.length > 0 && !pastRespondBy)
    throw m.conflict('risk.analysis.responsesMissing', {
      parties: names(missing),
      respondBy: c!.respondBy,
    });
  // The note explains a finalisation without every response past the deadline, and nothing else (SK-T3).
  if (note && !(missing.length > 0 && pastRespondBy))
    throw badUserInput([m.problem('pastDeadlineNote', 'risk.analysis.noteNotApplicable')]);
  const unanswered = c
    ? c.responses.filter((r) => needsAnswer(r.position) && !r.answer).map((r) => r.party)
    : [];
  if (unanswered.length > 0)
    throw m.conflict('risk.analysis.disagreementUnanswered', { parties: names(unanswered) });
  const late = missing.length > 0 || (f.dueDate !== null && f.today > f.dueDate);
  return { late, missing, note };
}

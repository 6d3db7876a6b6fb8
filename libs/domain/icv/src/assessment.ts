import { FieldProblem, fieldRules } from '@mkib/domain-shared';
import { icvMessage as m } from './messages';

/**
 * The self-assessment (zelfevaluatie) a party makes every year over the measures that apply to it
 * (SK-4.1, SK-4.5 for the LMS; SK-5.1, SK-5.3 for a hoofdgebruiker): per measure how far it is
 * implemented. "Not applicable" needs a justification an auditor can follow.
 */
export const MEASURE_STATUSES = ['GEIMPLEMENTEERD', 'DEELS', 'NIET', 'NIET_VAN_TOEPASSING'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MIN_JUSTIFICATION = 10;
/** A finding is open until its improvement action is done. */
export const FINDING_STATUSES = ['OPEN', 'AFGEROND'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const MAX_TEXT = 4_000;

/** The status given to one measure, with its justification. */
export interface MeasureAssessment {
  status: string;
  justification?: string | null;
}

/** Problems with one entry, with field names under `prefix` (e.g. `input.entries[3]`). */
export function checkAssessmentEntry(entry: MeasureAssessment, prefix = 'input'): FieldProblem[] {
  const problems = fieldRules.oneOf(`${prefix}.status`, entry.status, MEASURE_STATUSES);
  const justification = entry.justification?.trim() ?? '';
  if (entry.status === 'NIET_VAN_TOEPASSING' && justification.length < MIN_JUSTIFICATION)
    problems.push(
      m.problem(`${prefix}.justification`, 'icv.assessment.justificationMin', { min: MIN_JUSTIFICATION }),
    );
  problems.push(...fieldRules.optionalText(`${prefix}.justification`, justification, MAX_TEXT));
  return problems;
}

/** At least one, at most MAX_ENTRIES measures at once. */
export const MAX_ENTRIES = 1000;
export function checkAssessmentEntries(entries: MeasureAssessment[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (entries.length === 0) problems.push(m.problem('input.entries', 'icv.assessment.entriesRequired'));
  if (entries.length > MAX_ENTRIES)
    problems.push(m.problem('input.entries', 'icv.assessment.entriesMax', { max: MAX_ENTRIES }));
  entries.forEach((e, i) => problems.push(...checkAssessmentEntry(e, `input.entries[${i}]`)));
  return problems;
}

/** A finding names what is wrong, the improvement action and its owner, and a due date. */
export function checkFinding(input: {
  description: string;
  action: string;
  owner: string;
  dueDate: string;
}): FieldProblem[] {
  return [
    ...fieldRules.text('input.description', input.description, { max: MAX_TEXT }),
    ...fieldRules.text('input.action', input.action, { max: MAX_TEXT }),
    ...fieldRules.text('input.owner', input.owner, { max: MAX_TEXT }),
    ...fieldRules.date('input.dueDate', input.dueDate),
  ];
}

/** Progress on a finding: the improvement action, its owner and due date as they stand now. */
export function checkFindingProgress(input: {
  action: string;
  owner: string;
  dueDate: string;
}): FieldProblem[] {
  return [
    ...fieldRules.text('input.action', input.action, { max: MAX_TEXT }),
    ...fieldRules.text('input.owner', input.owner, { max: MAX_TEXT }),
    ...fieldRules.date('input.dueDate', input.dueDate),
  ];
}

export interface AssessmentProgress {
  applicable: number;
  assessed: number;
  implemented: number;
  partly: number;
  notImplemented: number;
  notApplicable: number;
  /** Whole percentages, rounded down: 100 only when every measure is assessed. */
  percentAssessed: number;
  /** Of the measures that apply (not-applicable ones left out), the share implemented. */
  percentImplemented: number;
}

/** Progress over the measures that apply; entries for measures no longer applicable do not count. */
export function assessmentProgress(
  applicable: string[],
  entries: Map<string, MeasureStatus>,
): AssessmentProgress {
  const count = (s: MeasureStatus) => applicable.filter((m) => entries.get(m) === s).length;
  const implemented = count('GEIMPLEMENTEERD');
  const partly = count('DEELS');
  const notImplemented = count('NIET');
  const notApplicable = count('NIET_VAN_TOEPASSING');
  const assessed = implemented + partly + notImplemented + notApplicable;
  const relevant = applicable.length - notApplicable;
  return {
    applicable: applicable.length,
    assessed,
    implemented,
    partly,
    notImplemented,
    notApplicable,
    percentAssessed: applicable.length ? Math.floor((assessed * 100) / applicable.length) : 100,
    percentImplemented: relevant > 0 ? Math.floor((implemented * 100) / relevant) : 100,
  };
}

/** The three statements an ICV can make. */
export const STATEMENTS = ['IN_CONTROL', 'IN_CONTROL_MET_UITZONDERINGEN', 'NIET_IN_CONTROL'] as const;
export type Statement = (typeof STATEMENTS)[number];
/** Above this share of measures partly or not implemented, the proposal is "not in control". */
export const EXCEPTION_LIMIT_PERCENT = 20;

/**
 * The statement the assessment suggests; the organisation chooses the statement itself (and must
 * explain exceptions). A measure nobody assessed counts as not implemented: an unfinished assessment
 * never proposes more than it shows.
 */
export function proposeStatement(progress: AssessmentProgress): Statement {
  const unassessed = progress.applicable - progress.assessed;
  const gaps = progress.partly + progress.notImplemented + unassessed;
  if (gaps === 0) return 'IN_CONTROL';
  const relevant = progress.applicable - progress.notApplicable;
  return gaps * 100 <= relevant * EXCEPTION_LIMIT_PERCENT
    ? 'IN_CONTROL_MET_UITZONDERINGEN'
    : 'NIET_IN_CONTROL';
}

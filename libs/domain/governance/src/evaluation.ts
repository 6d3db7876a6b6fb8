import { FieldProblem, fieldRules, isIsoDate } from '@mkib/domain-shared';
import { FINDING_STATES } from './investigations';
import { governance as m } from './messages';

/**
 * The five-yearly evaluation of the regulation by the Minister of JenV (SK-6, art. 6): evaluation audits
 * with period, scope, auditor, findings with follow-up and report; extra audits (e.g. after an incident);
 * and the five-year warning, from the clock.
 */

export const EVALUATION_KINDS = ['VIJFJAARLIJKS', 'EXTRA'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export const EVALUATION_STATES = ['LOPEND', 'AFGEROND'] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];

/** Years between two five-yearly evaluations (art. 6) and the months of warning before (SK-6). */
export const EVALUATION_INTERVAL_YEARS = 5;
export const EVALUATION_WARNING_MONTHS = 12;

const TITLE = { max: 200 };
const SCOPE = { max: 4_000 };
const AUDITOR = { max: 200 };
const REASON = { max: 4_000 };
const FINDING = { max: 4_000 };
const FOLLOW_UP = 4_000;
export const MAX_EVALUATION_FINDINGS = 100;

export interface EvaluationStart {
  kind: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  scope: string;
  auditor: string;
  reason?: string | null;
}

/** The rules of a new evaluation audit: a period from ≤ to, title, scope, auditor; an extra one a reason. */
export function checkEvaluationStart(input: EvaluationStart): FieldProblem[] {
  const problems = [
    ...fieldRules.oneOf('input.kind', input.kind, EVALUATION_KINDS),
    ...fieldRules.text('input.title', input.title, TITLE),
    ...fieldRules.date('input.periodFrom', input.periodFrom),
    ...fieldRules.date('input.periodTo', input.periodTo),
    ...fieldRules.text('input.scope', input.scope, SCOPE),
    ...fieldRules.text('input.auditor', input.auditor, AUDITOR),
  ];
  if (isIsoDate(input.periodFrom) && isIsoDate(input.periodTo) && input.periodFrom > input.periodTo)
    problems.push(m.problem('input.periodTo', 'governance.evaluation.periodOrder'));
  if (input.kind === 'EXTRA') {
    if (!(input.reason ?? '').trim())
      problems.push(m.problem('input.reason', 'governance.evaluation.reasonRequired'));
    else problems.push(...fieldRules.text('input.reason', input.reason, REASON));
  } else problems.push(...fieldRules.optionalText('input.reason', input.reason, REASON.max));
  return problems;
}

export interface FindingInput {
  id?: string | null;
  text: string;
  followUp?: string | null;
  state?: string | null;
}

/** The findings of a result: each a text, an optional follow-up, OPEN or AFGEHANDELD; known ids only. */
export function checkEvaluationFindings(findings: readonly FindingInput[], knownIds: readonly string[]) {
  const problems: FieldProblem[] = [];
  if (findings.length > MAX_EVALUATION_FINDINGS)
    problems.push(
      m.problem('input.findings', 'governance.evaluation.tooManyFindings', { max: MAX_EVALUATION_FINDINGS }),
    );
  findings.slice(0, MAX_EVALUATION_FINDINGS).forEach((f, i) => {
    const at = `input.findings.${i}`;
    problems.push(...fieldRules.text(`${at}.text`, f.text, FINDING));
    problems.push(...fieldRules.optionalText(`${at}.followUp`, f.followUp, FOLLOW_UP));
    if (f.state != null) problems.push(...fieldRules.oneOf(`${at}.state`, f.state, FINDING_STATES));
    if (f.id != null && !knownIds.includes(f.id))
      problems.push(m.problem(`${at}.id`, 'governance.evaluation.unknownFinding'));
  });
  return problems;
}

// The report's rules are the investigations' (checkReportFile in ./investigations): one way for a report.

/**
 * Completing: a completedOn date, not in the future, not before the period began, and a report (uploaded
 * before or with it).
 */
export function checkEvaluationCompletion(
  completedOn: string,
  hasReport: boolean,
  periodFrom: string,
  today: string,
): FieldProblem[] {
  const problems = fieldRules.date('input.completedOn', completedOn);
  if (!problems.length && completedOn > today)
    problems.push(m.problem('input.completedOn', 'governance.evaluation.completedInFuture'));
  if (!problems.length && completedOn < periodFrom)
    problems.push(m.problem('input.completedOn', 'governance.evaluation.completedBeforePeriod'));
  if (!hasReport) problems.push(m.problem('input.report', 'governance.evaluation.reportRequired'));
  return problems;
}

/** A completed evaluation is read-only. */
export function assertEvaluationOpen(state: string) {
  if (state === 'AFGEROND') throw m.conflict('governance.evaluation.completedAlready');
}

const shiftYears = (day: string, years: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};
const shiftMonths = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** The entry into force: the day after the publication in the Staatscourant (art. 7). */
export function entryIntoForce(publishedOn: string): string {
  const d = new Date(`${publishedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface EvaluationSchedule {
  inForceSince: string;
  lastCompletedOn: string | null;
  dueBy: string;
  warnFrom: string;
  warning: boolean;
  overdue: boolean;
}

/**
 * When the next five-yearly evaluation is due: five years after the last completed VIJFJAARLIJKS
 * evaluation, or after the entry into force when there is none; the warning from twelve months before
 * until one is completed (a completed one moves dueBy on); overdue after dueBy.
 */
export function evaluationSchedule(
  today: string,
  lastCompletedVijfjaarlijks: string | null,
  inForceSince: string,
): EvaluationSchedule {
  const from = lastCompletedVijfjaarlijks ?? inForceSince;
  const dueBy = shiftYears(from, EVALUATION_INTERVAL_YEARS);
  const warnFrom = shiftMonths(dueBy, -EVALUATION_WARNING_MONTHS);
  return {
    inForceSince,
    lastCompletedOn: lastCompletedVijfjaarlijks,
    dueBy,
    warnFrom,
    warning: today >= warnFrom,
    overdue: today > dueBy,
  };
}

/**
 * The regulation's publication date in the Staatscourant (MKIB_REGULATION_PUBLISHED_ON). Default: the
 * regulation's own date (13 February 2024, the seed text), the earliest possible issue date, so the warning
 * never comes late.
 */
export const DEFAULT_REGULATION_PUBLISHED_ON = '2024-02-13';

/** The setting, validated: a real calendar day, or the default when unset. */
export function regulationPublishedOn(value: string | undefined): string {
  const v = (value ?? '').trim();
  if (!v) return DEFAULT_REGULATION_PUBLISHED_ON;
  if (!isIsoDate(v))
    throw new Error(`MKIB_REGULATION_PUBLISHED_ON must be a date YYYY-MM-DD (got "${value}")`);
  return v;
}

import { fieldRules, FieldProblem } from '@mkib/domain-shared';
import { MAX_TEXT } from './assessment';
import { icvMessage as m } from './messages';

/**
 * Progress reports on the implementation plan (SK-2.4), one per organisation per period of the BBP
 * calendar: the security officer prepares it (CONCEPT), the accountable official signs it off as a
 * different person (ONDERTEKEND, the plan's counts frozen), then it is submitted to the SMB (INGEDIEND).
 */
export type ProgressReportState = 'CONCEPT' | 'ONDERTEKEND' | 'INGEDIEND';

export interface ProgressReportFacts {
  state: ProgressReportState;
  preparedBy: string;
}

export const checkProgressReport = (input: { summary: string }): FieldProblem[] =>
  fieldRules.text('input.summary', input.summary, { max: MAX_TEXT });

/**
 * Preparing (again): a new report, or a CONCEPT or ONDERTEKEND one (a signed report returns to CONCEPT);
 * never once submitted.
 */
export function assertProgressPreparable(report: ProgressReportFacts | null): void {
  if (report?.state === 'INGEDIEND') throw m.conflict('icv.progress.submittedAlready');
}

/** Signing: a CONCEPT report, by someone other than who prepared it (four eyes). */
export function assertProgressSignable(report: ProgressReportFacts, signer: string): void {
  if (report.state === 'INGEDIEND') throw m.conflict('icv.progress.submittedAlready');
  if (report.state === 'ONDERTEKEND') throw m.conflict('icv.progress.signedAlready');
  if (report.preparedBy === signer) throw m.conflict('icv.progress.ownReport', { actor: signer });
}

/** Submitting: a signed report, once. */
export function assertProgressSubmittable(report: ProgressReportFacts): void {
  if (report.state === 'INGEDIEND') throw m.conflict('icv.progress.submittedAlready');
  if (report.state !== 'ONDERTEKEND') throw m.conflict('icv.progress.notSigned');
}

/** Submitted after the period's report moment (the moment itself is in time). */
export const isProgressLate = (submittedDay: string, due: string): boolean => submittedDay > due;

/** The periods of a year's calendar: period n is reported on by the n-th moment, in date order. */
export const progressPeriodsOf = (moments: readonly string[]): { period: number; due: string }[] =>
  [...moments].sort().map((due, i) => ({ period: i + 1, due }));

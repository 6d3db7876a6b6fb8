import { FieldProblem, fieldRules } from '@mkib/domain-shared';
import { MAX_TEXT } from './assessment';
import { checkYear } from './icv';
import { icvMessage as m } from './messages';

/**
 * A medegebruiker (or bijzondere gebruiker) reports its implementation status once a year to the party
 * it reports to: its hoofdgebruiker, or the LMS (SK-5.4).
 */
export const MEDEGEBRUIKER_STATUSES = ['GEIMPLEMENTEERD', 'DEELS', 'NIET'] as const;
export type MedegebruikerStatus = (typeof MEDEGEBRUIKER_STATUSES)[number];
export const MIN_SUMMARY = 10;

export function checkMedegebruikerReport(
  input: { year: number; status: string; summary: string },
  now: Date,
): FieldProblem[] {
  const summary = input.summary.trim();
  return [
    ...checkYear('input.year', input.year, now),
    ...fieldRules.oneOf('input.status', input.status, MEDEGEBRUIKER_STATUSES),
    ...(summary.length < MIN_SUMMARY
      ? [m.problem('input.summary', 'icv.medegebruikerReport.summaryMin', { min: MIN_SUMMARY })]
      : fieldRules.optionalText('input.summary', summary, MAX_TEXT)),
  ];
}

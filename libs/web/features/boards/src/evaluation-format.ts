/** A YYYY-MM-DD date in words, e.g. "10 maart 2030" in Dutch; the ISO date itself when it is not one. */
export function dayInWords(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(language.startsWith('en') ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Whether the signed-in person records evaluations: JenV's evaluator (SK-6). */
export const recordsEvaluations = (session: { party: string; roles: readonly string[] }) =>
  session.party === 'jenv' && session.roles.includes('evaluator');

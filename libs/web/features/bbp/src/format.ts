/** A YYYY-MM-DD date in words, e.g. "10 maart" in Dutch; the ISO date itself when it is not one. */
export function dayInWords(iso: string | null | undefined, language: string, withYear = true): string {
  if (!iso) return '';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(language.startsWith('en') ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

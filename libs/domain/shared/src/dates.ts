/** Calendar dates travel as ISO `YYYY-MM-DD` strings; these helpers keep that one format. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Whole calendar years added, clamped to the end of February where needed. */
export function addYears(isoDate: string, years: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toIsoDate(target);
}

/** A timestamp column as ISO text for the API (null stays null). */
export const toIsoTimestamp = (d: Date | string | null | undefined): string | null =>
  d ? new Date(d).toISOString() : null;

/** A date column (driver gives a Date or 'YYYY-MM-DD…' text) as `YYYY-MM-DD`. */
export const toIsoDay = (d: Date | string): string => (typeof d === 'string' ? d.slice(0, 10) : toIsoDate(d));

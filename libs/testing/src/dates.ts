/**
 * Dates for tests, always computed from a clock: the system's time (which libfaketime may shift) or the
 * instant a test starts a platform on (`MKIB_NOW`). No test holds a literal date that passes with time.
 */

const DAY = 86_400_000;

/** `YYYY-MM-DD` (UTC) of `from` plus `offsetDays` (negative for the past). */
export function isoDay(offsetDays = 0, from: Date = new Date()): string {
  return new Date(from.getTime() + offsetDays * DAY).toISOString().slice(0, 10);
}

/** The calendar year of `from` (UTC): the year a test opens its cycle for. */
export function currentYear(from: Date = new Date()): number {
  return from.getUTCFullYear();
}

/** The deadlines of the cycle of `year`, in the order of the regulation, in the first half of the next year. */
export function cycleDatesFor(year: number) {
  return {
    medegebruikerRapportages: `${year + 1}-01-15`,
    icvIndiening: `${year + 1}-02-15`,
    smbVergadering: `${year + 1}-03-10`,
    bmbVergadering: `${year + 1}-04-05`,
  };
}

/** An instant in the January–June window of next year, when last year's cycle deadlines still run. */
export function nextYearFirstHalf(from: Date = new Date(), month = 2, day = 15): Date {
  return new Date(Date.UTC(from.getUTCFullYear() + 1, month - 1, day, 10));
}

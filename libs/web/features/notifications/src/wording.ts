/** The wording of a reminder's window: ahead of the deadline, on its day, or past it. */
export const windowWording = (r: { kind: string; daysLeft: number }) =>
  r.kind === 'VERLOPEN' ? 'overdue' : r.daysLeft === 0 ? 'today' : 'ahead';

/** A lead time the server accepts: a whole number of days, 0 to 365. */
export const validLeadDays = (value: string) => /^\d{1,3}$/.test(value.trim()) && Number(value) <= 365;

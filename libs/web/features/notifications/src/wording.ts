/** The wording of a reminder's window: ahead of the deadline, on its day, or past it. */
export const windowWording = (r: { kind: string; daysLeft: number }) =>
  r.kind === 'VERLOPEN' ? 'overdue' : r.daysLeft === 0 ? 'today' : 'ahead';

/** A lead time the server accepts: a whole number of days, 0 to 365. */
export const validLeadDays = (value: string) => /^\d{1,3}$/.test(value.trim()) && Number(value) <= 365;

/**
 * What a reminder is about, in one line: the milestone's label, with the reminder's title after it, or the
 * title alone when it already starts with the label ("Voortgangsrapportage 2026 periode 1").
 */
export const reminderWhat = (label: string, title?: string | null) =>
  !title ? label : title.toLowerCase().startsWith(label.toLowerCase()) ? title : `${label}: ${title}`;

/**
 * The pure rules behind the BBP screens: the timeline with today's place, the calendar form's values and
 * the checks it makes before sending (the server checks again and decides), the consolidation's
 * readiness, and the counts of the wishes round. No clock: `today` is passed in.
 */

export interface CalendarEntryLike {
  milestone: string;
  date: string;
  label: string;
  cycleYear?: number | null;
  period?: number | null;
}

export type TimelineItem<E extends CalendarEntryLike> =
  | { kind: 'entry'; entry: E; when: 'past' | 'today' | 'future' }
  | { kind: 'today'; date: string };

/**
 * The calendar entries in date order with one marker for today: after the entries before today, before
 * those of today and later. A year wholly in the past has the marker last, a future year first.
 */
export function timeline<E extends CalendarEntryLike>(
  entries: readonly E[],
  today: string,
): TimelineItem<E>[] {
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const items: TimelineItem<E>[] = [];
  let marked = false;
  for (const entry of sorted) {
    if (!marked && entry.date >= today) {
      items.push({ kind: 'today', date: today });
      marked = true;
    }
    items.push({
      kind: 'entry',
      entry,
      when: entry.date < today ? 'past' : entry.date === today ? 'today' : 'future',
    });
  }
  if (!marked) items.push({ kind: 'today', date: today });
  return items;
}

/** YYYY-MM-DD of an instant (UTC), for "today" in the browser (the server decides what is late). */
export const isoDay = (now: Date) => now.toISOString().slice(0, 10);

/** The years a BBP year may be opened for, as the server allows: last year, this year and next year. */
export const openableYears = (currentYear: number) => [currentYear - 1, currentYear, currentYear + 1];

/** The years to choose from: the openable ones and every opened one, newest first. */
export function yearChoices(currentYear: number, opened: readonly number[]): number[] {
  return [...new Set([...openableYears(currentYear), ...opened])].sort((a, b) => b - a);
}

export interface IcvCycleForm {
  medegebruikerRapportages: string;
  icvIndiening: string;
  smbVergadering: string;
  bmbVergadering: string;
}

export interface CalendarForm {
  year: number;
  wishesDeadline: string;
  progressReportMoments: string[];
  smbMeetings: string[];
  bmbMeetings: string[];
  adoptionDate: string;
  /** Also open or move the ICV cycle of year - 1. */
  withIcvCycle: boolean;
  icvCycle: IcvCycleForm;
}

const ICV_FIELDS = ['medegebruikerRapportages', 'icvIndiening', 'smbVergadering', 'bmbVergadering'] as const;

/** An empty form for a year (one field in each list), or the opened year's dates to move. */
export function calendarForm(
  year: number,
  opened?: {
    wishesDeadline: string;
    progressReportMoments: readonly string[];
    smbMeetings: readonly string[];
    bmbMeetings: readonly string[];
    adoptionDate: string;
  } | null,
  icvCycle?: IcvCycleForm | null,
): CalendarForm {
  const list = (l: readonly string[] | undefined) => (l && l.length ? [...l] : ['']);
  return {
    year,
    wishesDeadline: opened?.wishesDeadline ?? '',
    progressReportMoments: list(opened?.progressReportMoments),
    smbMeetings: list(opened?.smbMeetings),
    bmbMeetings: list(opened?.bmbMeetings),
    adoptionDate: opened?.adoptionDate ?? '',
    withIcvCycle: false,
    icvCycle: {
      medegebruikerRapportages: icvCycle?.medegebruikerRapportages ?? '',
      icvIndiening: icvCycle?.icvIndiening ?? '',
      smbVergadering: icvCycle?.smbVergadering ?? '',
      bmbVergadering: icvCycle?.bmbVergadering ?? '',
    },
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) =>
  ISO.test(d) &&
  !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
  new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
const sortedDates = (l: readonly string[]) =>
  l
    .map((d) => d.trim())
    .filter(Boolean)
    .sort();

/** What the form sends: empty list fields dropped, dates sorted, the ICV cycle only when asked. */
export function calendarInput(form: CalendarForm) {
  return {
    year: form.year,
    wishesDeadline: form.wishesDeadline,
    progressReportMoments: sortedDates(form.progressReportMoments),
    smbMeetings: sortedDates(form.smbMeetings),
    bmbMeetings: sortedDates(form.bmbMeetings),
    adoptionDate: form.adoptionDate,
    icvCycle: form.withIcvCycle ? { year: form.year - 1, ...form.icvCycle } : null,
  };
}

/** A problem of the form: the field (as the server names it) and the i18n key of its text (`bbp.form.problems.*`). */
export interface FormProblem {
  field: string;
  key: 'required' | 'date' | 'inYear' | 'atLeastOne' | 'deadlineBeforeAdoption' | 'adoptionDate' | 'order';
}

/**
 * The checks the form makes before sending, the same rules the server applies: every date a real date in
 * the year, at least one progress moment, SMB and BMB meeting; the wishes deadline before the adoption; the
 * adoption at one of the BMB meetings or after the last SMB meeting; the ICV cycle's dates in their order.
 */
export function calendarProblems(form: CalendarForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const inYear = (d: string) => d.startsWith(`${form.year}-`);
  const single = (field: string, d: string) => {
    if (!d) problems.push({ field, key: 'required' });
    else if (!validDate(d)) problems.push({ field, key: 'date' });
    else if (!inYear(d)) problems.push({ field, key: 'inYear' });
  };
  single('wishesDeadline', form.wishesDeadline);
  single('adoptionDate', form.adoptionDate);
  for (const field of ['progressReportMoments', 'smbMeetings', 'bmbMeetings'] as const) {
    const dates = form[field].map((d) => d.trim()).filter(Boolean);
    if (dates.length === 0) problems.push({ field, key: 'atLeastOne' });
    else if (dates.some((d) => !validDate(d))) problems.push({ field, key: 'date' });
    else if (dates.some((d) => !inYear(d))) problems.push({ field, key: 'inYear' });
  }
  if (problems.length === 0) {
    if (form.wishesDeadline >= form.adoptionDate)
      problems.push({ field: 'wishesDeadline', key: 'deadlineBeforeAdoption' });
    const lastSmb = sortedDates(form.smbMeetings).pop()!;
    if (!form.bmbMeetings.includes(form.adoptionDate) && form.adoptionDate <= lastSmb)
      problems.push({ field: 'adoptionDate', key: 'adoptionDate' });
  }
  if (form.withIcvCycle) {
    for (const field of ICV_FIELDS) {
      const d = form.icvCycle[field];
      if (!d) problems.push({ field, key: 'required' });
      else if (!validDate(d)) problems.push({ field, key: 'date' });
    }
    if (!problems.some((p) => (ICV_FIELDS as readonly string[]).includes(p.field)))
      for (let i = 1; i < ICV_FIELDS.length; i++)
        if (form.icvCycle[ICV_FIELDS[i]] <= form.icvCycle[ICV_FIELDS[i - 1]])
          problems.push({ field: ICV_FIELDS[i], key: 'order' });
  }
  return problems;
}

export const WISH_PRIORITIES = ['HOOG', 'MIDDEN', 'LAAG'] as const;
export const DISPOSITIONS = ['OPGENOMEN', 'UITGESTELD', 'NIET_OPGENOMEN'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** The parties of art. 1e and the LMS, who submit wishes (the server's WISH_PARTIES). */
export const WISH_PARTIES = ['politie', 'ambulance', 'brandweer', 'defensie', 'jenv', 'lms'] as const;

/** Whether a signed-in person submits their own party's wishes (a security officer or accountable official of a wish party; the LMS operator). */
export function submitsWishes(session: { party: string; roles: readonly string[] }): boolean {
  if (!(WISH_PARTIES as readonly string[]).includes(session.party)) return false;
  return session.roles.some(
    (r) =>
      r === 'security-officer' ||
      r === 'accountable-official' ||
      (r === 'lms-operator' && session.party === 'lms'),
  );
}

export interface WishForm {
  subject: string;
  reasoning: string;
  /** As typed: whole euros. */
  estimatedCost: string;
  priority: (typeof WISH_PRIORITIES)[number];
}

/** "12.500", "12500", "€ 12.500" → 12500; null when it is not a whole amount of 0 or more. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s.]/g, '');
  if (!/^\d+$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isSafeInteger(n) ? n : null;
}

/** Whole euros in Dutch: "€ 12.500". */
export const euros = (n: number) => `€ ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

export function wishProblems(form: WishForm): { field: keyof WishForm; key: 'required' | 'cost' }[] {
  const problems: { field: keyof WishForm; key: 'required' | 'cost' }[] = [];
  if (!form.subject.trim()) problems.push({ field: 'subject', key: 'required' });
  if (!form.reasoning.trim()) problems.push({ field: 'reasoning', key: 'required' });
  if (parseEuros(form.estimatedCost) === null) problems.push({ field: 'estimatedCost', key: 'cost' });
  return problems;
}

interface WishLike {
  id: string;
  party: { code: string; name: string };
  estimatedCost: number;
  late: boolean;
  withdrawn: boolean;
  disposition?: string | null;
  dispositionNote?: string | null;
}

/** The wishes per party in the order of `parties`, withdrawn ones last within a party; parties without wishes kept. */
export function wishesPerParty<W extends WishLike>(
  wishes: readonly W[],
  parties: readonly { code: string; name: string }[],
): { party: { code: string; name: string }; wishes: W[]; total: number }[] {
  const codes = [...parties.map((p) => p.code)];
  for (const w of wishes) if (!codes.includes(w.party.code)) codes.push(w.party.code);
  return codes.map((code) => {
    const own = wishes
      .filter((w) => w.party.code === code)
      .sort((a, b) => Number(a.withdrawn) - Number(b.withdrawn));
    const party = parties.find((p) => p.code === code) ?? own[0]?.party ?? { code, name: code };
    const total = own.filter((w) => !w.withdrawn).reduce((sum, w) => sum + w.estimatedCost, 0);
    return { party, wishes: own, total };
  });
}

export interface DispositionChoice {
  disposition: Disposition | '';
  note: string;
}

/** The dispositions to start from: what the last consolidation recorded, else none chosen. */
export function initialDispositions(wishes: readonly WishLike[]): Record<string, DispositionChoice> {
  return Object.fromEntries(
    wishes
      .filter((w) => !w.withdrawn)
      .map((w) => [
        w.id,
        { disposition: (w.disposition ?? '') as Disposition | '', note: w.dispositionNote ?? '' },
      ]),
  );
}

/** The wishes (not withdrawn) still without a disposition: the consolidation needs one for each. */
export function undisposed(
  wishes: readonly WishLike[],
  choices: Record<string, DispositionChoice>,
): string[] {
  return wishes.filter((w) => !w.withdrawn && !choices[w.id]?.disposition).map((w) => w.id);
}

/** What the consolidation sends: one disposition per wish not withdrawn, notes trimmed (empty → null). */
export function consolidationInput(
  year: number,
  paragraph: string,
  wishes: readonly WishLike[],
  choices: Record<string, DispositionChoice>,
) {
  return {
    year,
    paragraph: paragraph.trim(),
    dispositions: wishes
      .filter((w) => !w.withdrawn)
      .map((w) => ({
        wishId: w.id,
        disposition: choices[w.id]!.disposition as Disposition,
        note: choices[w.id]?.note.trim() || null,
      })),
  };
}

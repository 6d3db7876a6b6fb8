import { FieldProblem, fieldRules, shared } from '@mkib/domain-shared';
import { CycleDates, Milestone } from './cycle';
import { governance as m } from './messages';

/**
 * The BBP year (beleids- en bestedingsplan, SK-3.2) with its PDCA calendar and wishes round (SK-3.4):
 * the SMB's board secretary opens it with every date of the year, the parties of art. 1e and the LMS
 * submit wishes, the secretary consolidates them into the information-security paragraph, the SMB
 * advises and the BMB adopts it. OPEN → GECONSOLIDEERD (again while not before the boards) →
 * VOORGELEGD → VASTGESTELD | NIET_VASTGESTELD; a BBP not adopted is consolidated again
 * (NIET_VASTGESTELD → GECONSOLIDEERD) and goes before the boards with a new item.
 */
export const BBP_STATES = [
  'OPEN',
  'GECONSOLIDEERD',
  'VOORGELEGD',
  'VASTGESTELD',
  'NIET_VASTGESTELD',
] as const;
export type BbpState = (typeof BBP_STATES)[number];

/**
 * The organisations that submit wishes (art. 1e as MKIB registers them, and the LMS), with how art. 1e
 * names them. Same list as the authorisation table's WISH_PARTIES.
 */
export const WISH_PARTIES = [
  { party: 'politie', description: 'de korpschef van politie' },
  {
    party: 'ambulance',
    description: 'de Minister voor Medische Zorg en de regionale ambulancevoorzieningen',
  },
  { party: 'brandweer', description: 'de besturen van de veiligheidsregio’s' },
  { party: 'defensie', description: 'de Minister van Defensie, voor de Koninklijke Marechaussee' },
  { party: 'jenv', description: 'de Minister van Justitie en Veiligheid' },
  { party: 'lms', description: 'de Landelijke Meldkamer Samenwerking (beheerder)' },
] as const;
export const WISH_PARTY_CODES: readonly string[] = WISH_PARTIES.map((p) => p.party);

/**
 * The organisations that keep an implementation plan and report on it (art. 2.3, 2.4): the LMS and the
 * hoofdgebruikers. THE source of truth for plan keepers: the authorisation table's PLAN_KEEPERS
 * (libs/server/auth) is the same list, and icv opens plans only for parties of its register that are in
 * it (apps/icv-service/src/plan/plan.service.ts), so "missing" reports, the progress reminders, the
 * permissions and icv's plans agree. A change of the register is a change here.
 */
export const PLAN_KEEPERS = ['ambulance', 'brandweer', 'defensie', 'kmar', 'lms', 'politie'] as const;

export const WISH_PRIORITIES = ['HOOG', 'MIDDEN', 'LAAG'] as const;
export type WishPriority = (typeof WISH_PRIORITIES)[number];
export const WISH_DISPOSITIONS = ['OPGENOMEN', 'UITGESTELD', 'NIET_OPGENOMEN'] as const;
export type WishDisposition = (typeof WISH_DISPOSITIONS)[number];

/** The dates of a BBP year as the board secretary sets them (YYYY-MM-DD each). */
export interface BbpCalendarDates {
  wishesDeadline: string;
  progressReportMoments: string[];
  smbMeetings: string[];
  bmbMeetings: string[];
  adoptionDate: string;
}

/** At most this many progress moments, SMB or BMB meetings in a year (twice a month). */
export const BBP_LIST_MAX = 24;

const sortedUnique = (days: readonly string[]) => [...new Set(days)].sort();

/** The calendar as it is kept: the lists sorted, a date given twice once. */
export const normaliseBbpCalendar = (d: BbpCalendarDates): BbpCalendarDates => ({
  wishesDeadline: d.wishesDeadline,
  progressReportMoments: sortedUnique(d.progressReportMoments),
  smbMeetings: sortedUnique(d.smbMeetings),
  bmbMeetings: sortedUnique(d.bmbMeetings),
  adoptionDate: d.adoptionDate,
});

/**
 * The problems of a BBP year's calendar. The year is the previous, current or next calendar year; every
 * date falls in the year; at least one progress-report moment, one SMB and one BMB meeting; the wishes
 * deadline comes before the adoption; the BMB adopts the BBP at one of its meetings, or — a meeting not
 * yet planned — after the last SMB meeting (the SMB advises first). Lists may come in any order.
 */
export function checkBbpCalendar(year: number, dates: BbpCalendarDates, currentYear: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(year) || year < currentYear - 1 || year > currentYear + 1)
    return [
      m.problem('input.year', 'governance.cycle.year', {
        previous: currentYear - 1,
        current: currentYear,
        next: currentYear + 1,
      }),
    ];
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inYear = (field: string, value: string | undefined) => {
    const p = fieldRules.date(field, value);
    if (p.length) return p;
    return value! < from || value! > to
      ? [m.problem(field, 'governance.cycle.dateInRange', { from, to })]
      : [];
  };
  problems.push(...inYear('input.wishesDeadline', dates.wishesDeadline));
  problems.push(...inYear('input.adoptionDate', dates.adoptionDate));
  for (const list of ['progressReportMoments', 'smbMeetings', 'bmbMeetings'] as const) {
    const values = dates[list] ?? [];
    if (!values.length) problems.push(m.problem(`input.${list}`, 'governance.bbp.atLeastOne'));
    else if (values.length > BBP_LIST_MAX)
      problems.push(m.problem(`input.${list}`, 'governance.bbp.tooMany', { max: BBP_LIST_MAX }));
    else values.forEach((v, i) => problems.push(...inYear(`input.${list}.${i}`, v)));
  }
  if (problems.length) return problems;
  if (dates.wishesDeadline >= dates.adoptionDate)
    problems.push(
      shared.problem('input.adoptionDate', 'field.dateAfter', {
        other: 'wishesDeadline',
        date: dates.wishesDeadline,
      }),
    );
  const lastSmb = sortedUnique(dates.smbMeetings).at(-1)!;
  if (!dates.bmbMeetings.includes(dates.adoptionDate) && dates.adoptionDate <= lastSmb)
    problems.push(m.problem('input.adoptionDate', 'governance.bbp.adoptionDate', { lastSmb }));
  return problems;
}

/** The icvCycle of a BBP year must be the cycle of the year before (its deadlines fall in this year). */
export function checkBbpIcvCycleYear(year: number, cycleYear: number): FieldProblem[] {
  return cycleYear === year - 1
    ? []
    : [m.problem('input.icvCycle.year', 'governance.bbp.icvCycleYear', { year: year - 1 })];
}

/**
 * What may move in a BBP year's calendar (a CONFLICT otherwise):
 * - never fewer progress-report moments than the highest period a report was received for: a report keeps
 *   its period, so its moment stays (moving the moment's date is allowed);
 * - once the BMB adopted the BBP (VASTGESTELD): not the wishes deadline nor the adoption date, and no date
 *   already past (before `today`) is moved, dropped or added; future progress moments and meetings still move.
 */
export function assertCalendarChangeAllowed(
  year: number,
  state: BbpState,
  before: BbpCalendarDates,
  after: BbpCalendarDates,
  today: string,
  highestReportedPeriod = 0,
) {
  const moments = sortedUnique(after.progressReportMoments).length;
  if (moments < highestReportedPeriod)
    throw m.conflict('governance.bbp.reportedMoment', { year, period: highestReportedPeriod });
  if (state !== 'VASTGESTELD') return;
  if (before.wishesDeadline !== after.wishesDeadline || before.adoptionDate !== after.adoptionDate)
    throw m.conflict('governance.bbp.adoptedAlready', { year });
  const past = (days: readonly string[]) => sortedUnique(days.filter((d) => d < today)).join(',');
  for (const list of ['progressReportMoments', 'smbMeetings', 'bmbMeetings'] as const)
    if (past(before[list]) !== past(after[list])) throw m.conflict('governance.bbp.pastDate', { year });
}

/** Wishes come in (and are withdrawn) until the secretary consolidated them; late ones are accepted. */
export function assertWishRoundOpen(year: number, state: BbpState | null) {
  if (state === null) throw m.conflict('governance.bbp.noRound', { year });
  if (state !== 'OPEN') throw m.conflict('governance.bbp.roundClosed', { year });
}

/** A wish after the deadline is accepted and marked late for the secretary. */
export const wishIsLate = (today: string, wishesDeadline: string) => today > wishesDeadline;

export interface WishInputFields {
  subject: string;
  reasoning: string;
  estimatedCost: number;
  priority: string;
}

export function checkWish(input: WishInputFields): FieldProblem[] {
  return [
    ...fieldRules.text('input.subject', input.subject, { max: 200 }),
    ...fieldRules.text('input.reasoning', input.reasoning, { max: 4_000 }),
    ...(Number.isInteger(input.estimatedCost) && input.estimatedCost >= 0
      ? []
      : [m.problem('input.estimatedCost', 'governance.wish.cost')]),
    ...fieldRules.oneOf('input.priority', input.priority, WISH_PRIORITIES),
  ];
}

/**
 * The consolidation's problems: a paragraph, and exactly one known disposition for every wish of the year
 * not withdrawn (and none for another).
 */
export function checkConsolidation(
  input: {
    paragraph: string;
    dispositions: { wishId: string; disposition: string; note?: string | null }[];
  },
  wishes: { id: string; party: string; subject: string; withdrawn: boolean }[],
): FieldProblem[] {
  const problems: FieldProblem[] = [...fieldRules.text('input.paragraph', input.paragraph, { max: 20_000 })];
  const open = new Map(wishes.filter((w) => !w.withdrawn).map((w) => [w.id, w]));
  const seen = new Set<string>();
  input.dispositions.forEach((d, i) => {
    const field = `input.dispositions.${i}`;
    if (!open.has(d.wishId)) problems.push(m.problem(`${field}.wishId`, 'governance.wish.notInRound'));
    else if (seen.has(d.wishId))
      problems.push(m.problem(`${field}.wishId`, 'governance.wish.dispositionTwice'));
    seen.add(d.wishId);
    problems.push(...fieldRules.oneOf(`${field}.disposition`, d.disposition, WISH_DISPOSITIONS));
    problems.push(...fieldRules.optionalText(`${field}.note`, d.note, 2_000));
  });
  for (const w of open.values())
    if (!seen.has(w.id))
      problems.push(
        m.problem('input.dispositions', 'governance.wish.dispositionMissing', {
          subject: w.subject,
          party: w.party,
        }),
      );
  return problems;
}

/**
 * The secretary consolidates while the round is open, again before the BBP goes to the boards, and again
 * after the BMB did not adopt it (NIET_VASTGESTELD → GECONSOLIDEERD, then a new board item): no dead end.
 */
export function assertConsolidationAllowed(year: number, state: BbpState) {
  if (state === 'VOORGELEGD' || state === 'VASTGESTELD')
    throw m.conflict('governance.bbp.beforeBoardsAlready', { year });
}

export function assertSubmitForAdoptionAllowed(year: number, state: BbpState) {
  if (state === 'OPEN') throw m.conflict('governance.bbp.notConsolidated', { year });
  if (state === 'NIET_VASTGESTELD') throw m.conflict('governance.bbp.rejectedConsolidate', { year });
  if (state !== 'GECONSOLIDEERD') throw m.conflict('governance.bbp.beforeBoardsAlready', { year });
}

/** The BMB's decision on the BBP's agenda item: adopted or not. */
export const bbpStateAfterDecision = (decision: string): BbpState =>
  decision === 'AANVAARD' ? 'VASTGESTELD' : 'NIET_VASTGESTELD';

/** The title of a BBP's item on the boards' agenda. */
export const bbpItemTitle = (year: number) => `BBP ${year}`;

/** The title of a period's progress reports on the boards' agenda. */
export const progressReportsItemTitle = (year: number, period: number) =>
  `Voortgangsrapportages ${year} periode ${period}`;

/** One dated milestone of a year's PDCA calendar. */
export interface CalendarEntry {
  milestone: Milestone | 'WENSEN' | 'VOORTGANGSRAPPORTAGE' | 'BBP_VASTSTELLING';
  date: string;
  label: string;
  cycleYear: number | null;
  period: number | null;
}

const CYCLE_LABELS: Record<Milestone, string> = {
  MEDEGEBRUIKER_RAPPORTAGES: 'Rapportages medegebruikers',
  ICV_INDIENING: 'ICV-indiening',
  SMB_VERGADERING: 'SMB-vergadering over de ICV’s',
  BMB_VERGADERING: 'BMB-besluit over de ICV’s',
};

const ORDER = [
  'WENSEN',
  'MEDEGEBRUIKER_RAPPORTAGES',
  'ICV_INDIENING',
  'VOORTGANGSRAPPORTAGE',
  'SMB_VERGADERING',
  'BMB_VERGADERING',
  'BBP_VASTSTELLING',
];

/**
 * The PDCA calendar of `year`, in date order: the BBP year's milestones (when opened) and the deadlines of
 * any ICV cycle that fall in the year (the cycle of year − 1 mostly), with Dutch labels. On one day the
 * order is that of the rhythm (wishes, reports, meetings, adoption).
 */
export function bbpCalendar(
  year: number,
  bbp: BbpCalendarDates | null,
  cycles: { year: number; dates: CycleDates }[],
): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  if (bbp) {
    entries.push({
      milestone: 'WENSEN',
      date: bbp.wishesDeadline,
      label: `Deadline wensen BBP ${year}`,
      cycleYear: null,
      period: null,
    });
    sortedUnique(bbp.progressReportMoments).forEach((date, i) =>
      entries.push({
        milestone: 'VOORTGANGSRAPPORTAGE',
        date,
        label: `Voortgangsrapportage ${i + 1}`,
        cycleYear: null,
        period: i + 1,
      }),
    );
    for (const date of sortedUnique(bbp.smbMeetings))
      entries.push({
        milestone: 'SMB_VERGADERING',
        date,
        label: 'SMB-vergadering',
        cycleYear: null,
        period: null,
      });
    for (const date of sortedUnique(bbp.bmbMeetings))
      entries.push({
        milestone: 'BMB_VERGADERING',
        date,
        label: 'BMB-vergadering',
        cycleYear: null,
        period: null,
      });
    entries.push({
      milestone: 'BBP_VASTSTELLING',
      date: bbp.adoptionDate,
      label: `Vaststelling BBP ${year}`,
      cycleYear: null,
      period: null,
    });
  }
  for (const cycle of cycles)
    for (const milestone of Object.keys(CYCLE_LABELS) as Milestone[]) {
      const date = cycle.dates[milestone];
      if (date?.startsWith(`${year}-`))
        entries.push({
          milestone,
          date,
          label: `${CYCLE_LABELS[milestone]} (cyclus ${cycle.year})`,
          cycleYear: cycle.year,
          period: null,
        });
    }
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      ORDER.indexOf(a.milestone) - ORDER.indexOf(b.milestone) ||
      (a.cycleYear ?? 0) - (b.cycleYear ?? 0),
  );
}

/** The counts of one plan or report (see PlanRollUp in icv). */
export interface ProgressCounts {
  total: number;
  done: number;
  onTrack: number;
  overdue: number;
  withoutOwner: number;
}

/** Share of lines on track, 0-100, rounded down; 100 for an empty plan (as icv rolls a plan up). */
export const percentOnTrack = (c: { total: number; onTrack: number }) =>
  c.total === 0 ? 100 : Math.floor((100 * c.onTrack) / c.total);

/**
 * A period's progress reports rolled up across parties (SK-2.4): the sums of the reports received, the
 * share on track of all their lines, and the plan keepers whose report has not arrived.
 */
export function progressRollUp(
  reports: ({ party: string } & ProgressCounts)[],
  planKeepers: readonly string[] = PLAN_KEEPERS,
) {
  const sum = (k: keyof ProgressCounts) => reports.reduce((s, r) => s + r[k], 0);
  const reported = new Set(reports.map((r) => r.party));
  const totals = {
    total: sum('total'),
    done: sum('done'),
    onTrack: sum('onTrack'),
    overdue: sum('overdue'),
    withoutOwner: sum('withoutOwner'),
  };
  return {
    ...totals,
    percentOnTrack: percentOnTrack(totals),
    missing: planKeepers.filter((p) => !reported.has(p)),
  };
}

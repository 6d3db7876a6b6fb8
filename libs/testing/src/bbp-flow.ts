import type { GraphQLResponse } from './graphql-client';
import type { AsAccount } from './policy-change-flow';
import { eventually } from './eventually';
import { isoDay } from './dates';

/**
 * The BBP year through the gateway (issue 17, SK-3.2, SK-3.4): the SMB's board secretary opens the year
 * with its whole PDCA calendar, the parties of art. 1e (and the LMS) submit wishes, the secretary
 * consolidates them into the information-security paragraph and puts the BBP before the boards, the SMB
 * advises and the BMB adopts. Each step is a helper of its own, so a test can stop anywhere and look.
 */

export const BBP_SECRETARY = 'board-secretary@smb';
/** The accounts the BBP flow needs (sign them in before using the helpers). */
export const BBP_FLOW_ACCOUNTS = [
  BBP_SECRETARY,
  'smb-member@smb',
  'bmb-member@bmb',
  'security-officer@politie',
  'security-officer@ambulance',
  'security-officer@brandweer',
  'security-officer@defensie',
  'security-officer@lms',
] as const;

/** The fields every helper returns of a BBP year. */
export const BBP_FIELDS = `year policyVersion state wishesDeadline progressReportMoments smbMeetings bmbMeetings
  adoptionDate paragraph consolidatedBy openedBy
  calendar { milestone date label cycleYear period }
  wishParties { party { code } description submitted late }
  boardItem { id kind title }`;

export const WISH_FIELDS = `id year party { code } subject reasoning estimatedCost priority submittedBy late withdrawn
  disposition dispositionNote`;

/** `BbpYearInput` without the optional ICV cycle. */
export interface BbpCalendarInput {
  year: number;
  wishesDeadline: string;
  progressReportMoments: string[];
  smbMeetings: string[];
  bmbMeetings: string[];
  adoptionDate: string;
  icvCycle?: Record<string, unknown>;
}

const ok = (r: GraphQLResponse, what: string) => {
  if (r.errors?.length) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data as any;
};

/**
 * A calendar in the usual rhythm of `year`, by month: wishes by the end of March, the SMB in April and
 * October, progress reports at the end of May and September, the BMB adopts in June (and meets in November).
 */
export function bbpCalendarFor(year: number): BbpCalendarInput {
  return {
    year,
    wishesDeadline: `${year}-03-31`,
    progressReportMoments: [`${year}-05-31`, `${year}-09-30`],
    smbMeetings: [`${year}-04-15`, `${year}-10-15`],
    bmbMeetings: [`${year}-06-15`, `${year}-11-15`],
    adoptionDate: `${year}-06-15`,
  };
}

/** Day offsets from `now` of a calendar around it (`bbpCalendarAround`). */
export interface CalendarOffsets {
  wishesDeadline?: number;
  progressReportMoments?: number[];
  smbMeetings?: number[];
  bmbMeetings?: number[];
  /** Index into bmbMeetings of the adopting meeting (default 0). */
  adoptingMeeting?: number;
}

/**
 * A calendar whose dates lie the given number of days from `now` (the platform's clock), in `now`'s year:
 * for tests that need a deadline just behind or ahead of today. Throws when a date leaves the year (start
 * the platform on a day in the middle of a year, e.g. `nextYearFirstHalf(new Date(), 6, 15)`).
 */
export function bbpCalendarAround(now: Date, offsets: CalendarOffsets = {}): BbpCalendarInput {
  const year = now.getUTCFullYear();
  const at = (d: number) => {
    const day = isoDay(d, now);
    if (!day.startsWith(`${year}-`)) throw new Error(`bbpCalendarAround: ${day} is not in ${year}`);
    return day;
  };
  const bmbMeetings = (offsets.bmbMeetings ?? [50, 110]).map(at);
  return {
    year,
    wishesDeadline: at(offsets.wishesDeadline ?? 30),
    progressReportMoments: (offsets.progressReportMoments ?? [40, 100]).map(at),
    smbMeetings: (offsets.smbMeetings ?? [20, 80]).map(at),
    bmbMeetings,
    adoptionDate: bmbMeetings[offsets.adoptingMeeting ?? 0],
  };
}

/** The secretary opens the BBP year (the raw answer, errors included). */
export function openBbpYearRaw(as: AsAccount, input: BbpCalendarInput, account = BBP_SECRETARY) {
  return as(account)(`mutation($i: BbpYearInput!) { openBbpYear(input: $i) { ${BBP_FIELDS} } }`, {
    i: input,
  });
}

/** The secretary opens the BBP year; throws on a refusal. */
export async function openBbpYear(as: AsAccount, input: BbpCalendarInput) {
  return ok(await openBbpYearRaw(as, input), 'openBbpYear').openBbpYear;
}

/** The secretary moves dates of the calendar (the raw answer). */
export function updateBbpCalendar(as: AsAccount, input: BbpCalendarInput, account = BBP_SECRETARY) {
  return as(account)(`mutation($i: BbpYearInput!) { updateBbpCalendar(input: $i) { ${BBP_FIELDS} } }`, {
    i: input,
  });
}

export async function readBbpYear(as: AsAccount, year: number, account = BBP_SECRETARY) {
  return ok(
    await as(account)(`query($y: Int!) { bbpYear(year: $y) { ${BBP_FIELDS} } }`, { y: year }),
    'bbpYear',
  ).bbpYear;
}

export interface WishSpec {
  year: number;
  /** The party the wish is of (the secretary on behalf of one); omitted: the account's own. */
  party?: string;
  subject?: string;
  reasoning?: string;
  estimatedCost?: number;
  priority?: 'HOOG' | 'MIDDEN' | 'LAAG';
}

/** `WishInput` with defaults that pass the rules. */
export const wishInput = (spec: WishSpec) => ({
  year: spec.year,
  ...(spec.party ? { party: spec.party } : {}),
  subject: spec.subject ?? 'Tweefactorauthenticatie voor alle meldkamertoegang',
  reasoning: spec.reasoning ?? 'De risicoanalyse van de gedeelde voorzieningen vraagt sterke authenticatie.',
  estimatedCost: spec.estimatedCost ?? 25_000,
  priority: spec.priority ?? 'HOOG',
});

/** A wish (the raw answer): by a party's own account, or the secretary on behalf of `party`. */
export function submitWishRaw(as: AsAccount, account: string, spec: WishSpec) {
  return as(account)(`mutation($i: WishInput!) { submitWish(input: $i) { ${WISH_FIELDS} } }`, {
    i: wishInput(spec),
  });
}

export async function submitWish(as: AsAccount, account: string, spec: WishSpec) {
  return ok(await submitWishRaw(as, account, spec), `submitWish (${account})`).submitWish;
}

export async function readWishes(as: AsAccount, year: number, account = BBP_SECRETARY) {
  return ok(
    await as(account)(`query($y: Int!) { wishes(year: $y) { ${WISH_FIELDS} } }`, { y: year }),
    'wishes',
  ).wishes as any[];
}

/** The secretary consolidates (the raw answer): every wish not withdrawn OPGENOMEN unless `dispositions` says. */
export async function consolidateBbpRaw(
  as: AsAccount,
  year: number,
  options: { paragraph?: string; dispositions?: Record<string, string> } = {},
) {
  const wishes = (await readWishes(as, year)).filter((w) => !w.withdrawn);
  return as(BBP_SECRETARY)(
    `mutation($i: BbpConsolidationInput!) { consolidateBbp(input: $i) { ${BBP_FIELDS} } }`,
    {
      i: {
        year,
        paragraph:
          options.paragraph ??
          'Informatiebeveiliging: de wensen van de partijen zijn afgewogen tegen het beleid en de risico’s.',
        dispositions: wishes.map((w) => ({
          wishId: w.id,
          disposition: options.dispositions?.[w.id] ?? 'OPGENOMEN',
          note: 'Afgewogen in de consolidatie.',
        })),
      },
    },
  );
}

export async function consolidateBbp(
  as: AsAccount,
  year: number,
  options: { paragraph?: string; dispositions?: Record<string, string> } = {},
) {
  return ok(await consolidateBbpRaw(as, year, options), 'consolidateBbp').consolidateBbp;
}

export async function submitBbpForAdoption(as: AsAccount, year: number) {
  return ok(
    await as(BBP_SECRETARY)(`mutation($y: Int!) { submitBbpForAdoption(year: $y) { ${BBP_FIELDS} } }`, {
      y: year,
    }),
    'submitBbpForAdoption',
  ).submitBbpForAdoption;
}

/** The SMB advises on the BBP item and the BMB decides; waits for the BBP's state. */
export async function adoptBbp(
  as: AsAccount,
  year: number,
  decision: 'AANVAARD' | 'NIET_AANVAARD' = 'AANVAARD',
) {
  const item = (await readBbpYear(as, year)).boardItem as { id: string };
  if (!item) throw new Error(`adoptBbp: the BBP ${year} is not on the agenda`);
  ok(
    await as('smb-member@smb')(
      `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { id } }`,
      { id: item.id, a: 'Het SMB adviseert het BMB het BBP vast te stellen.' },
    ),
    'adviseBoardItem (BBP)',
  );
  ok(
    await as('bmb-member@bmb')(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
      i: {
        agendaItemId: item.id,
        decision,
        text: decision === 'AANVAARD' ? 'Het BMB stelt het BBP vast.' : 'Het BMB stelt het BBP niet vast.',
      },
    }),
    'decideBoardItem (BBP)',
  );
  const want = decision === 'AANVAARD' ? 'VASTGESTELD' : 'NIET_VASTGESTELD';
  return eventually(
    () => readBbpYear(as, year),
    (b) => b.state === want,
    `the BBP ${year} ${want}`,
  );
}

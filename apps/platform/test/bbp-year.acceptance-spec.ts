import { rmSync } from 'node:fs';
import {
  adoptBbp,
  BBP_FLOW_ACCOUNTS,
  bbpCalendarAround,
  bbpCalendarFor,
  BbpCalendarInput,
  consolidateBbp,
  consolidateBbpRaw,
  createTestDatabase,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  nextYearFirstHalf,
  openBbpYear,
  openBbpYearRaw,
  PlatformProcess,
  progressPeriods,
  readBbpYear,
  readWishes,
  signIn,
  startPlatformProcess,
  submitBbpForAdoption,
  submitWish,
  submitWishRaw,
  TestDatabase,
  updateBbpCalendar,
} from '@mkib/testing';

/**
 * The BBP year (issue 17) through the gateway: the SMB's board secretary opens the year with its PDCA
 * calendar (SK-3.2), the parties of art. 1e and the LMS submit their information-security wishes, late ones
 * accepted and marked (SK-3.4), the secretary consolidates them and the BMB adopts the BBP with the policy
 * version in force (SK-3.2). Reminders of the wishes round show from the milestone's lead time until the
 * deadline and escalate after it: the platform lives in the middle of a year (`MKIB_NOW`) and the last test
 * restarts it on the same data past the deadline.
 */
const NOW = nextYearFirstHalf(new Date(), 6, 15);
const LATER = new Date(NOW.getTime() + 21 * 86_400_000);
const YEAR = NOW.getUTCFullYear();
const day = (offset: number) => isoDay(offset, NOW);
const SECRETARY = 'board-secretary@smb';

let platform: PlatformProcess;
let db: TestDatabase | null;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const ok = (r: GraphQLResponse) => {
  expect(r.errors).toBeUndefined();
  return r.data as any;
};
const ACCOUNTS = [
  ...BBP_FLOW_ACCOUNTS,
  'security-officer@kmar',
  'accountable-official@defensie',
  'viewer@politie',
  'lms-operator@lms',
  'bmb-member@bmb',
  'auditor@jenv',
];
const envOf = (now: Date): Record<string, string> => ({
  MKIB_NOW: now.toISOString(),
  ...(db ? { MKIB_DATABASE_URL: db.url } : {}),
});
async function signInAll() {
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
}

beforeAll(async () => {
  db = await createTestDatabase();
  platform = await startPlatformProcess(envOf(NOW), undefined, { keepDataDir: true });
  await signInAll();
});
afterAll(async () => {
  await platform?.stop();
  if (platform) rmSync(platform.dataDir, { recursive: true, force: true });
  await db?.drop();
});

/** This year's calendar: wishes due in 20 days, progress reports in 40 and 100, the BMB adopts in 50. */
const CALENDAR: BbpCalendarInput = bbpCalendarAround(NOW, {
  wishesDeadline: 20,
  progressReportMoments: [40, 100],
  smbMeetings: [25, 80],
  bmbMeetings: [50, 110],
});
/** Last year's: every date has passed, so a wish now is late. */
const LAST_YEAR = bbpCalendarFor(YEAR - 1);

describe('[SK-3.2] the board secretary opens the BBP year with its PDCA calendar', () => {
  it('[SK-3.2] refuses anyone else and a calendar that does not hold together, without writing', async () => {
    expect(errorCodes(await openBbpYearRaw(as, CALENDAR, 'security-officer@politie'))).toEqual(['FORBIDDEN']);
    const wrong: [string, BbpCalendarInput][] = [
      ['wishes after the adoption', { ...CALENDAR, wishesDeadline: day(60) }],
      ['a date in another year', { ...CALENDAR, progressReportMoments: [`${YEAR + 1}-01-31`] }],
      ['no progress moment', { ...CALENDAR, progressReportMoments: [] }],
      ['no SMB meeting', { ...CALENDAR, smbMeetings: [] }],
      ['not a date', { ...CALENDAR, wishesDeadline: 'eind maart' }],
      ['a year too far ahead', { ...bbpCalendarFor(YEAR + 2) }],
    ];
    for (const [what, input] of wrong)
      expect([what, errorCodes(await openBbpYearRaw(as, input))]).toEqual([what, ['BAD_USER_INPUT']]);
    expect(
      ok(await as(SECRETARY)(`query($y: Int!) { bbpYear(year: $y) { year } }`, { y: YEAR })).bbpYear,
    ).toBe(null);
  });

  it('[SK-3.2] opens it with the policy version in force and shows the whole calendar in date order', async () => {
    const opened = await openBbpYear(as, CALENDAR);
    expect(opened).toEqual(
      expect.objectContaining({
        year: YEAR,
        state: 'OPEN',
        policyVersion: 1,
        wishesDeadline: CALENDAR.wishesDeadline,
        progressReportMoments: CALENDAR.progressReportMoments,
        adoptionDate: CALENDAR.adoptionDate,
        openedBy: SECRETARY,
        boardItem: null,
      }),
    );
    const dates = opened.calendar.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(opened.calendar).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ milestone: 'WENSEN', date: CALENDAR.wishesDeadline }),
        expect.objectContaining({
          milestone: 'VOORTGANGSRAPPORTAGE',
          period: 1,
          date: CALENDAR.progressReportMoments[0],
        }),
        expect.objectContaining({
          milestone: 'VOORTGANGSRAPPORTAGE',
          period: 2,
          date: CALENDAR.progressReportMoments[1],
        }),
        expect.objectContaining({ milestone: 'BBP_VASTSTELLING', date: CALENDAR.adoptionDate }),
      ]),
    );
    expect(opened.calendar.every((e: any) => e.label.trim().length > 0)).toBe(true);
    expect(opened.wishParties.map((p: any) => p.party.code).sort()).toEqual(
      ['ambulance', 'brandweer', 'defensie', 'jenv', 'lms', 'politie'].sort(),
    );
    expect(opened.wishParties.every((p: any) => p.description && p.submitted === 0)).toBe(true);

    // Every party reads the calendar; opening twice is refused.
    const calendar = ok(
      await as('viewer@politie')(`query($y: Int!) { calendar(year: $y) { milestone date label period } }`, {
        y: YEAR,
      }),
    ).calendar;
    expect(calendar.map((e: any) => e.date)).toEqual(expect.arrayContaining(CALENDAR.progressReportMoments));
    expect(errorCodes(await openBbpYearRaw(as, CALENDAR))).toEqual(['CONFLICT']);
  });

  it('[SK-3.2] [SK-2.4] moves a date, and the organisations learn the new progress moments', async () => {
    await progressPeriods(as, 'security-officer@politie', YEAR, 2);
    const moved = { ...CALENDAR, progressReportMoments: [CALENDAR.progressReportMoments[0], day(101)] };
    const updated = ok(await updateBbpCalendar(as, moved)).updateBbpCalendar;
    expect(updated.progressReportMoments).toEqual(moved.progressReportMoments);
    await eventually(
      () => progressPeriods(as, 'security-officer@politie', YEAR, 2),
      (periods) => periods.find((p) => p.period === 2)?.due === day(101),
      'the moved progress moment in the icv context',
    );
    expect(errorCodes(await updateBbpCalendar(as, moved, 'smb-member@smb'))).toEqual(['FORBIDDEN']);
  });
});

describe('[SK-3.4] the wishes round', () => {
  it('[SK-3.4] a party submits its own wishes, the secretary on behalf of a party of art. 1e', async () => {
    const politie = await submitWish(as, 'security-officer@politie', { year: YEAR });
    expect(politie).toEqual(
      expect.objectContaining({
        year: YEAR,
        party: { code: 'politie' },
        submittedBy: 'security-officer@politie',
        late: false,
        withdrawn: false,
        disposition: null,
      }),
    );
    const jenv = await submitWish(as, SECRETARY, {
      year: YEAR,
      party: 'jenv',
      subject: 'Landelijke monitoring van de meldkamerketen',
      priority: 'MIDDEN',
    });
    expect(jenv).toEqual(expect.objectContaining({ party: { code: 'jenv' }, submittedBy: SECRETARY }));

    // The KMar is no party of art. 1e (Defensie wishes for it); nobody wishes for another party.
    expect(errorCodes(await submitWishRaw(as, 'security-officer@kmar', { year: YEAR }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      errorCodes(await submitWishRaw(as, 'security-officer@politie', { year: YEAR, party: 'ambulance' })),
    ).toEqual(['NOT_FOUND']);
    const forKmar = errorCodes(await submitWishRaw(as, SECRETARY, { year: YEAR, party: 'kmar' }));
    expect(forKmar).toHaveLength(1);
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(forKmar[0]);
    for (const spec of [
      { year: YEAR, subject: ' ' },
      { year: YEAR, reasoning: '' },
      { year: YEAR, estimatedCost: -1 },
    ])
      expect(errorCodes(await submitWishRaw(as, 'security-officer@politie', spec))).toEqual([
        'BAD_USER_INPUT',
      ]);
    // No BBP year opened for next year: no round to wish in.
    expect(errorCodes(await submitWishRaw(as, 'security-officer@politie', { year: YEAR + 1 }))).toEqual([
      'CONFLICT',
    ]);

    // A party reads its own wishes; the secretary and the boards all.
    expect((await readWishes(as, YEAR, 'security-officer@politie')).map((w) => w.party.code)).toEqual([
      'politie',
    ]);
    expect((await readWishes(as, YEAR)).map((w) => w.party.code).sort()).toEqual(['jenv', 'politie']);
    expect(await readWishes(as, YEAR, 'bmb-member@bmb')).toHaveLength(2);
    const parties = (await readBbpYear(as, YEAR)).wishParties;
    expect(parties.find((p: any) => p.party.code === 'politie')).toEqual(
      expect.objectContaining({ submitted: 1, late: 0 }),
    );
  });

  it('[SK-3.4] a party withdraws its own wish before the consolidation, never another party’s', async () => {
    const wish = await submitWish(as, 'security-officer@ambulance', {
      year: YEAR,
      subject: 'Extra uitwijklocatie',
    });
    const WITHDRAW = `mutation($id: ID!) { withdrawWish(id: $id) { id withdrawn } }`;
    expect(errorCodes(await as('security-officer@politie')(WITHDRAW, { id: wish.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(ok(await as('security-officer@ambulance')(WITHDRAW, { id: wish.id })).withdrawWish).toEqual({
      id: wish.id,
      withdrawn: true,
    });
  });

  it('[SK-3.4] a late wish is accepted and marked late for the secretary', async () => {
    await openBbpYear(as, LAST_YEAR);
    const late = await submitWish(as, 'security-officer@brandweer', { year: YEAR - 1 });
    expect(late).toEqual(expect.objectContaining({ party: { code: 'brandweer' }, late: true }));
    const seen = (await readWishes(as, YEAR - 1)).find((w) => w.id === late.id);
    expect(seen.late).toBe(true);
    const brandweer = (await readBbpYear(as, YEAR - 1)).wishParties.find(
      (p: any) => p.party.code === 'brandweer',
    );
    expect(brandweer).toEqual(expect.objectContaining({ submitted: 1, late: 1 }));
  });
});

describe('[SK-3.2] the BBP is consolidated and adopted with the policy in force', () => {
  it('[SK-3.2] [SK-3.4] the secretary consolidates every wish, the boards adopt, and the round is closed', async () => {
    const year = YEAR - 1;
    await submitWish(as, 'security-officer@defensie', { year, subject: 'Beveiligde verbinding KMar' });
    const wishes = await readWishes(as, year);
    // Every wish needs a disposition, and the paragraph is required.
    const missing = await as(SECRETARY)(
      `mutation($i: BbpConsolidationInput!) { consolidateBbp(input: $i) { state } }`,
      { i: { year, paragraph: 'Paragraaf.', dispositions: [] } },
    );
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await consolidateBbpRaw(as, year, { paragraph: ' ' }))).toEqual(['BAD_USER_INPUT']);

    const postponed = wishes.find((w) => w.party.code === 'defensie').id;
    const consolidated = await consolidateBbp(as, year, { dispositions: { [postponed]: 'UITGESTELD' } });
    expect(consolidated).toEqual(
      expect.objectContaining({
        state: 'GECONSOLIDEERD',
        consolidatedBy: SECRETARY,
        paragraph: expect.any(String),
      }),
    );
    const disposed = await readWishes(as, year, 'security-officer@defensie');
    expect(disposed).toEqual([expect.objectContaining({ disposition: 'UITGESTELD' })]);
    const closed = await submitWishRaw(as, 'security-officer@politie', { year });
    expect(errorCodes(closed)).toEqual(['CONFLICT']);

    const submitted = await submitBbpForAdoption(as, year);
    expect(submitted.state).toBe('VOORGELEGD');
    expect(submitted.boardItem).toEqual(expect.objectContaining({ kind: 'BBP', title: `BBP ${year}` }));
    const items = ok(
      await as('smb-member@smb')(
        `query($y: Int!) { boardItems(kind: BBP, year: $y) { id title bbpYear { year state policyVersion paragraph } } }`,
        { y: year },
      ),
    ).boardItems;
    expect(items).toEqual([
      expect.objectContaining({
        id: submitted.boardItem.id,
        bbpYear: expect.objectContaining({ year, state: 'VOORGELEGD', policyVersion: 1 }),
      }),
    ]);

    const adopted = await adoptBbp(as, year);
    expect(adopted).toEqual(expect.objectContaining({ state: 'VASTGESTELD', policyVersion: 1 }));
    // Once adopted, the adoption date and the dates already past stay; the same calendar may be sent again.
    expect(
      errorCodes(await updateBbpCalendar(as, { ...LAST_YEAR, adoptionDate: LAST_YEAR.bmbMeetings[1] })),
    ).toEqual(['CONFLICT']);
    expect(
      errorCodes(await updateBbpCalendar(as, { ...LAST_YEAR, smbMeetings: [LAST_YEAR.smbMeetings[0]] })),
    ).toEqual(['CONFLICT']);
    expect(errorCodes(await updateBbpCalendar(as, LAST_YEAR))).toEqual([]);
    expect(
      errorCodes(
        await as('bmb-member@bmb')(`mutation($y: Int!) { submitBbpForAdoption(year: $y) { state } }`, {
          y: year,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('[SK-3.4] reminders of the wishes round reach people', () => {
  const REMINDERS = `query($y: Int) { reminders(year: $y) { id milestone party kind deadline daysLeft } }`;
  const NOTIFICATIONS = `{ myNotifications { unread items { id milestone kind party deadline daysLeft link read } } }`;
  const wishesReminder = async (account: string) =>
    (ok(await as(account)(REMINDERS, { y: YEAR })).reminders as any[]).find(
      (r) => r.milestone === 'WENSEN' && r.party === 'defensie' && r.deadline === CALENDAR.wishesDeadline,
    );
  const setLead = (leadDays: number, account = 'lms-operator@lms') =>
    as(account)(
      `mutation($d: Int!) { setReminderLeadTime(milestone: WENSEN, leadDays: $d) { milestone leadDays isDefault } }`,
      { d: leadDays },
    );

  it('[SK-3.4] shows a party without a wish its reminder from the lead time until the deadline', async () => {
    // The deadline is 20 days away: a lead time of 19 days does not reach today, one of 20 does.
    ok(await setLead(19));
    expect(await wishesReminder('security-officer@defensie')).toBeUndefined();
    expect(ok(await setLead(20)).setReminderLeadTime).toEqual({
      milestone: 'WENSEN',
      leadDays: 20,
      isDefault: false,
    });
    const ahead = await wishesReminder('security-officer@defensie');
    expect(ahead).toEqual(expect.objectContaining({ kind: 'VOORAF', daysLeft: 20 }));
    // Who submitted a wish is not reminded.
    expect(await wishesReminder('security-officer@politie')).toBeUndefined();
    expect(
      (ok(await as('security-officer@politie')(REMINDERS, { y: YEAR })).reminders as any[]).some(
        (r) => r.milestone === 'WENSEN',
      ),
    ).toBe(false);
    expect(errorCodes(await setLead(366))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await setLead(10, 'security-officer@politie'))).toEqual(['FORBIDDEN']);

    // It is in the officer's notification list, with a link to the task; reading it marks it read.
    const list = ok(await as('security-officer@defensie')(NOTIFICATIONS)).myNotifications;
    const notification = list.items.find((n: any) => n.id === ahead.id);
    expect(notification).toEqual(
      expect.objectContaining({ kind: 'VOORAF', read: false, link: expect.stringMatching(/^\//) }),
    );
    const marked = ok(
      await as('security-officer@defensie')(
        `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unread items { id read } } }`,
        { ids: [ahead.id] },
      ),
    ).markNotificationsRead;
    expect(marked.items.find((n: any) => n.id === ahead.id).read).toBe(true);
    expect(marked.unread).toBe(list.unread - 1);
    // Not yet escalated: the secretary's own list does not carry it.
    const secretary = ok(await as(SECRETARY)(NOTIFICATIONS)).myNotifications.items as any[];
    expect(secretary.some((n) => n.milestone === 'WENSEN' && n.party === 'defensie')).toBe(false);
  });

  it('[SK-3.4] escalates once the deadline passed: overdue for the party, and in the board secretary’s list', async () => {
    const dataDir = platform.dataDir;
    await platform.stop();
    platform = await startPlatformProcess(envOf(LATER), undefined, { dataDir, keepDataDir: true });
    await signInAll();
    const overdue = await eventually(
      () => wishesReminder('security-officer@defensie'),
      (r) => r !== undefined,
      'the wishes reminder after the restart',
    );
    expect(overdue).toEqual(expect.objectContaining({ kind: 'VERLOPEN', daysLeft: -1 }));
    for (const account of ['accountable-official@defensie', SECRETARY]) {
      const items = ok(await as(account)(NOTIFICATIONS)).myNotifications.items as any[];
      expect([account, items.find((n) => n.id === overdue.id)]).toEqual([
        account,
        expect.objectContaining({ milestone: 'WENSEN', kind: 'VERLOPEN', party: 'defensie', read: false }),
      ]);
    }
    // A late wish is still accepted, and ends the reminder.
    const late = await submitWish(as, 'security-officer@defensie', { year: YEAR });
    expect(late.late).toBe(true);
    expect(await wishesReminder('security-officer@defensie')).toBeUndefined();
  });
});

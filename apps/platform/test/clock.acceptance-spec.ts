import {
  createTestDatabase,
  cycleDatesFor,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  nextYearFirstHalf,
  PlatformProcess,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/**
 * One clock (issue 12): a platform started with `MKIB_NOW` lives on that instant, in its own process.
 * Here it is 1 February of next year, when this year's cycle is still running: the seeded register, the
 * rules that take "now", what the services record and the reminders all read that date, not the system's.
 */
const NOW = nextYearFirstHalf(new Date(), 2, 1);
const NEXT = NOW.getUTCFullYear();
/** The cycle whose deadlines run from January to June of NEXT. */
const RUNNING = NEXT - 1;
const onNowDay = expect.stringMatching(new RegExp(`^${isoDay(0, NOW)}T`));

let platform: PlatformProcess;
let db: TestDatabase | null;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);

beforeAll(async () => {
  db = await createTestDatabase();
  platform = await startPlatformProcess({
    MKIB_NOW: NOW.toISOString(),
    ...(db ? { MKIB_DATABASE_URL: db.url } : {}),
  });
  for (const account of [
    'lms-operator@lms',
    'board-secretary@smb',
    'security-officer@politie',
    'viewer@ambulance',
  ])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe('a platform started on MKIB_NOW', () => {
  it('seeds the register on that day: classified then, due for review on the first 30 June a year on', async () => {
    const r = await as('viewer@ambulance')(
      `{ facility(code: "GMS") { reviewDue history { classifiedBy classifiedAt reviewDue } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.facility.reviewDue).toBe(`${NEXT + 1}-06-30`);
    expect(r.data.facility.history).toEqual([
      { classifiedBy: 'system:seed', classifiedAt: onNowDay, reviewDue: `${NEXT + 1}-06-30` },
    ]);
  });

  it('records a classification at its time, and judges the review date against its today', async () => {
    const CLASSIFY = `mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { code } }`;
    const input = (reviewDue: string) => ({
      i: {
        facilityCode: 'OIS',
        biv: { beschikbaarheid: 'MIDDEN', integriteit: 'MIDDEN', vertrouwelijkheid: 'MIDDEN' },
        bbn: 2,
        rationale: 'Herijking op de dag van de klok',
        reviewDue,
      },
    });
    const lms = as('lms-operator@lms');
    // A date a few days past the system's today lies before the platform's today: refused.
    expect(errorCodes(await lms(CLASSIFY, input(isoDay(5))))).toEqual(['BAD_USER_INPUT']);
    expect((await lms(CLASSIFY, input(isoDay(30, NOW)))).errors).toBeUndefined();
    const history = await as('viewer@ambulance')(`{ facility(code: "OIS") { history { classifiedAt } } }`);
    expect(history.data.facility.history[0].classifiedAt).toEqual(onNowDay);
  });

  it('opens the running cycle, not one two years back, and records when', async () => {
    const OPEN = `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year openedAt } }`;
    const secretary = as('board-secretary@smb');
    // On the system's clock RUNNING - 1 is last year and could be opened; on the platform's it is too old.
    const tooOld = await secretary(OPEN, { i: { year: RUNNING - 1, ...cycleDatesFor(RUNNING - 1) } });
    expect(errorCodes(tooOld)).toEqual(['BAD_USER_INPUT']);
    expect(tooOld.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'input.year' }),
    ]);
    const opened = await secretary(OPEN, { i: { year: RUNNING, ...cycleDatesFor(RUNNING) } });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openCycle).toEqual({ year: RUNNING, openedAt: onNowDay });
  });

  it('reminds against its today: 14 days ahead of the ICV deadline, the co-user reports overdue', async () => {
    const REMINDERS = `query($y: Int!) { reminders(year: $y) { milestone party kind daysLeft } }`;
    const reminders = await eventually(
      async () => (await as('security-officer@politie')(REMINDERS, { y: RUNNING })).data?.reminders,
      (r) => Array.isArray(r) && r.length > 0,
      'the reminders of the running cycle',
    );
    // 1 February: the ICV is due on 15 February, the co-users' reports were due on 15 January.
    expect(reminders).toEqual([
      { milestone: 'ICV_INDIENING', party: 'politie', kind: 'VOORAF', daysLeft: 14 },
    ]);
    const all = (await as('board-secretary@smb')(REMINDERS, { y: RUNNING })).data.reminders;
    expect(all).toEqual(
      expect.arrayContaining([
        { milestone: 'MEDEGEBRUIKER_RAPPORTAGES', party: 'rode-kruis', kind: 'VERLOPEN', daysLeft: -17 },
      ]),
    );
  });
});

import {
  eventually,
  graphql,
  GraphQLResponse,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * Reminders of the yearly cycle against today's date (SK-3.5): deadlines are set around today, so the
 * test holds on any day it runs.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = new Date();
// Early in January the cycle that is running is last year's.
const YEAR =
  today.getUTCMonth() === 0 && today.getUTCDate() < 10 ? today.getUTCFullYear() - 1 : today.getUTCFullYear();
const REMINDERS = `query($y: Int!) { reminders(year: $y) { milestone party kind daysLeft } }`;

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of [
    'board-secretary@smb',
    'security-officer@politie',
    'medegebruiker@rode-kruis',
    'medegebruiker@handhaving-amsterdam',
  ])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  const opened = await as('board-secretary@smb')(
    `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }`,
    {
      i: {
        year: YEAR,
        medegebruikerRapportages: day(-2),
        icvIndiening: day(3),
        smbVergadering: day(20),
        bmbVergadering: day(40),
      },
    },
  );
  expect(opened.errors).toBeUndefined();
});
afterAll(() => platform?.stop());

describe('[SK-3.5] reminders of the yearly cycle', () => {
  it('reminds a hoofdgebruiker 3 days ahead of the ICV deadline, and a co-user whose report is overdue', async () => {
    expect((await as('security-officer@politie')(REMINDERS, { y: YEAR })).data.reminders).toEqual([
      { milestone: 'ICV_INDIENING', party: 'politie', kind: 'VOORAF', daysLeft: 3 },
    ]);
    expect((await as('medegebruiker@rode-kruis')(REMINDERS, { y: YEAR })).data.reminders).toEqual([
      { milestone: 'MEDEGEBRUIKER_RAPPORTAGES', party: 'rode-kruis', kind: 'VERLOPEN', daysLeft: -2 },
    ]);
  });

  it('stops reminding a co-user once it reported', async () => {
    const REPORT = `mutation($i: CoUserReportInput!) { submitCoUserReport(input: $i) { party } }`;
    // The party register reaches the icv context as an event at start.
    await eventually(
      () =>
        as('medegebruiker@handhaving-amsterdam')(REPORT, {
          i: { year: YEAR, status: 'GEIMPLEMENTEERD', summary: 'Alles op orde dit jaar.' },
        }),
      (r) => !r.errors,
      'the party register in the icv context',
    );
    const reminders = await eventually(
      async () =>
        (await as('board-secretary@smb')(REMINDERS, { y: YEAR })).data.reminders as { party: string }[],
      (all) => !all.some((r) => r.party === 'handhaving-amsterdam'),
      'the report to reach the cycle',
    );
    // The secretary sees everyone's: the other co-users are still overdue.
    expect(reminders).toEqual(
      expect.arrayContaining([
        { milestone: 'MEDEGEBRUIKER_RAPPORTAGES', party: 'rode-kruis', kind: 'VERLOPEN', daysLeft: -2 },
        { milestone: 'MEDEGEBRUIKER_RAPPORTAGES', party: 'rijkswaterstaat', kind: 'VERLOPEN', daysLeft: -2 },
      ]),
    );
  });
});

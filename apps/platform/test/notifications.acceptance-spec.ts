import {
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * Reminders that reach people (issue 17): each person's notification list with read state and links,
 * lead times the LMS sets, overdue reminders escalating to the board secretary, the BIV review date as
 * a reminder of the LMS, and the digest kept in the local outbox when no SMTP server is configured.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
const today = new Date();
// Early in January the cycle that is running is last year's.
const YEAR =
  today.getUTCMonth() === 0 && today.getUTCDate() < 10 ? today.getUTCFullYear() - 1 : today.getUTCFullYear();
const LIST = `{ myNotifications { unread items { id milestone kind party deadline daysLeft subjectId title link read } } }`;
const ACCOUNTS = [
  'board-secretary@smb',
  'smb-member@smb',
  'lms-operator@lms',
  'medegebruiker@rode-kruis',
  'security-officer@politie',
  'viewer@politie',
  'auditor@jenv',
];

type Item = { id: string; milestone: string; kind: string; party: string; read: boolean; link: string };
const items = async (account: string): Promise<Item[]> => {
  const r = await as(account)(LIST);
  expect(r.errors).toBeUndefined();
  return r.data.myNotifications.items;
};

beforeAll(async () => {
  // The five-year evaluation warning (EVALUATIE) reaches JenV's auditor and the boards a year before it is
  // due; with the regulation published today it is five years away, so the lists below do not depend on
  // the date the suite runs.
  platform = await startPlatformProcess({ MKIB_REGULATION_PUBLISHED_ON: isoDay(0) });
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  // The viewer wants no digest from the start: the daily run also starts by itself a few seconds after
  // the platform, and would otherwise mail the viewer once it is known (from its first notification read).
  await as('viewer@politie')(`mutation { setMailPreference(digest: GEEN) { digest } }`);
  const opened = await as('board-secretary@smb')(
    `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }`,
    {
      i: {
        year: YEAR,
        medegebruikerRapportages: isoDay(-2),
        icvIndiening: isoDay(3),
        smbVergadering: isoDay(20),
        bmbVergadering: isoDay(40),
      },
    },
  );
  expect(opened.errors).toBeUndefined();
});
afterAll(() => platform?.stop());

describe('[SK-3.5] notifications: the reminders addressed to each person', () => {
  it("a party's people get its reminders with a link to the task; overdue ones also the board secretary", async () => {
    const officer = await items('security-officer@politie');
    expect(officer).toEqual([
      expect.objectContaining({
        milestone: 'ICV_INDIENING',
        kind: 'VOORAF',
        party: 'politie',
        link: '/web-politie?tab=icv',
        read: false,
      }),
    ]);
    expect(await items('medegebruiker@rode-kruis')).toEqual([
      expect.objectContaining({
        milestone: 'MEDEGEBRUIKER_RAPPORTAGES',
        kind: 'VERLOPEN',
        party: 'rode-kruis',
      }),
    ]);
    const secretary = await items('board-secretary@smb');
    expect(secretary).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          milestone: 'MEDEGEBRUIKER_RAPPORTAGES',
          kind: 'VERLOPEN',
          party: 'rode-kruis',
          link: '/web-boards?tab=rapportage',
        }),
      ]),
    );
    expect(secretary.some((i) => i.party === 'politie')).toBe(false); // not overdue: not escalated
    expect((await items('smb-member@smb')).some((i) => i.kind === 'VERLOPEN')).toBe(false);
    expect(await items('auditor@jenv')).toEqual([]);
  });

  it('marks read only what is on your own list', async () => {
    const [icv] = await items('security-officer@politie');
    const [coUser] = await items('medegebruiker@rode-kruis');
    const MARK = `mutation($ids: [ID!]!, $read: Boolean) { markNotificationsRead(ids: $ids, read: $read) { unread items { id read } } }`;
    const marked = await as('security-officer@politie')(MARK, { ids: [icv.id, coUser.id, 'r-unknown'] });
    expect(marked.errors).toBeUndefined();
    expect(marked.data.markNotificationsRead).toEqual({ unread: 0, items: [{ id: icv.id, read: true }] });
    // Read per person: the viewer of the same party still has it unread; the co-user's stays unread.
    expect((await items('viewer@politie'))[0]).toEqual(expect.objectContaining({ id: icv.id, read: false }));
    expect((await items('medegebruiker@rode-kruis'))[0].read).toBe(false);
    const unread = await as('security-officer@politie')(
      `{ myNotifications(unreadOnly: true) { unread items { id } } }`,
    );
    expect(unread.data.myNotifications).toEqual({ unread: 0, items: [] });
    const back = await as('security-officer@politie')(MARK, { ids: [icv.id], read: false });
    expect(back.data.markNotificationsRead.unread).toBe(1);
  });
});

describe('[SK-3.5] lead times and the BIV review reminder of the LMS', () => {
  it('reminds the LMS of a facility whose BIV review is due, within the lead time it sets', async () => {
    const classified = await as('lms-operator@lms')(
      `mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { code } }`,
      {
        i: {
          facilityCode: 'OIS',
          biv: { beschikbaarheid: 'MIDDEN', integriteit: 'MIDDEN', vertrouwelijkheid: 'MIDDEN' },
          bbn: 2,
          rationale: 'Herijking binnenkort',
          reviewDue: isoDay(10),
        },
      },
    );
    expect(classified.errors).toBeUndefined();
    const review = await eventually(
      async () => (await items('lms-operator@lms')).find((i) => i.milestone === 'BIV_HERIJKING'),
      (found) => found !== undefined,
      'the review date to reach governance',
    );
    expect(review).toEqual(
      expect.objectContaining({ party: 'lms', kind: 'VOORAF', link: '/web-admin?tab=voorzieningen&id=OIS' }),
    );
    const all = await as('lms-operator@lms')(`{ reminders { milestone party subjectId daysLeft } }`);
    expect(all.data.reminders).toEqual(
      expect.arrayContaining([{ milestone: 'BIV_HERIJKING', party: 'lms', subjectId: 'OIS', daysLeft: 10 }]),
    );

    const SET = `mutation($m: Milestone!, $d: Int!) { setReminderLeadTime(milestone: $m, leadDays: $d) { milestone leadDays isDefault } }`;
    expect(codes(await as('viewer@politie')(SET, { m: 'BIV_HERIJKING', d: 5 }))).toEqual(['FORBIDDEN']);
    expect(codes(await as('lms-operator@lms')(SET, { m: 'BIV_HERIJKING', d: 366 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const set = await as('lms-operator@lms')(SET, { m: 'BIV_HERIJKING', d: 5 });
    expect(set.data.setReminderLeadTime).toEqual({
      milestone: 'BIV_HERIJKING',
      leadDays: 5,
      isDefault: false,
    });
    expect((await items('lms-operator@lms')).some((i) => i.milestone === 'BIV_HERIJKING')).toBe(false);
    const settings = await as('viewer@politie')(`{ reminderSettings { milestone leadDays isDefault } }`);
    expect(settings.data.reminderSettings).toEqual(
      expect.arrayContaining([
        { milestone: 'BIV_HERIJKING', leadDays: 5, isDefault: false },
        { milestone: 'BEVINDING', leadDays: 14, isDefault: true },
      ]),
    );
    await as('lms-operator@lms')(SET, { m: 'BIV_HERIJKING', d: 60 });
  });
});

describe('[SK-3.5] the e-mail digest without an SMTP server', () => {
  it('keeps the mail in the outbox, once per person per day, and honours the preference', async () => {
    const pref = await as('medegebruiker@rode-kruis')(`{ myMailPreference { digest email } }`);
    expect(pref.data.myMailPreference).toEqual({
      digest: 'DAGELIJKS',
      email: 'medegebruiker.rode-kruis@mkib.invalid',
    });
    const off = await as('viewer@politie')(`mutation { setMailPreference(digest: GEEN) { digest email } }`);
    expect(off.data.setMailPreference).toEqual({ digest: 'GEEN', email: 'viewer.politie@mkib.invalid' });

    const SEND = `mutation { sendReminderDigest { day sent } }`;
    expect(codes(await as('security-officer@politie')(SEND))).toEqual(['FORBIDDEN']);
    // The daily run also starts by itself a few seconds after the platform: whichever run comes first
    // mails the co-user, and a run on the same day mails nobody twice.
    const run = await as('lms-operator@lms')(SEND);
    expect(run.errors).toBeUndefined();
    expect(run.data.sendReminderDigest.day).toBe(isoDay(0));
    expect((await as('lms-operator@lms')(SEND)).data.sendReminderDigest.sent).toBe(0);

    const outbox = await as('lms-operator@lms')(
      `{ mailOutbox(limit: 200) { total items { to subject text channel } } }`,
    );
    expect(outbox.errors).toBeUndefined();
    const mails = outbox.data.mailOutbox.items as {
      to: string;
      subject: string;
      text: string;
      channel: string;
    }[];
    const coUser = mails.filter((m) => m.to === 'medegebruiker.rode-kruis@mkib.invalid');
    expect(coUser).toHaveLength(1);
    expect(coUser[0].channel).toBe('OUTBOX');
    expect(coUser[0].text).toContain(
      'Rapportage medegebruiker (Nederlandse Rode Kruis, evenementenhulpverlening)',
    );
    expect(coUser[0].text).toContain(`${platform.baseUrl}/web-ambulance?tab=rapportage`);
    expect(mails.some((m) => m.to === 'viewer.politie@mkib.invalid')).toBe(false);
    expect(codes(await as('security-officer@politie')(`{ mailOutbox { total } }`))).toEqual(['FORBIDDEN']);
    expect(codes(await as('lms-operator@lms')(`{ mailOutbox(limit: 0) { total } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

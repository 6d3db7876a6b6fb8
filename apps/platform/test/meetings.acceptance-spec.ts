import { inflateSync } from 'node:zlib';
import {
  bbpCalendarAround,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  nextYearFirstHalf,
  openBbpYear,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * Meetings of the SMB and the BMB (issue 18, SK-3.3): the board secretary plans a meeting and assembles its
 * agenda from signals, the wishes of a BBP year, free items and items already on the boards' agenda; the
 * SMB advises the BMB on any item, the BMB decides (an aanwijzing to a named party with it), the secretary
 * records attendance and minutes, and the meeting pack shows it all.
 */
const NOW = nextYearFirstHalf(new Date(), 6, 15);
const YEAR = NOW.getUTCFullYear();
const day = (offset: number) => isoDay(offset, NOW);
const SMB_SECRETARY = 'board-secretary@smb';
const BMB_SECRETARY = 'board-secretary@bmb';
const ACCOUNTS = [
  SMB_SECRETARY,
  BMB_SECRETARY,
  'smb-member@smb',
  'bmb-member@bmb',
  'lms-operator@lms',
  'security-officer@brandweer',
  'security-officer@politie',
  'auditor@jenv',
];

let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const ok = (r: GraphQLResponse) => {
  expect(r.errors).toBeUndefined();
  return r.data as any;
};
const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

const MEETING = `id board date title location state minutes minutesRecordedBy
  attendance { name present party { code name } }
  agenda { position minute item { id kind title subjectId advice decision } }`;
const PLAN = `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { ${MEETING} } }`;
const ADD = `mutation($i: MeetingAgendaItemInput!) { addMeetingAgendaItem(input: $i) { ${MEETING} } }`;
const REMOVE = `mutation($m: ID!, $b: ID!) { removeMeetingAgendaItem(meetingId: $m, boardItemId: $b) { ${MEETING} } }`;
const REORDER = `mutation($m: ID!, $b: [ID!]!) { reorderMeetingAgenda(meetingId: $m, boardItemIds: $b) { ${MEETING} } }`;
const MINUTES = `mutation($i: MeetingMinutesInput!) { recordMeetingMinutes(input: $i) { ${MEETING} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
const PACK = `query($id: ID!) { meetingPack(meetingId: $id) { filename contentType contentBase64 } }`;
const ADVISE = `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { id advice } }`;
const DECIDE = `mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id decision } }`;

/** The text a PDF shows: the strings of its (deflated) content streams' text operators. */
function pdfText(base64: string): string {
  const raw = Buffer.from(base64, 'base64');
  const text: string[] = [];
  const latin = raw.toString('latin1');
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = latin.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(raw.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      text.push(
        [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((h) => Buffer.from(h[1], 'hex').toString('latin1'))
          .join(''),
      );
  }
  return text.join('\n');
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  platform = await startPlatformProcess({ MKIB_NOW: NOW.toISOString() });
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

const plan = async (board: 'SMB' | 'BMB', offset: number, account = SMB_SECRETARY) =>
  ok(
    await as(account)(PLAN, {
      i: { board, date: day(offset), title: `Vergadering ${board}`, location: 'Driebergen' },
    }),
  ).planMeeting;

describe('[SK-3.3] meetings: the SMB advises the BMB on any item', () => {
  let meeting: any;
  let free: any;
  const AANWIJZING = 'Oefen de uitwijk binnen een half jaar';
  const DUE = day(90);

  it('[SK-3.3] the board secretary plans an SMB meeting; parties may not, dates outside the years are refused', async () => {
    expect(
      codes(
        await as('security-officer@politie')(PLAN, {
          i: { board: 'SMB', date: day(10), title: 'Vergadering SMB' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await as(SMB_SECRETARY)(PLAN, { i: { board: 'SMB', date: `${YEAR + 3}-01-10`, title: 'Te ver' } }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await as(SMB_SECRETARY)(PLAN, { i: { board: 'BMB', date: day(10), title: 'Niet de mijne' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(ok(await as(SMB_SECRETARY)(`{ meetings { id } }`)).meetings).toEqual([]);
    meeting = await plan('SMB', 10);
    expect(meeting).toEqual(
      expect.objectContaining({ board: 'SMB', date: day(10), state: 'GEPLAND', agenda: [], attendance: [] }),
    );
    expect(ok(await as('auditor@jenv')(`{ meetings(board: SMB) { id } }`)).meetings).toEqual([
      { id: meeting.id },
    ]);
    expect(codes(await as('security-officer@politie')(`{ meetings { id } }`))).toEqual(['FORBIDDEN']);
  });

  it('[SK-3.3] puts a signal, the wishes of the BBP year, a free item and an existing item on the agenda', async () => {
    // A signal: the LMS raises GMS to BBN3.
    ok(
      await as('lms-operator@lms')(
        `mutation($input: ClassifyFacilityInput!) { classifyFacility(input: $input) { code } }`,
        {
          input: {
            facilityCode: 'GMS',
            biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
            bbn: 3,
            rationale: 'Dreiging door statelijke actoren op het meldkamersysteem',
            reviewDue: day(365),
          },
        },
      ),
    );
    const signals = await eventually(
      () => as('smb-member@smb')(`{ smbSignals { total items { id summary } } }`),
      (r) => r.data?.smbSignals.total >= 1,
      'the signal',
    );
    const signal = signals.data.smbSignals.items[0];
    await openBbpYear(as, bbpCalendarAround(NOW));

    let m = ok(
      await as(SMB_SECRETARY)(ADD, { i: { meetingId: meeting.id, signalId: signal.id } }),
    ).addMeetingAgendaItem;
    m = ok(
      await as(SMB_SECRETARY)(ADD, { i: { meetingId: meeting.id, wishesYear: YEAR } }),
    ).addMeetingAgendaItem;
    m = ok(
      await as(SMB_SECRETARY)(ADD, {
        i: {
          meetingId: meeting.id,
          freeTitle: 'Uitwijk brandweer',
          freeDescription: 'De uitwijkvoorziening van de brandweer is niet beproefd.',
        },
      }),
    ).addMeetingAgendaItem;
    expect(m.agenda.map((e: any) => [e.position, e.item.kind])).toEqual([
      [1, 'SIGNAL'],
      [2, 'WISHES'],
      [3, 'FREE'],
    ]);
    expect(m.agenda[0].item).toEqual(expect.objectContaining({ subjectId: signal.id }));
    free = m.agenda[2].item;

    // The same item twice: CONFLICT; a second SMB meeting takes the existing free item by id.
    expect(
      codes(await as(SMB_SECRETARY)(ADD, { i: { meetingId: meeting.id, boardItemId: free.id } })),
    ).toEqual(['CONFLICT']);
    expect(
      codes(await as(SMB_SECRETARY)(ADD, { i: { meetingId: meeting.id, signalId: signal.id } })),
    ).toEqual(['CONFLICT']);
    const second = await plan('SMB', 40);
    const reused = ok(
      await as(SMB_SECRETARY)(ADD, { i: { meetingId: second.id, boardItemId: free.id } }),
    ).addMeetingAgendaItem;
    expect(reused.agenda.map((e: any) => e.item.id)).toEqual([free.id]);
    const signalAgain = ok(
      await as(SMB_SECRETARY)(ADD, { i: { meetingId: second.id, signalId: signal.id } }),
    ).addMeetingAgendaItem;
    expect(signalAgain.agenda[1].item.id).toBe(m.agenda[0].item.id); // one undecided SIGNAL item per signal

    // Wrong input changes nothing.
    const refused: [string, Record<string, unknown>, string][] = [
      ['two sources', { meetingId: meeting.id, wishesYear: YEAR, freeTitle: 'x' }, 'BAD_USER_INPUT'],
      ['no source', { meetingId: meeting.id }, 'BAD_USER_INPUT'],
      [
        'an unknown item',
        { meetingId: meeting.id, boardItemId: '00000000-0000-4000-8000-000000000000' },
        'NOT_FOUND',
      ],
      [
        'an unknown signal',
        { meetingId: meeting.id, signalId: '00000000-0000-4000-8000-000000000000' },
        'NOT_FOUND',
      ],
      ['a year without BBP', { meetingId: meeting.id, wishesYear: YEAR - 1 }, 'NOT_FOUND'],
      [
        'an unknown meeting',
        { meetingId: '00000000-0000-4000-8000-000000000000', wishesYear: YEAR },
        'NOT_FOUND',
      ],
    ];
    for (const [what, i, code] of refused)
      expect([what, codes(await as(SMB_SECRETARY)(ADD, { i }))]).toEqual([what, [code]]);
    expect(ok(await as(SMB_SECRETARY)(READ, { id: meeting.id })).meeting.agenda).toHaveLength(3);
  });

  it('[SK-3.3] orders and takes items off; another board’s secretary cannot change the meeting', async () => {
    const ids = (ok(await as(SMB_SECRETARY)(READ, { id: meeting.id })).meeting.agenda as any[]).map(
      (e) => e.item.id,
    );
    const reordered = ok(
      await as(SMB_SECRETARY)(REORDER, { m: meeting.id, b: [ids[2], ids[0], ids[1]] }),
    ).reorderMeetingAgenda;
    expect(reordered.agenda.map((e: any) => [e.position, e.item.id])).toEqual([
      [1, ids[2]],
      [2, ids[0]],
      [3, ids[1]],
    ]);
    expect(codes(await as(SMB_SECRETARY)(REORDER, { m: meeting.id, b: [ids[0]] }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await as(BMB_SECRETARY)(REORDER, { m: meeting.id, b: ids }))).toEqual(['NOT_FOUND']);
    expect(codes(await as(BMB_SECRETARY)(REMOVE, { m: meeting.id, b: ids[1] }))).toEqual(['NOT_FOUND']);
    expect(codes(await as('smb-member@smb')(REMOVE, { m: meeting.id, b: ids[1] }))).toEqual(['FORBIDDEN']);
    const removed = ok(await as(SMB_SECRETARY)(REMOVE, { m: meeting.id, b: ids[1] })).removeMeetingAgendaItem;
    expect(removed.agenda.map((e: any) => [e.position, e.item.id])).toEqual([
      [1, ids[2]],
      [2, ids[0]],
    ]);
    ok(await as(SMB_SECRETARY)(ADD, { i: { meetingId: meeting.id, wishesYear: YEAR } }));
    expect(codes(await as(SMB_SECRETARY)(READ, { id: 'x' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as(SMB_SECRETARY)(READ, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('[SK-3.3] the SMB advises on the free item, the BMB decides with an aanwijzing to the brandweer', async () => {
    const decision = {
      agendaItemId: free.id,
      decision: 'AANVAARD_MET_AANWIJZING',
      text: 'Het BMB aanvaardt het advies en geeft een aanwijzing.',
      instruction: { description: AANWIJZING, dueDate: DUE, party: 'brandweer' },
    };
    expect(codes(await as('bmb-member@bmb')(DECIDE, { i: decision }))).toEqual(['CONFLICT']);
    ok(
      await as('smb-member@smb')(ADVISE, {
        id: free.id,
        a: 'Het SMB adviseert de uitwijk binnen een half jaar te beproeven.',
      }),
    );
    expect(ok(await as('bmb-member@bmb')(DECIDE, { i: decision })).decideBoardItem.decision).toBe(
      'AANVAARD_MET_AANWIJZING',
    );
    const mine = ok(
      await as('security-officer@brandweer')(`{ instructions { party description dueDate } }`),
    ).instructions;
    expect(mine).toContainEqual({ party: 'brandweer', description: AANWIJZING, dueDate: DUE });
    expect(
      ok(await as('security-officer@politie')(`{ instructions { description } }`)).instructions,
    ).not.toContainEqual({ description: AANWIJZING });
  });

  it('[SK-3.3] minutes make the meeting GEHOUDEN and lock its agenda; they may be corrected', async () => {
    const ids = (ok(await as(SMB_SECRETARY)(READ, { id: meeting.id })).meeting.agenda as any[]).map(
      (e) => e.item.id,
    );
    const input = {
      meetingId: meeting.id,
      attendance: [
        { name: 'A. Voorzitter', party: 'politie', present: true },
        { name: 'B. Lid', party: 'brandweer', present: false },
      ],
      minutes: 'De vergadering bespreekt de uitwijk en het signaal.',
      itemMinutes: [{ boardItemId: free.id, minute: 'Aanwijzing aan de brandweer.' }],
    };
    expect(
      codes(
        await as(SMB_SECRETARY)(MINUTES, {
          i: {
            ...input,
            itemMinutes: [{ boardItemId: '00000000-0000-4000-8000-000000000000', minute: 'x' }],
          },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as(BMB_SECRETARY)(MINUTES, { i: input }))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await as(SMB_SECRETARY)(MINUTES, {
          i: { ...input, attendance: [{ name: 'C. Gast', party: 'geen-partij', present: true }] },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(ok(await as(SMB_SECRETARY)(READ, { id: meeting.id })).meeting.state).toBe('GEPLAND');
    const held = ok(await as(SMB_SECRETARY)(MINUTES, { i: input })).recordMeetingMinutes;
    expect(held).toEqual(
      expect.objectContaining({
        state: 'GEHOUDEN',
        minutes: input.minutes,
        minutesRecordedBy: SMB_SECRETARY,
      }),
    );
    expect(held.attendance).toEqual([
      { name: 'A. Voorzitter', present: true, party: expect.objectContaining({ code: 'politie' }) },
      { name: 'B. Lid', present: false, party: expect.objectContaining({ code: 'brandweer' }) },
    ]);
    expect(held.agenda.find((e: any) => e.item.id === free.id).minute).toBe('Aanwijzing aan de brandweer.');
    expect(
      codes(
        await as(SMB_SECRETARY)(ADD, {
          i: { meetingId: meeting.id, freeTitle: 'Laat', freeDescription: 'Te laat.' },
        }),
      ),
    ).toEqual(['CONFLICT']);
    expect(codes(await as(SMB_SECRETARY)(REMOVE, { m: meeting.id, b: ids[0] }))).toEqual(['CONFLICT']);
    expect(codes(await as(SMB_SECRETARY)(REORDER, { m: meeting.id, b: [...ids].reverse() }))).toEqual([
      'CONFLICT',
    ]);
    const corrected = ok(
      await as(SMB_SECRETARY)(MINUTES, {
        i: { ...input, minutes: 'Gecorrigeerd: de vergadering bespreekt de uitwijk.' },
      }),
    ).recordMeetingMinutes;
    expect(corrected.minutes).toBe('Gecorrigeerd: de vergadering bespreekt de uitwijk.');
    expect(corrected.agenda.map((e: any) => e.item.id)).toEqual(ids);
  });

  it('[SK-3.3] the meeting pack is a Dutch PDF with the advice, the decision and the aanwijzing', async () => {
    const pack = ok(await as('auditor@jenv')(PACK, { id: meeting.id })).meetingPack;
    expect(pack.contentType).toBe('application/pdf');
    const bytes = Buffer.from(pack.contentBase64, 'base64');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(bytes.length).toBeGreaterThan(2_000);
    const text = squeeze(pdfText(pack.contentBase64));
    for (const expected of [
      AANWIJZING,
      'Brandweer',
      DUE,
      'aanvaard met aanwijzing',
      'Vrij agendapunt',
      'Gecorrigeerd',
    ])
      expect([expected, text.includes(squeeze(expected))]).toEqual([expected, true]);
    expect(codes(await as('security-officer@politie')(PACK, { id: meeting.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await as('auditor@jenv')(PACK, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('[SK-3.3] the BMB secretary plans the BMB meetings and sees the SMB’s', async () => {
    const bmb = await plan('BMB', 20, BMB_SECRETARY);
    expect(ok(await as(BMB_SECRETARY)(`{ meetings(board: BMB) { id } }`)).meetings).toEqual([{ id: bmb.id }]);
    expect(
      ok(await as(BMB_SECRETARY)(`{ meetings { board } }`))
        .meetings.map((x: any) => x.board)
        .sort(),
    ).toEqual(['BMB', 'SMB', 'SMB']);
    expect(codes(await as(SMB_SECRETARY)(ADD, { i: { meetingId: bmb.id, wishesYear: YEAR } }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

import { rmSync } from 'node:fs';
import {
  createTestDatabase,
  errorCodes,
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
 * Escalations (issue 18, SK-3.8) through the gateway: parties that cannot agree on a decision point raise
 * it to the BMB, every party asked states why it can or cannot agree, the SMB advises and the BMB decides
 * once all positions are in or once the deadline has passed. The platform lives in the middle of next year
 * (`MKIB_NOW`); the last test restarts it on the same data past a deadline.
 */
const NOW = nextYearFirstHalf(new Date(), 6, 15);
const LATER = new Date(NOW.getTime() + 10 * 86_400_000);
const day = (offset: number) => isoDay(offset, NOW);

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
  'security-officer@politie',
  'security-officer@ambulance',
  'security-officer@brandweer',
  'security-officer@kmar',
  'viewer@politie',
  'accountable-official@ambulance',
  'board-secretary@smb',
  'smb-member@smb',
  'bmb-member@bmb',
  'lms-operator@lms',
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

const FIELDS = `id title question raisedBy raisedByParty { code name } positionsDue state
  parties { code name } missing { code name } decidable
  positions { party { code name } stance reasoning recordedBy recordedAt }
  boardItem { id kind title decision advice }`;
const RAISE = `mutation($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { ${FIELDS} } }`;
const POSITION = `mutation($i: EscalationPositionInput!) { recordEscalationPosition(input: $i) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { escalation(id: $id) { ${FIELDS} } }`;
const LIST = `{ escalations { id title } }`;
const ADVISE = `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { id advice } }`;
const DECIDE = `mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id decision } }`;
const TRAIL = `query($f: AuditTrailFilter) { governanceAuditTrail(filter: $f) { total entries { action before after } } }`;
const REMINDERS = `query { reminders { milestone party deadline subjectId title } }`;

const PARTIES = ['politie', 'ambulance', 'brandweer'];
const RAISED = {
  title: 'Centrale bewaring van logging',
  question: 'Moet de logging van de gedeelde meldkamervoorzieningen centraal bij de LMS worden bewaard?',
  parties: PARTIES,
  positionsDue: day(7),
};
const position = (escalationId: string, stance: string, reasoning: string) => ({
  i: { escalationId, stance, reasoning },
});
const trailOf = async (subject: string) =>
  ok(await as('auditor@jenv')(TRAIL, { f: { subject, limit: 100 } })).governanceAuditTrail;

let escalation: any;

describe('[SK-3.8] escalations to the BMB', () => {
  it('[SK-3.8] refuses bad input and anyone but a party or the secretary, writing nothing', async () => {
    const before = ok(await as('auditor@jenv')(LIST)).escalations.length;
    const bad: [string, Record<string, unknown>][] = [
      ['one party only', { ...RAISED, parties: ['politie'] }],
      ['a party twice', { ...RAISED, parties: ['politie', 'politie', 'ambulance'] }],
      ['a board asked', { ...RAISED, parties: ['politie', 'smb'] }],
      ['the raiser not asked', { ...RAISED, parties: ['ambulance', 'brandweer'] }],
      ['a deadline in the past', { ...RAISED, positionsDue: day(-1) }],
      ['not a date', { ...RAISED, positionsDue: 'volgende week' }],
      ['no title', { ...RAISED, title: '  ' }],
      ['no question', { ...RAISED, question: '' }],
    ];
    for (const [what, i] of bad)
      expect([what, errorCodes(await as('security-officer@politie')(RAISE, { i }))]).toEqual([
        what,
        ['BAD_USER_INPUT'],
      ]);
    for (const account of ['viewer@politie', 'smb-member@smb', 'bmb-member@bmb', 'auditor@jenv'])
      expect([account, errorCodes(await as(account)(RAISE, { i: RAISED }))]).toEqual([
        account,
        ['FORBIDDEN'],
      ]);
    expect(ok(await as('auditor@jenv')(LIST)).escalations).toHaveLength(before);
  });

  it('[SK-3.8] politie raises an escalation: an ESCALATION item on the agenda, every position missing', async () => {
    escalation = ok(await as('security-officer@politie')(RAISE, { i: RAISED })).raiseEscalation;
    expect(escalation).toEqual(
      expect.objectContaining({
        title: RAISED.title,
        state: 'OPEN',
        raisedBy: 'security-officer@politie',
        positionsDue: RAISED.positionsDue,
        decidable: false,
        positions: [],
      }),
    );
    expect(escalation.raisedByParty.code).toBe('politie');
    expect(escalation.parties.map((p: any) => p.code)).toEqual(PARTIES);
    expect(escalation.missing.map((p: any) => p.code)).toEqual(PARTIES);
    expect(escalation.missing[0].name).toBeTruthy();
    expect(escalation.boardItem).toEqual(
      expect.objectContaining({ kind: 'ESCALATION', title: `Escalatie: ${RAISED.title}`, decision: null }),
    );
    const audit = await trailOf(escalation.id);
    expect(audit.entries.map((e: any) => e.action)).toContain('escalation.raised');
    // Each party asked is reminded of its position.
    const reminders = ok(await as('security-officer@ambulance')(REMINDERS)).reminders as any[];
    expect(reminders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          milestone: 'ESCALATIESTANDPUNT',
          party: 'ambulance',
          deadline: RAISED.positionsDue,
          subjectId: escalation.id,
          title: RAISED.title,
        }),
      ]),
    );
  });

  it('[SK-3.8] a party asked records its position; bad input, the wrong roles and others change nothing', async () => {
    const id = escalation.id;
    expect(
      errorCodes(await as('security-officer@ambulance')(POSITION, position(id, 'MISSCHIEN', 'Geen idee.'))),
    ).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as('security-officer@ambulance')(POSITION, position(id, 'EENS', ' ')))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      errorCodes(await as('viewer@politie')(POSITION, position(id, 'EENS', 'Wij zijn het hiermee eens.'))),
    ).toEqual(['FORBIDDEN']);
    // kmar is not asked and did not raise it: the escalation is not there for kmar.
    expect(
      errorCodes(
        await as('security-officer@kmar')(POSITION, position(id, 'EENS', 'Wij zijn het hiermee eens.')),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await as('security-officer@ambulance')(
          POSITION,
          position('00000000-0000-4000-8000-000000000000', 'EENS', 'Wij zijn het hiermee eens.'),
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(ok(await as('auditor@jenv')(ONE, { id })).escalation.positions).toEqual([]);

    const first = ok(
      await as('security-officer@ambulance')(
        POSITION,
        position(id, 'ONEENS', 'De ambulancezorg bewaart de logging liever zelf.'),
      ),
    ).recordEscalationPosition;
    expect(first.positions).toEqual([
      expect.objectContaining({
        party: expect.objectContaining({ code: 'ambulance' }),
        stance: 'ONEENS',
        recordedBy: 'security-officer@ambulance',
      }),
    ]);
    // Changed until decided, audited with before and after.
    const changed = ok(
      await as('accountable-official@ambulance')(
        POSITION,
        position(id, 'EENS', 'Na overleg kan de ambulancezorg hiermee instemmen.'),
      ),
    ).recordEscalationPosition;
    expect(changed.positions).toEqual([
      expect.objectContaining({ stance: 'EENS', recordedBy: 'accountable-official@ambulance' }),
    ]);
    const recorded = (await trailOf(id)).entries.filter(
      (e: any) => e.action === 'escalation-position.recorded',
    );
    expect(recorded).toHaveLength(2);
    expect(recorded.some((e: any) => e.before && e.after)).toBe(true);
    ok(
      await as('security-officer@politie')(
        POSITION,
        position(id, 'EENS', 'Centrale bewaring maakt het onderzoek van incidenten eenvoudiger.'),
      ),
    );
  });

  it('[SK-3.8] a party reads only its own position; a party not asked gets NOT_FOUND; the boards see all', async () => {
    const id = escalation.id;
    const mine = ok(await as('security-officer@politie')(ONE, { id })).escalation;
    expect(mine.positions.map((p: any) => p.party.code)).toEqual(['politie']);
    expect(mine.missing.map((p: any) => p.code)).toEqual(['brandweer']);
    const brandweer = ok(await as('security-officer@brandweer')(ONE, { id })).escalation;
    expect(brandweer.positions).toEqual([]);
    expect(errorCodes(await as('security-officer@kmar')(ONE, { id }))).toEqual(['NOT_FOUND']);
    expect((ok(await as('security-officer@kmar')(LIST)).escalations as any[]).some((e) => e.id === id)).toBe(
      false,
    );
    // Nor through the boards' agenda: the escalation's item is the parties' it concerns (SK-T3).
    const itemId = escalation.boardItem.id;
    const ITEMS = `{ boardItems(kind: ESCALATION) { id } }`;
    const ITEM = `query($id: ID!) { boardItem(id: $id) { id title } }`;
    expect((ok(await as('security-officer@kmar')(ITEMS)).boardItems as any[]).map((i) => i.id)).not.toContain(
      itemId,
    );
    expect(errorCodes(await as('security-officer@kmar')(ITEM, { id: itemId }))).toEqual(['NOT_FOUND']);
    expect(
      (ok(await as('security-officer@brandweer')(ITEMS)).boardItems as any[]).map((i) => i.id),
    ).toContain(itemId);
    expect(ok(await as('security-officer@politie')(ITEM, { id: itemId })).boardItem.id).toBe(itemId);
    for (const account of ['smb-member@smb', 'bmb-member@bmb', 'lms-operator@lms', 'auditor@jenv']) {
      const all = ok(await as(account)(ONE, { id })).escalation;
      expect([account, all.positions.map((p: any) => p.party.code).sort()]).toEqual([
        account,
        ['ambulance', 'politie'],
      ]);
    }
  });

  it('[SK-3.8] the BMB cannot decide while positions are missing and the deadline has not passed', async () => {
    const itemId = escalation.boardItem.id;
    ok(await as('smb-member@smb')(ADVISE, { id: itemId, a: 'Het SMB adviseert centrale bewaring.' }));
    const before = (await trailOf(itemId)).total;
    const refused = await as('bmb-member@bmb')(DECIDE, {
      i: { agendaItemId: itemId, decision: 'AANVAARD', text: 'Het BMB besluit tot centrale bewaring.' },
    });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors![0].message).toMatch(/brandweer/i);
    expect((await trailOf(itemId)).total).toBe(before);
    const still = ok(await as('bmb-member@bmb')(ONE, { id: escalation.id })).escalation;
    expect(still).toEqual(expect.objectContaining({ state: 'OPEN', decidable: false }));
    expect(still.boardItem.decision).toBe(null);
  });

  it('[SK-3.8] once all positions are in the BMB decides; positions no longer change', async () => {
    const id = escalation.id;
    const complete = ok(
      await as('security-officer@brandweer')(
        POSITION,
        position(id, 'ONEENS', 'De brandweer houdt de logging bij de veiligheidsregio.'),
      ),
    ).recordEscalationPosition;
    expect(complete.missing).toEqual([]);
    expect(complete.decidable).toBe(true);
    ok(
      await as('bmb-member@bmb')(DECIDE, {
        i: {
          agendaItemId: complete.boardItem.id,
          decision: 'AANVAARD',
          text: 'Het BMB besluit tot centrale bewaring.',
        },
      }),
    );
    const decided = ok(await as('auditor@jenv')(ONE, { id })).escalation;
    expect(decided.state).toBe('BESLOTEN');
    expect(decided.boardItem.decision).toBe('AANVAARD');
    expect(
      errorCodes(
        await as('security-officer@politie')(POSITION, position(id, 'ONEENS', 'Toch liever niet centraal.')),
      ),
    ).toEqual(['CONFLICT']);
    const reminders = ok(await as('security-officer@brandweer')(REMINDERS)).reminders as any[];
    expect(reminders.some((r) => r.subjectId === id)).toBe(false);
  });

  it('[SK-3.8] after the deadline the BMB decides with positions missing, and sees who is missing', async () => {
    const late = ok(
      await as('board-secretary@smb')(RAISE, {
        i: {
          title: 'Gezamenlijke uitwijklocatie',
          question: 'Delen de hoofdgebruikers één uitwijklocatie voor de meldkamer?',
          parties: ['kmar', 'lms'],
          positionsDue: day(3),
        },
      }),
    ).raiseEscalation;
    expect(late.raisedByParty.code).toBe('smb');
    ok(
      await as('security-officer@kmar')(
        POSITION,
        position(late.id, 'EENS', 'De KMar deelt de uitwijklocatie graag.'),
      ),
    );
    ok(await as('smb-member@smb')(ADVISE, { id: late.boardItem.id, a: 'Het SMB adviseert één locatie.' }));
    expect(
      errorCodes(
        await as('bmb-member@bmb')(DECIDE, {
          i: {
            agendaItemId: late.boardItem.id,
            decision: 'AANVAARD',
            text: 'Het BMB kiest één uitwijklocatie.',
          },
        }),
      ),
    ).toEqual(['CONFLICT']);

    const dataDir = platform.dataDir;
    await platform.stop();
    platform = await startPlatformProcess(envOf(LATER), undefined, { dataDir, keepDataDir: true });
    await signInAll();
    const overdue = ok(await as('bmb-member@bmb')(ONE, { id: late.id })).escalation;
    expect(overdue.decidable).toBe(true);
    expect(overdue.missing.map((p: any) => p.code)).toEqual(['lms']);
    ok(
      await as('bmb-member@bmb')(DECIDE, {
        i: {
          agendaItemId: late.boardItem.id,
          decision: 'AANVAARD',
          text: 'Het BMB kiest één uitwijklocatie.',
        },
      }),
    );
    expect(ok(await as('auditor@jenv')(ONE, { id: late.id })).escalation.state).toBe('BESLOTEN');
  });
});

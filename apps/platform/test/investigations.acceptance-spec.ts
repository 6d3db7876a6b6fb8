import {
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * Investigations and standalone aanwijzingen (issue 18, SK-3.6): the board secretary proposes an
 * investigation (an INVESTIGATION item on the boards' agenda); the BMB commissions it only after the
 * SMB's advice; the secretary records its report and findings; the report downloads as uploaded. The BMB
 * gives a party an aanwijzing outside an ICV decision, the party reports it done and the BMB closes it.
 * Both are reminded of from their milestone's lead time.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const SECRETARY = 'board-secretary@smb';
const SMB = 'smb-member@smb';
const BMB = 'bmb-member@bmb';
const POLITIE = 'security-officer@politie';
const AMBULANCE = 'security-officer@ambulance';
const ACCOUNTS = [SECRETARY, SMB, BMB, POLITIE, AMBULANCE, 'auditor@jenv'];
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
const ok = (r: GraphQLResponse) => {
  expect(r.errors).toBeUndefined();
  return r.data as any;
};

const FIELDS = `id title scope investigator dueDate state summary proposedBy completedAt
  findings { id text followUp state } report { filename contentType size uploadedBy }
  boardItem { id kind title advice decision }`;
const PROPOSE = `mutation($i: ProposeInvestigationInput!) { proposeInvestigation(input: $i) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { investigation(id: $id) { ${FIELDS} } }`;
const LIST = `{ investigations { id title state } }`;
const RECORD = `mutation($i: InvestigationReportInput!) { recordInvestigationReport(input: $i) { ${FIELDS} } }`;
const REPORT = `query($id: ID!) { investigationReport(id: $id) { filename contentType contentBase64 } }`;
const ADVISE = `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { id advice } }`;
const DECIDE = `mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id decision } }`;
const ISSUE = `mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) {
  id party description dueDate state reason issuedAt issuedBy boardItem { id title } } }`;
const INSTRUCTIONS = `{ instructions { id party state reason description doneReport boardItem { id } } }`;
const REMINDERS = `{ reminders { milestone party kind deadline subjectId title } }`;

const PDF = Buffer.from('%PDF-1.4\n% rapport van het onderzoek\n%%EOF\n').toString('base64');
const proposal = (title: string, dueDate = isoDay(60)) => ({
  title,
  scope: 'Hoe het informatiebeveiligingsbeleid in de praktijk werkt bij de meldkamers.',
  investigator: 'Onderzoeksbureau Noord',
  dueDate,
});
const report = (investigationId: string) => ({
  investigationId,
  report: { filename: 'rapport.pdf', contentType: 'application/pdf', contentBase64: PDF },
  summary: 'Het beleid werkt, met twee verbeterpunten.',
  findings: [
    { text: 'De back-ups worden niet overal getest.', followUp: 'Aanwijzing aan de partijen.' },
    { text: 'De BIV-classificatie is actueel.', state: 'AFGEHANDELD' },
  ],
});

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});

afterAll(async () => {
  await platform?.stop();
});

describe('[SK-3.6] investigations commissioned by the BMB after the SMB advice', () => {
  let commissioned: any;

  it('the secretary proposes an investigation: it is on the boards’ agenda, VOORGESTELD', async () => {
    commissioned = ok(
      await as(SECRETARY)(PROPOSE, { i: proposal('Werking van het beleid') }),
    ).proposeInvestigation;
    expect(commissioned).toMatchObject({
      title: 'Werking van het beleid',
      state: 'VOORGESTELD',
      report: null,
      findings: [],
      boardItem: { kind: 'INVESTIGATION', title: 'Onderzoek: Werking van het beleid', advice: null },
    });
    // Common to every party.
    expect(ok(await as(POLITIE)(LIST)).investigations.map((i: any) => i.id)).toContain(commissioned.id);
  });

  it('the BMB cannot decide before the SMB advised; then AANVAARD commissions it', async () => {
    const item = commissioned.boardItem.id;
    const early = await as(BMB)(DECIDE, {
      i: { agendaItemId: item, decision: 'AANVAARD', text: 'Wij verlenen de opdracht.' },
    });
    expect(codes(early)).toEqual(['CONFLICT']);
    expect(ok(await as(BMB)(ONE, { id: commissioned.id })).investigation.state).toBe('VOORGESTELD');
    ok(await as(SMB)(ADVISE, { id: item, a: 'Het SMB adviseert het onderzoek te laten uitvoeren.' }));
    // Not commissioned yet: no report can be recorded.
    expect(codes(await as(SECRETARY)(RECORD, { i: report(commissioned.id) }))).toEqual(['CONFLICT']);
    ok(
      await as(BMB)(DECIDE, {
        i: { agendaItemId: item, decision: 'AANVAARD', text: 'Wij verlenen de opdracht.' },
      }),
    );
    const now = ok(await as(SECRETARY)(ONE, { id: commissioned.id })).investigation;
    expect(now.state).toBe('IN_UITVOERING');
    expect(now.boardItem.decision).toBe('AANVAARD');
  });

  it('bad report input changes nothing', async () => {
    const bad = [
      { ...report(commissioned.id), summary: '' },
      {
        ...report(commissioned.id),
        report: { filename: 'x.exe', contentType: 'application/x-msdownload', contentBase64: PDF },
      },
      {
        ...report(commissioned.id),
        report: { filename: 'rapport.pdf', contentType: 'application/pdf', contentBase64: '' },
      },
      {
        ...report(commissioned.id),
        report: {
          filename: 'rapport.pdf',
          contentType: 'application/pdf',
          contentBase64: Buffer.from('<html>').toString('base64'),
        },
      },
      { ...report(commissioned.id), findings: [{ id: 'nope', text: 'Een bevinding' }] },
    ];
    for (const i of bad) expect(codes(await as(SECRETARY)(RECORD, { i }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as(SECRETARY)(RECORD, { i: report('00000000-0000-4000-8000-000000000000') }))).toEqual(
      ['NOT_FOUND'],
    );
    // A party may read but not record.
    expect(codes(await as(POLITIE)(RECORD, { i: report(commissioned.id) }))).toEqual(['FORBIDDEN']);
    const still = ok(await as(SECRETARY)(ONE, { id: commissioned.id })).investigation;
    expect(still).toMatchObject({ state: 'IN_UITVOERING', report: null, summary: null, findings: [] });
    expect(codes(await as(SECRETARY)(REPORT, { id: commissioned.id }))).toEqual(['CONFLICT']);
  });

  it('the secretary records the report and findings: AFGEROND, and the report downloads as uploaded', async () => {
    const done = ok(await as(SECRETARY)(RECORD, { i: report(commissioned.id) })).recordInvestigationReport;
    expect(done).toMatchObject({
      state: 'AFGEROND',
      summary: 'Het beleid werkt, met twee verbeterpunten.',
      report: {
        filename: 'rapport.pdf',
        contentType: 'application/pdf',
        size: Buffer.from(PDF, 'base64').length,
      },
      findings: [
        {
          text: 'De back-ups worden niet overal getest.',
          followUp: 'Aanwijzing aan de partijen.',
          state: 'OPEN',
        },
        { text: 'De BIV-classificatie is actueel.', followUp: null, state: 'AFGEHANDELD' },
      ],
    });
    expect(done.completedAt).toBeTruthy();
    const file = ok(await as(POLITIE)(REPORT, { id: commissioned.id })).investigationReport;
    expect(file).toEqual({ filename: 'rapport.pdf', contentType: 'application/pdf', contentBase64: PDF });
    // Once only.
    expect(codes(await as(SECRETARY)(RECORD, { i: report(commissioned.id) }))).toEqual(['CONFLICT']);
  });

  it('NIET_AANVAARD: NIET_VERLEEND, and no report can be recorded', async () => {
    const p = ok(
      await as(SECRETARY)(PROPOSE, { i: proposal('Niet verleend onderzoek') }),
    ).proposeInvestigation;
    ok(await as(SMB)(ADVISE, { id: p.boardItem.id, a: 'Het SMB ziet geen aanleiding voor dit onderzoek.' }));
    ok(
      await as(BMB)(DECIDE, {
        i: {
          agendaItemId: p.boardItem.id,
          decision: 'NIET_AANVAARD',
          text: 'Geen opdracht voor dit onderzoek.',
        },
      }),
    );
    expect(ok(await as(SECRETARY)(ONE, { id: p.id })).investigation.state).toBe('NIET_VERLEEND');
    const r = await as(SECRETARY)(RECORD, { i: report(p.id) });
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(ok(await as(SECRETARY)(ONE, { id: p.id })).investigation.report).toBeNull();
  });

  it('refuses a party proposing and bad proposals, changing nothing', async () => {
    const before = ok(await as(SECRETARY)(LIST)).investigations.length;
    expect(codes(await as(POLITIE)(PROPOSE, { i: proposal('Van een partij') }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(SMB)(PROPOSE, { i: proposal('Van een SMB-lid') }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(SECRETARY)(PROPOSE, { i: { ...proposal(''), dueDate: isoDay(-1) } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await as(SECRETARY)(ONE, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(ok(await as(SECRETARY)(LIST)).investigations.length).toBe(before);
  });

  it('ONDERZOEK: the SMB is reminded of a commissioned investigation’s report from the lead time', async () => {
    const soon = ok(
      await as(SECRETARY)(PROPOSE, { i: proposal('Rapport binnenkort', isoDay(10)) }),
    ).proposeInvestigation;
    const far = ok(
      await as(SECRETARY)(PROPOSE, { i: proposal('Rapport later', isoDay(200)) }),
    ).proposeInvestigation;
    for (const p of [soon, far]) {
      ok(
        await as(SMB)(ADVISE, {
          id: p.boardItem.id,
          a: 'Het SMB adviseert het onderzoek te laten uitvoeren.',
        }),
      );
      ok(
        await as(BMB)(DECIDE, {
          i: { agendaItemId: p.boardItem.id, decision: 'AANVAARD', text: 'Wij verlenen de opdracht.' },
        }),
      );
    }
    const reminders = ok(await as(SECRETARY)(REMINDERS)).reminders as any[];
    expect(reminders.filter((r) => r.subjectId === soon.id)).toEqual([
      {
        milestone: 'ONDERZOEK',
        party: 'smb',
        kind: 'VOORAF',
        deadline: isoDay(10),
        subjectId: soon.id,
        title: 'Rapport binnenkort',
      },
    ]);
    expect(reminders.filter((r) => r.subjectId === far.id)).toEqual([]);
    // Completed: no longer owed.
    expect(reminders.filter((r) => r.subjectId === commissioned.id)).toEqual([]);
  });
});

describe('[SK-3.6] standalone aanwijzingen of the BMB', () => {
  let instruction: any;
  const give = (over: Record<string, unknown> = {}) => ({
    party: 'politie',
    description: 'Test de back-ups van de meldkamer elk kwartaal.',
    dueDate: isoDay(10),
    reason: 'Bevinding van het onderzoek naar de werking van het beleid.',
    ...over,
  });

  it('refuses an SMB member, a party and bad input, changing nothing', async () => {
    const before = ok(await as(BMB)(INSTRUCTIONS)).instructions.length;
    expect(codes(await as(SMB)(ISSUE, { i: give() }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(POLITIE)(ISSUE, { i: give() }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(BMB)(ISSUE, { i: give({ party: 'nergens' }) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as(BMB)(ISSUE, { i: give({ party: 'smb' }) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as(BMB)(ISSUE, { i: give({ reason: '', description: '' }) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await as(BMB)(ISSUE, { i: give({ dueDate: isoDay(-3) }) }))).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await as(BMB)(ISSUE, { i: give({ boardItemId: '00000000-0000-4000-8000-000000000000' }) })),
    ).toEqual(['NOT_FOUND']);
    // A board item the SMB has not advised on yet.
    const p = ok(await as(SECRETARY)(PROPOSE, { i: proposal('Nog niet geadviseerd') })).proposeInvestigation;
    expect(codes(await as(BMB)(ISSUE, { i: give({ boardItemId: p.boardItem.id }) }))).toEqual(['CONFLICT']);
    expect(ok(await as(BMB)(INSTRUCTIONS)).instructions.length).toBe(before);
  });

  it('the BMB gives politie an aanwijzing following advised item: politie sees it, ambulance does not', async () => {
    const p = ok(
      await as(SECRETARY)(PROPOSE, { i: proposal('Aanleiding voor een aanwijzing') }),
    ).proposeInvestigation;
    ok(await as(SMB)(ADVISE, { id: p.boardItem.id, a: 'Het SMB adviseert een aanwijzing aan de politie.' }));
    instruction = ok(await as(BMB)(ISSUE, { i: give({ boardItemId: p.boardItem.id }) })).issueInstruction;
    expect(instruction).toMatchObject({
      party: 'politie',
      state: 'OPEN',
      reason: 'Bevinding van het onderzoek naar de werking van het beleid.',
      boardItem: { id: p.boardItem.id, title: 'Onderzoek: Aanleiding voor een aanwijzing' },
    });
    expect(instruction.issuedAt).toBeTruthy();
    const mine = ok(await as(POLITIE)(INSTRUCTIONS)).instructions as any[];
    expect(mine.find((i) => i.id === instruction.id)).toMatchObject({
      reason: instruction.reason,
      boardItem: { id: p.boardItem.id },
    });
    expect((ok(await as(AMBULANCE)(INSTRUCTIONS)).instructions as any[]).map((i) => i.id)).not.toContain(
      instruction.id,
    );
  });

  it('AANWIJZING: politie is reminded from the lead time; ambulance is not', async () => {
    const politie = (ok(await as(POLITIE)(REMINDERS)).reminders as any[]).filter(
      (r) => r.subjectId === instruction.id,
    );
    expect(politie).toEqual([
      expect.objectContaining({
        milestone: 'AANWIJZING',
        party: 'politie',
        kind: 'VOORAF',
        deadline: isoDay(10),
      }),
    ]);
    const ambulance = (ok(await as(AMBULANCE)(REMINDERS)).reminders as any[]).filter(
      (r) => r.subjectId === instruction.id,
    );
    expect(ambulance).toEqual([]);
  });

  it('politie reports it done, the BMB closes it; ambulance cannot touch it', async () => {
    const report = 'De back-ups worden nu elk kwartaal getest en gelogd.';
    expect(
      codes(
        await as(AMBULANCE)(
          `mutation($id: ID!, $r: String!) { reportInstructionDone(instructionId: $id, report: $r) { id } }`,
          { id: instruction.id, r: report },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    const done = ok(
      await as(POLITIE)(
        `mutation($id: ID!, $r: String!) { reportInstructionDone(instructionId: $id, report: $r) { id state doneReport } }`,
        {
          id: instruction.id,
          r: report,
        },
      ),
    ).reportInstructionDone;
    expect(done).toMatchObject({ state: 'GEREED_GEMELD', doneReport: report });
    const closed = ok(
      await as(BMB)(
        `mutation($id: ID!) { reviewInstruction(instructionId: $id, accept: true) { id state } }`,
        { id: instruction.id },
      ),
    ).reviewInstruction;
    expect(closed.state).toBe('GESLOTEN');
    const reminders = (ok(await as(POLITIE)(REMINDERS)).reminders as any[]).filter(
      (r) => r.subjectId === instruction.id,
    );
    expect(reminders).toEqual([]);
  });
});

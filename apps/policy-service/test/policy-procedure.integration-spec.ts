import {
  adoptPolicyChange,
  createTestDatabase,
  currentYear,
  errorCodes,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/**
 * The change procedure through the gateway (SK-3.1, SK-4.4): triggers linked to their records, a
 * hoofdgebruiker's request taken up by a draft, the consultation's rules, the carried changes checked,
 * and one proposal with requirement changes before the boards at a time. Refusals write nothing.
 */
let db: TestDatabase;
let platform: PlatformProcess;
const tokens = new Map<string, string>();
const as = (account: string) => (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, tokens.get(account)!);
const lms = as('lms-operator@lms');
const politie = as('security-officer@politie');
const ambulance = as('security-officer@ambulance');

const DRAFT = `mutation($i: DraftChangeProposalInput!) {
  draftChangeProposal(input: $i) { id number state trigger { kind label request { id state } } }
}`;
type I18n = { key?: string; problems?: { field: string; key: string }[] };
const i18nOf = (r: GraphQLResponse) => (r.errors?.[0]?.extensions as { i18n?: I18n } | undefined)?.i18n;
const problemKeys = (r: GraphQLResponse) => (i18nOf(r)?.problems ?? []).map((p) => p.key);
const keyOf = (r: GraphQLResponse) => i18nOf(r)?.key;
const draftInput = (over: Record<string, unknown> = {}) => ({
  title: 'Herijking elke twee jaar',
  rationale: 'De evaluatie laat zien dat jaarlijks herijken te zwaar is.',
  trigger: { kind: 'EVALUATION', reference: 'Evaluatie meldkamers' },
  change: { recalibrationMonths: 24 },
  ...over,
});
const proposalRows = async () =>
  Number((await db.query(`SELECT count(*) AS n FROM policy.change_proposal`))[0].n);

beforeAll(async () => {
  db = (await createTestDatabase())!;
  platform = await startPlatformProcess({ MKIB_DATABASE_URL: db.url });
  for (const username of POLICY_FLOW_ACCOUNTS)
    tokens.set(
      username,
      (await signIn({ baseUrl: platform.baseUrl, username, password: 'demo' })).accessToken,
    );
});
afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe('[SK-4.4] triggers and change requests', () => {
  it('refuses a trigger without its record, an unknown record and an empty change; writes nothing', async () => {
    const unknown = await lms(DRAFT, {
      i: draftInput({ trigger: { kind: 'ICV_OUTCOME', recordId: '0b6f4c3e-5a1d-4f7e-9d2a-1c3b5d7e9f01' } }),
    });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(problemKeys(unknown)).toEqual(['policy.proposal.triggerRecordUnknown']);
    const missing = await lms(DRAFT, { i: draftInput({ trigger: { kind: 'EVALUATION' } }) });
    expect(problemKeys(missing)).toEqual(['policy.proposal.triggerReferenceRequired']);
    // A risk analysis is a record now (issue 16): a reference text alone no longer names one.
    const reference = await lms(DRAFT, {
      i: draftInput({ trigger: { kind: 'RISK_ANALYSIS', reference: 'Risicoanalyse 2' } }),
    });
    expect(problemKeys(reference)).toEqual(['policy.proposal.triggerRecordRequired']);
    const unknownAnalysis = await lms(DRAFT, {
      i: draftInput({ trigger: { kind: 'RISK_ANALYSIS', recordId: '0b6f4c3e-5a1d-4f7e-9d2a-1c3b5d7e9f01' } }),
    });
    expect(problemKeys(unknownAnalysis)).toEqual(['policy.proposal.triggerRiskAnalysisUnknown']);
    const empty = await lms(DRAFT, { i: draftInput({ change: {} }) });
    expect(problemKeys(empty)).toEqual(['policy.proposal.changeEmpty']);
    expect(await proposalRows()).toBe(0);
  });

  // Every kind names a record now (issue 18: an evaluation may, or keeps a reference text): a malformed
  // id is refused on an optionally linked trigger as on a linked one.
  it('refuses a malformed record id on an evaluation trigger and on a linked trigger', async () => {
    const ref = await lms(DRAFT, {
      i: draftInput({
        trigger: { kind: 'EVALUATION', reference: 'Evaluatie 2', recordId: '0b6f4c3e-zz' },
      }),
    });
    expect(errorCodes(ref)).toEqual(['BAD_USER_INPUT']);
    expect(problemKeys(ref)).toEqual(['policy.proposal.triggerRecordFormat']);
    const linked = await lms(DRAFT, {
      i: draftInput({ trigger: { kind: 'ICV_OUTCOME', recordId: 'not-a-uuid' } }),
    });
    expect(errorCodes(linked)).toEqual(['BAD_USER_INPUT']);
    expect(problemKeys(linked)).toEqual(['policy.proposal.triggerRecordFormat']);
    expect(await proposalRows()).toBe(0);
  });

  it('refuses a jaaraanschrijving dated after today', async () => {
    const future = await lms(
      `mutation($i: RecordJaaraanschrijvingInput!) { recordJaaraanschrijving(input: $i) { id } }`,
      { i: { date: isoDay(1), reference: 'JA-TOEKOMST', text: 'Een aanschrijving van morgen.' } },
    );
    expect(problemKeys(future)).toEqual(['policy.jaaraanschrijving.dateFuture']);
  });

  it('shows the request to its party and the LMS only; withdrawing the proposal reopens it', async () => {
    const requested = await politie(
      `mutation($i: RequestPolicyChangeInput!) { requestPolicyChange(input: $i) { id } }`,
      { i: { subject: 'Logging langer bewaren', motivation: 'Vertrouwelijke motivering van de politie.' } },
    );
    const requestId = requested.data.requestPolicyChange.id;
    const drafted = await lms(DRAFT, {
      i: draftInput({ trigger: { kind: 'HOOFDGEBRUIKER_REQUEST', recordId: requestId } }),
    });
    const proposalId = drafted.data.draftChangeProposal.id;
    const READ = `query($p: ID!) { changeProposal(id: $p) { trigger { label request { motivation } } } }`;
    const other = (await ambulance(READ, { p: proposalId })).data.changeProposal.trigger;
    expect(other).toEqual({ label: 'Verzoek van Politie: Logging langer bewaren', request: null });
    expect((await politie(READ, { p: proposalId })).data.changeProposal.trigger.request).toEqual({
      motivation: 'Vertrouwelijke motivering van de politie.',
    });
    expect((await lms(READ, { p: proposalId })).data.changeProposal.trigger.request).not.toBeNull();

    const withdrawn = await lms(
      `mutation($p: ID!, $r: String!) { withdrawChangeProposal(proposalId: $p, reason: $r) { state } }`,
      { p: proposalId, r: 'Het verzoek wordt in een later voorstel meegenomen.' },
    );
    expect(withdrawn.data.withdrawChangeProposal.state).toBe('WITHDRAWN');
    const requests = await politie(`{ changeRequests { id state proposal { id } } }`);
    expect(requests.data.changeRequests.find((r: { id: string }) => r.id === requestId)).toEqual({
      id: requestId,
      state: 'OPEN',
      proposal: null,
    });
    const [audit] = await db.query(
      `SELECT count(*)::int AS n FROM policy.audit_log WHERE action = 'change-request.reopened' AND subject = $1`,
      [requestId],
    );
    expect(audit.n).toBe(1);
  });

  it('a draft takes up an open request; a request taken up is neither taken up again nor declined', async () => {
    const requested = await politie(
      `mutation($i: RequestPolicyChangeInput!) { requestPolicyChange(input: $i) { id state party } }`,
      { i: { subject: 'Herijking minder vaak', motivation: 'Het herijken kost elk jaar veel tijd.' } },
    );
    const request = requested.data.requestPolicyChange;
    expect(request).toMatchObject({ state: 'OPEN', party: 'politie' });
    const trigger = { kind: 'HOOFDGEBRUIKER_REQUEST', recordId: request.id };
    const drafted = await lms(DRAFT, { i: draftInput({ trigger }) });
    expect(drafted.data.draftChangeProposal.trigger).toEqual({
      kind: 'HOOFDGEBRUIKER_REQUEST',
      label: 'Verzoek van Politie: Herijking minder vaak',
      request: { id: request.id, state: 'TAKEN_UP' },
    });
    const again = await lms(DRAFT, { i: draftInput({ trigger }) });
    expect(problemKeys(again)).toEqual(['policy.proposal.triggerRequestNotOpen']);
    const declined = await lms(
      `mutation($id: ID!, $r: String!) { declineChangeRequest(id: $id, reasons: $r) { id } }`,
      {
        id: request.id,
        r: 'Het verzoek is al in behandeling genomen.',
      },
    );
    expect(errorCodes(declined)).toEqual(['CONFLICT']);
    // Another hoofdgebruiker does not see politie's request.
    const seen = await ambulance(`{ changeRequests { id } }`);
    expect(seen.data.changeRequests).toEqual([]);
  });

  it('a jaaraanschrijving is recorded once per reference and labels the proposal it triggers', async () => {
    const RECORD = `mutation($i: RecordJaaraanschrijvingInput!) { recordJaaraanschrijving(input: $i) { id year } }`;
    const input = {
      date: isoDay(-10),
      reference: `JA-${currentYear()}-001`,
      text: 'De jaaraanschrijving vraagt aandacht voor logging.',
    };
    const recorded = await lms(RECORD, { i: input });
    expect(errorCodes(await lms(RECORD, { i: input }))).toEqual(['CONFLICT']);
    const drafted = await lms(DRAFT, {
      i: draftInput({
        trigger: { kind: 'JAARAANSCHRIJVING', recordId: recorded.data.recordJaaraanschrijving.id },
      }),
    });
    expect(drafted.data.draftChangeProposal.trigger.label).toBe(
      `Jaaraanschrijving ${isoDay(-10).slice(0, 4)} (kenmerk JA-${currentYear()}-001)`,
    );
  });
});

describe('[SK-3.1] the consultation and the submission', () => {
  it('submits once every hoofdgebruiker responded; a hoofdgebruiker sees only its own response', async () => {
    const { proposalId } = await adoptPolicyChange(as, {
      change: { recalibrationMonths: 18 },
      until: 'DRAFT',
    });
    const open = await lms(
      `mutation($p: ID!, $d: String!) { openConsultation(proposalId: $p, respondBy: $d) { state respondBy } }`,
      {
        p: proposalId,
        d: isoDay(14),
      },
    );
    expect(open.data.openConsultation).toEqual({ state: 'CONSULTATION', respondBy: isoDay(14) });
    const update = await lms(
      `mutation($i: UpdateChangeProposalInput!) { updateChangeProposal(input: $i) { id } }`,
      {
        i: {
          id: proposalId,
          title: 'Herijking elke 18 maanden',
          rationale: 'Een herziene motivering van de wijziging.',
          change: { recalibrationMonths: 12 },
        },
      },
    );
    expect(update.errors).toBeUndefined();
    await politie(`mutation($i: ConsultationResponseInput!) { respondToConsultation(input: $i) { id } }`, {
      i: { proposalId, position: 'REMARKS', reasons: 'Akkoord, met een opmerking over de planning.' },
    });
    const early = await lms(`mutation($p: ID!) { submitChangeProposal(proposalId: $p) { id } }`, {
      p: proposalId,
    });
    expect(keyOf(early)).toBe('policy.proposal.consultationRunning');
    const READ = `query($p: ID!) { changeProposal(id: $p) { responses { party position } awaitingResponse } }`;
    expect((await ambulance(READ, { p: proposalId })).data.changeProposal.responses).toEqual([]);
    // The trail tells another hoofdgebruiker that a response was given, not who or how.
    const TRAIL = `query($p: ID!) { changeProposal(id: $p) { trail { step party actor note } } }`;
    const responded = (r: GraphQLResponse) =>
      r.data.changeProposal.trail.filter((s: { step: string }) => s.step === 'RESPONDED');
    expect(responded(await ambulance(TRAIL, { p: proposalId }))).toEqual([
      { step: 'RESPONDED', party: null, actor: '', note: null },
    ]);
    expect(responded(await politie(TRAIL, { p: proposalId }))).toEqual([
      { step: 'RESPONDED', party: 'politie', actor: 'security-officer@politie', note: 'REMARKS' },
    ]);
    expect(responded(await lms(TRAIL, { p: proposalId }))[0].party).toBe('politie');
    expect((await lms(READ, { p: proposalId })).data.changeProposal).toEqual({
      responses: [{ party: 'politie', position: 'REMARKS' }],
      awaitingResponse: ['ambulance', 'brandweer', 'kmar', 'defensie'],
    });
  });

  it('refuses a carried profile with an unknown measure, and a second proposal with requirement changes before the boards', async () => {
    const levels = (identifier: string) => [
      { bbn: 1, measures: [{ frameworkCode: 'BIO2', identifier }] },
      { bbn: 2, measures: [] },
      { bbn: 3, measures: [] },
    ];
    const bad = await lms(DRAFT, {
      i: draftInput({ change: { bbnProfile: { rationale: 'Een nieuw profiel.', levels: levels('99.99') } } }),
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.problems![0].field).toMatch(/^input\.change\.bbnProfile\.levels\[0\]/);

    const carried = { bbnProfile: { rationale: 'Een nieuw profiel.', levels: levels('5.15.01') } };
    await adoptPolicyChange(as, { change: carried, until: 'SUBMITTED' });
    const second = await adoptPolicyChange(as, { change: carried, until: 'CONSULTATION' });
    const submitted = await lms(`mutation($p: ID!) { submitChangeProposal(proposalId: $p) { id } }`, {
      p: second.proposalId,
    });
    expect(keyOf(submitted)).toBe('policy.proposal.otherCarryingSubmitted');
  });
});

describe('[SK-3.1] revising a proposal, and the base version', () => {
  const UPDATE = `mutation($i: UpdateChangeProposalInput!) {
    updateChangeProposal(input: $i) { state baseVersion awaitingResponse responses { party } carried { supplementaryMeasures { facilityCode } } trail { step note } }
  }`;
  const SUBMIT = `mutation($p: ID!) { submitChangeProposal(proposalId: $p) { id } }`;
  const revision = (id: string, change: Record<string, unknown>) => ({
    id,
    title: 'Herziene wijziging',
    rationale: 'De motivering na de reacties van de hoofdgebruikers.',
    change,
  });

  it('an update keeps a carried part left out and replaces one given', async () => {
    const supplementaryMeasures = [
      {
        facilityCode: 'GMS',
        rationale: 'Aanvullende risicoanalyse meldkamer.',
        measures: [{ frameworkCode: 'BIO2', identifier: '5.15.01' }],
      },
    ];
    const { proposalId } = await adoptPolicyChange(as, {
      change: { recalibrationMonths: 18, supplementaryMeasures },
      until: 'DRAFT',
    });
    const kept = await lms(UPDATE, { i: revision(proposalId, { recalibrationMonths: 20 }) });
    expect(kept.errors).toBeUndefined();
    expect(kept.data.updateChangeProposal.carried.supplementaryMeasures).toEqual([{ facilityCode: 'GMS' }]);
    const replaced = await lms(UPDATE, {
      i: revision(proposalId, { recalibrationMonths: 20, supplementaryMeasures: [] }),
    });
    expect(replaced.data.updateChangeProposal.carried.supplementaryMeasures).toEqual([]);
    const CHANGES = `query($p: ID!) { changeProposal(id: $p) { changes { part key } } }`;
    expect((await lms(CHANGES, { p: proposalId })).data.changeProposal.changes).toEqual([
      { part: 'RELIABILITY', key: 'recalibrationMonths' },
    ]);
  });

  it('an update in consultation asks the hoofdgebruikers again; submission needs the version in force', async () => {
    const older = await adoptPolicyChange(as, { change: { recalibrationMonths: 9 }, until: 'CONSULTATION' });
    const adopted = await adoptPolicyChange(as, { change: { recalibrationMonths: 30 } });
    expect(adopted.version).toBeGreaterThan(1);
    const outdated = await lms(SUBMIT, { p: older.proposalId });
    expect(errorCodes(outdated)).toEqual(['CONFLICT']);
    expect(keyOf(outdated)).toBe('policy.proposal.baseOutdated');

    const revised = await lms(UPDATE, { i: revision(older.proposalId, { recalibrationMonths: 9 }) });
    expect(revised.errors).toBeUndefined();
    const p = revised.data.updateChangeProposal;
    expect(p).toMatchObject({
      state: 'CONSULTATION',
      baseVersion: adopted.version,
      responses: [],
      awaitingResponse: ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie'],
    });
    expect(p.trail.at(-1).step).toBe('UPDATED');
    expect(p.trail.at(-1).note).toMatch(/opnieuw/);
    expect(keyOf(await lms(SUBMIT, { p: older.proposalId }))).toBe('policy.proposal.consultationRunning');
  });

  it('a party may not import a code that a submitted proposal creates in the common catalogue', async () => {
    const change = { frameworkImports: [{ code: 'KOMEND', format: 'CSV', content: 'x', metadata: {} }] };
    await db.query(
      `INSERT INTO policy.change_proposal (id, number, title, rationale, state, trigger_kind, trigger_reference,
         trigger_label, change, carries_requirement_changes, base_version, drafted_by, drafted_at)
       VALUES (gen_random_uuid(), 900, 'Import KOMEND', 'Een import van een nieuw kader.', 'SUBMITTED',
         'EVALUATION', 'Evaluatie', 'Evaluatie: Evaluatie', $1, true, 1, 'lms-operator@lms', now())`,
      [JSON.stringify(change)],
    );
    const own = await politie(
      `mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { imported } }`,
      {
        i: {
          code: 'KOMEND',
          format: 'CSV',
          mode: 'CREATE',
          dryRun: false,
          content: 'identifier,kind,parent\nA,THEMA,\nA.1,CONTROL,A\n',
          metadata: { name: 'Eigen kader', version: '1', publisher: 'Politie', licence: 'CC0 1.0' },
        },
      },
    );
    expect(errorCodes(own)).toEqual(['CONFLICT']);
    expect(keyOf(own)).toBe('policy.import.proposalCreates');
    await db.query(`DELETE FROM policy.change_proposal WHERE number = 900`);
  });
});

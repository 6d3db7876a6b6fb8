import {
  currentYear,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The SMB's monitoring dashboard (SK-3.3) through the gateway: counts and states across parties after
 * real actions (the cycle opened with its ICV deadline just past, kmar's ICV submitted, advised and
 * accepted with an aanwijzing, a finding recorded), and never a party's own content (SK-T3): distinctive
 * texts typed into kmar's ICV, finding, advice, decision and aanwijzing appear nowhere in the answer.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const ACCOUNTS = [
  'board-secretary@smb',
  'smb-member@smb',
  'bmb-member@bmb',
  'security-officer@kmar',
  'accountable-official@kmar',
  'security-officer@politie',
  'lms-operator@lms',
  'auditor@jenv',
];
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const today = new Date();
// Early in January the cycle that is running is last year's.
const YEAR = today.getUTCMonth() === 0 && today.getUTCDate() < 10 ? currentYear() - 1 : currentYear();
const LATER = `${currentYear() + 1}-06-30`;
const ICV_STEP = (name: string) => `mutation($y: Int!) { ${name}(year: $y) { state } }`;

/** Texts only kmar (and the boards, for advice and decision) typed: the dashboard never shows them. */
const SECRET = {
  exception: 'Geheim-uitzondering-kmar-7f3a',
  finding: 'Geheime-bevinding-kmar-7f3a',
  action: 'Geheime-actie-kmar-7f3a',
  advice: 'Geheim-advies-kmar-7f3a',
  decision: 'Geheim-besluit-kmar-7f3a',
  instruction: 'Geheime-aanwijzing-kmar-7f3a',
};

/** Every field of the dashboard: the whole answer is searched for party content. */
const DASHBOARD = `query($y: Int!) { smbDashboard(year: $y) {
  year asOf
  icvs { party { code name } year standing decision overdue }
  plans { party { code name } policyVersion state updateDueDate total onTrack overdue withoutOwner updatedAt }
  instructions { open overdue byParty { party { code name } open overdue } }
  findings { open overdue byParty { party { code name } open overdue } }
  facilitiesReviewDue { facilityCode reviewDue overdue }
  riskWork { openSupplementaryAnalyses openConsultations overdueConsultations }
  openEscalations
  signals { id kind subject summary occurredAt receivedAt actor }
} }`;

interface Standing {
  party: { code: string; name: string };
  standing: string;
  decision: string | null;
  overdue: boolean;
}
const dashboard = async (account = 'smb-member@smb') => {
  const r = await as(account)(DASHBOARD, { y: YEAR });
  expect(r.errors).toBeUndefined();
  return r.data.smbDashboard;
};
const standingOf = (d: { icvs: Standing[] }, party: string) => d.icvs.find((i) => i.party.code === party);
const countOf = (
  c: { byParty: { party: { code: string }; open: number; overdue: number }[] },
  party: string,
) => c.byParty.find((p) => p.party.code === party) ?? null;

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  // The ICV deadline passed yesterday: every ICV not yet submitted is overdue.
  const opened = await as('board-secretary@smb')(
    `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }`,
    {
      i: {
        year: YEAR,
        medegebruikerRapportages: isoDay(-3),
        icvIndiening: isoDay(-1),
        smbVergadering: isoDay(20),
        bmbVergadering: isoDay(40),
      },
    },
  );
  expect(opened.errors).toBeUndefined();
});
afterAll(() => platform?.stop());

describe('[SK-3.3] the SMB dashboard', () => {
  it('shows every hoofdgebruiker and the LMS without an ICV, overdue past the deadline, by name', async () => {
    const d = await dashboard();
    expect(d.year).toBe(YEAR);
    expect(d.asOf).toBe(isoDay(0));
    expect(d.icvs.map((i: Standing) => i.party.code).sort()).toEqual(
      ['ambulance', 'brandweer', 'defensie', 'kmar', 'lms', 'politie'].sort(),
    );
    expect(standingOf(d, 'politie')).toEqual({
      party: { code: 'politie', name: 'Politie' },
      standing: 'NIET_INGEDIEND',
      decision: null,
      overdue: true,
      year: YEAR,
    });
    expect(d.instructions).toEqual({ open: 0, overdue: 0, byParty: [] });
    expect(d.openEscalations).toBeGreaterThanOrEqual(0);
  });

  it('follows kmar’s ICV from submitted to advised to decided with an aanwijzing, and counts its finding', async () => {
    const kmar = as('security-officer@kmar');
    await eventually(
      () => kmar(ICV_STEP('startIcv'), { y: YEAR }),
      (r) => !r.errors,
      'the party register in the icv context',
    );
    const own = await eventually(
      () =>
        kmar('query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }', {
          y: YEAR,
        }),
      (r) => r.data?.assessment?.entries.length > 0,
      'the applicable measures of kmar',
    );
    const [first] = own.data.assessment.entries;
    const updated = await kmar('mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { state } }', {
      i: {
        year: YEAR,
        statement: 'NIET_IN_CONTROL',
        exceptions: [
          {
            measures: [{ frameworkCode: first.frameworkCode, identifier: first.identifier }],
            explanation: SECRET.exception,
            plannedDate: LATER,
          },
        ],
      },
    });
    expect(updated.errors).toBeUndefined();
    const finding = await kmar('mutation($i: FindingInput!) { recordFinding(input: $i) { id } }', {
      i: {
        year: YEAR,
        frameworkCode: first.frameworkCode,
        identifier: first.identifier,
        description: SECRET.finding,
        action: SECRET.action,
        owner: 'CISO',
        dueDate: LATER,
      },
    });
    expect(finding.errors).toBeUndefined();
    expect((await kmar(ICV_STEP('prepareIcv'), { y: YEAR })).errors).toBeUndefined();
    expect((await as('accountable-official@kmar')(ICV_STEP('signIcv'), { y: YEAR })).errors).toBeUndefined();
    expect((await kmar(ICV_STEP('submitIcv'), { y: YEAR })).errors).toBeUndefined();

    const submitted = await eventually(
      () => dashboard(),
      (d) => standingOf(d, 'kmar')?.standing === 'INGEDIEND' && countOf(d.findings, 'kmar') !== null,
      'kmar’s ICV and finding on the dashboard',
    );
    expect(standingOf(submitted, 'kmar')).toMatchObject({
      standing: 'INGEDIEND',
      overdue: false,
      decision: null,
    });
    expect(countOf(submitted.findings, 'kmar')).toEqual({
      party: { code: 'kmar', name: 'Koninklijke Marechaussee' },
      open: 1,
      overdue: 0,
    });
    // The others are still overdue.
    expect(standingOf(submitted, 'brandweer')).toMatchObject({ standing: 'NIET_INGEDIEND', overdue: true });

    const agenda = await as('smb-member@smb')('query($y: Int!) { agenda(year: $y) { id party } }', {
      y: YEAR,
    });
    const item = agenda.data.agenda.find((i: { party: string }) => i.party === 'kmar');
    const advised = await as('smb-member@smb')(
      'mutation($id: ID!, $a: String!) { recordAdvice(agendaItemId: $id, advice: $a) { id } }',
      { id: item.id, a: SECRET.advice },
    );
    expect(advised.errors).toBeUndefined();
    expect(standingOf(await dashboard(), 'kmar')?.standing).toBe('GEADVISEERD');

    const decided = await as('bmb-member@bmb')(
      'mutation($i: DecisionInput!) { recordDecision(input: $i) { instructions { id party } } }',
      {
        i: {
          agendaItemId: item.id,
          decision: 'AANVAARD_MET_AANWIJZING',
          text: SECRET.decision,
          instruction: { description: SECRET.instruction, dueDate: LATER },
        },
      },
    );
    expect(decided.errors).toBeUndefined();
    const d = await dashboard();
    expect(standingOf(d, 'kmar')).toMatchObject({
      standing: 'BESLOTEN',
      decision: 'AANVAARD_MET_AANWIJZING',
      overdue: false,
    });
    expect(d.instructions.open).toBe(1);
    expect(d.instructions.overdue).toBe(0);
    expect(countOf(d.instructions, 'kmar')).toEqual({
      party: { code: 'kmar', name: 'Koninklijke Marechaussee' },
      open: 1,
      overdue: 0,
    });
  });

  it('shows no party content: none of kmar’s texts is anywhere in the answer, for any reader', async () => {
    for (const account of ['smb-member@smb', 'bmb-member@bmb', 'lms-operator@lms', 'auditor@jenv']) {
      const r = await as(account)(DASHBOARD, { y: YEAR });
      expect(r.errors).toBeUndefined();
      const whole = JSON.stringify(r);
      expect(whole).toContain('"kmar"');
      for (const text of Object.values(SECRET)) expect(whole).not.toContain(text);
    }
  });

  it('is FORBIDDEN for a party’s security officer, and refuses a year out of range', async () => {
    const forbidden = await as('security-officer@politie')(DASHBOARD, { y: YEAR });
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    expect(forbidden.data ?? null).toBeNull();
    for (const year of [1, 99999, -5]) {
      const refused = await as('smb-member@smb')(DASHBOARD, { y: year });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].extensions!.problems).toEqual([expect.objectContaining({ field: 'year' })]);
    }
  });
});

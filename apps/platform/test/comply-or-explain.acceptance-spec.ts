import {
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * Comply or explain (issue 12, SK-5.5, SK-3.5): the statement must agree with the assessment. A measure
 * that is NIET, DEELS or unassessed is an exception with an explanation and a planned date, or the
 * statement is not "in control"; a missing medegebruiker report is named when the ICV is prepared and can
 * be explained there; the SMB sees the explanation and where the statement differs from the proposal.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const ACCOUNTS = [
  'board-secretary@smb',
  'smb-member@smb',
  'security-officer@ambulance',
  'accountable-official@ambulance',
];
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const ambulance = (query: string, variables?: Record<string, unknown>) =>
  as('security-officer@ambulance')(query, variables);
// Dates from the clock the platform runs on (the system's): nothing here passes with time.
const YEAR = new Date().getUTCFullYear();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const ASSESSMENT = `query($y: Int!) { assessment(year: $y) { proposedStatement
  progress { applicable assessed implemented partly notImplemented percentImplemented }
  entries { frameworkCode identifier } } }`;
const ASSESS = `mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { proposedStatement } }`;
const UPDATE = `mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { state } }`;
const PREPARE = `mutation($y: Int!, $e: [MissingReportExplanationInput!]) {
  prepareIcv(year: $y, missingReportExplanations: $e) { state statement proposedStatement
    exceptions { measures { frameworkCode identifier } explanation plannedDate }
    coUsers { party report { status } missingReason } } }`;
const AGENDA = `query($y: Int!) { agenda(year: $y) { party statement proposedStatement deviatesFromProposal
  proposal { statement applicable implemented partly notImplemented notApplicable unassessed percentImplemented }
  exceptions { measures { frameworkCode identifier } explanation plannedDate }
  missingReports { party explanation } } }`;

type Ref = { frameworkCode: string; identifier: string };
let measures: Ref[] = [];

const problemsOf = (r: GraphQLResponse) => {
  expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  return r.errors![0].extensions!.problems as { field: string; message: string }[];
};
const unexplained = (m: Ref) => ({
  field: 'exceptions',
  message: `${m.frameworkCode} ${m.identifier} is not (fully) implemented or not assessed: name it in an exception with an explanation and a planned date, or state "not in control"`,
});
const rodeKruisMissing = {
  field: 'missingReportExplanations',
  message: 'the report of rode-kruis is missing: explain why before preparing the ICV, or wait for it',
};

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  const opened = await as('board-secretary@smb')(
    `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }`,
    {
      i: {
        year: YEAR,
        medegebruikerRapportages: day(30),
        icvIndiening: day(60),
        smbVergadering: day(90),
        bmbVergadering: day(120),
      },
    },
  );
  expect(opened.errors).toBeUndefined();
  // What applies travels risk -> policy -> icv as events: wait until it is there.
  const first = await eventually(
    () => ambulance(ASSESSMENT, { y: YEAR }),
    (r) => r.data?.assessment?.entries.length > 10,
    'the applicable measures of ambulance',
  );
  measures = first.data.assessment.entries;
  expect(
    (await ambulance(`mutation($y: Int!) { startIcv(year: $y) { state } }`, { y: YEAR })).errors,
  ).toBeUndefined();
});
afterAll(() => platform?.stop());

describe('comply or explain', () => {
  it('[SK-5.5] an unassessed measure counts as not implemented: "in control" at 0% is refused, every measure listed', async () => {
    const fresh = (await ambulance(ASSESSMENT, { y: YEAR })).data.assessment;
    expect(fresh.progress).toEqual(
      expect.objectContaining({ assessed: 0, implemented: 0, percentImplemented: 0 }),
    );
    expect(fresh.proposedStatement).toBe('NIET_IN_CONTROL');

    expect(
      (await ambulance(UPDATE, { i: { year: YEAR, statement: 'IN_CONTROL', exceptions: [] } })).errors,
    ).toBeUndefined();
    const refused = await ambulance(PREPARE, { y: YEAR });
    expect(problemsOf(refused)).toEqual([...measures.map(unexplained), rodeKruisMissing]);
    // A refused step writes nothing: the ICV is still a draft.
    expect((await ambulance(`query($y: Int!) { icv(year: $y) { state } }`, { y: YEAR })).data.icv.state).toBe(
      'CONCEPT',
    );
  });

  it('[SK-5.5] [SK-3.5] a statement that does not agree with the assessment is refused, with the unexplained measures listed', async () => {
    // One measure NIET, one DEELS, the first half implemented, the rest left unassessed.
    const half = Math.ceil(measures.length / 2);
    const [niet, deels] = measures;
    const unassessed = measures.slice(half);
    const assessed = await ambulance(ASSESS, {
      i: {
        year: YEAR,
        entries: measures.slice(0, half).map((m, i) => ({
          ...m,
          status: i === 0 ? 'NIET' : i === 1 ? 'DEELS' : 'GEIMPLEMENTEERD',
        })),
      },
    });
    expect(assessed.data.assessMeasures.proposedStatement).toBe('NIET_IN_CONTROL');

    // "In control" while the assessment shows gaps (the kmar case): every gap is named.
    expect(problemsOf(await ambulance(PREPARE, { y: YEAR }))).toEqual([
      unexplained(niet),
      unexplained(deels),
      ...unassessed.map(unexplained),
      rodeKruisMissing,
    ]);

    // Exceptions must name applicable measures by identifier, with an explanation and a planned date.
    const wrong = await ambulance(UPDATE, {
      i: {
        year: YEAR,
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        exceptions: [
          {
            measures: [{ frameworkCode: 'BIO2', identifier: '0.00' }],
            explanation: ' ',
            plannedDate: 'binnenkort',
          },
        ],
      },
    });
    expect(problemsOf(wrong)).toEqual([
      { field: 'input.exceptions[0].measures[0]', message: 'BIO2 0.00 is not a measure that applies to you' },
      { field: 'input.exceptions[0].explanation', message: 'is required' },
      { field: 'input.exceptions[0].plannedDate', message: 'must be a date (YYYY-MM-DD)' },
    ]);

    // Explaining the NIET and DEELS measures leaves the unassessed ones listed.
    const explainedGaps = {
      measures: [niet, deels],
      explanation:
        'Logging en sleutelbeheer zijn nog niet volledig ingericht; de leverancier is gecontracteerd.',
      plannedDate: day(180),
    };
    await ambulance(UPDATE, {
      i: { year: YEAR, statement: 'IN_CONTROL_MET_UITZONDERINGEN', exceptions: [explainedGaps] },
    });
    expect(problemsOf(await ambulance(PREPARE, { y: YEAR }))).toEqual([
      ...unassessed.map(unexplained),
      rodeKruisMissing,
    ]);

    // A planned date that has passed is no explanation.
    await ambulance(UPDATE, {
      i: {
        year: YEAR,
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        exceptions: [
          explainedGaps,
          { measures: unassessed, explanation: 'Beoordeling volgt.', plannedDate: day(-1) },
        ],
      },
    });
    const past = problemsOf(await ambulance(PREPARE, { y: YEAR }));
    expect(past[0]).toEqual({
      field: 'exceptions[1].plannedDate',
      message: `the planned date ${day(-1)} has passed: plan a date from today on`,
    });
    expect(past).toHaveLength(1 + unassessed.length + 1);
  });

  it('[SK-5.5] [SK-3.5] a missing medegebruiker report is named at prepare and can be explained; submission checks again; the SMB sees the explanation and the deviation from the proposal', async () => {
    const half = Math.ceil(measures.length / 2);
    const unassessed = measures.slice(half);
    await ambulance(UPDATE, {
      i: {
        year: YEAR,
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        exceptions: [
          {
            measures: measures.slice(0, 2),
            explanation: 'Logging en sleutelbeheer zijn nog niet volledig ingericht.',
            plannedDate: day(180),
          },
          {
            measures: unassessed,
            explanation: 'De tweede helft van de zelfevaluatie volgt na de audit.',
            plannedDate: day(90),
          },
        ],
      },
    });
    // Only the missing report is left, named.
    expect(problemsOf(await ambulance(PREPARE, { y: YEAR }))).toEqual([rodeKruisMissing]);
    // Too short an explanation is refused.
    expect(
      problemsOf(await ambulance(PREPARE, { y: YEAR, e: [{ party: 'rode-kruis', explanation: 'nvt' }] })),
    ).toEqual([
      {
        field: 'missingReportExplanations[0].explanation',
        message: 'give the reason in at least 10 characters',
      },
    ]);
    const explanation = 'Het Rode Kruis had dit jaar geen inzet met meldkamerkoppeling.';
    const prepared = await ambulance(PREPARE, { y: YEAR, e: [{ party: 'rode-kruis', explanation }] });
    expect(prepared.errors).toBeUndefined();
    expect(prepared.data.prepareIcv).toEqual(
      expect.objectContaining({
        state: 'VOORBEREID',
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        proposedStatement: 'NIET_IN_CONTROL',
        coUsers: [{ party: 'rode-kruis', report: null, missingReason: explanation }],
      }),
    );
    expect(
      (
        await as('accountable-official@ambulance')(`mutation($y: Int!) { signIcv(year: $y) { state } }`, {
          y: YEAR,
        })
      ).data.signIcv.state,
    ).toBe('ONDERTEKEND');

    // The assessment changed after signing: a measure no exception names is now NIET. Submission checks
    // again and refuses, naming it; nothing changes until it agrees again.
    const SUBMIT = `mutation($y: Int!) { submitIcv(year: $y) { state } }`;
    const changed = measures[2];
    await ambulance(ASSESS, { i: { year: YEAR, entries: [{ ...changed, status: 'NIET' }] } });
    expect(problemsOf(await ambulance(SUBMIT, { y: YEAR }))).toEqual([unexplained(changed)]);
    expect((await ambulance(`query($y: Int!) { icv(year: $y) { state } }`, { y: YEAR })).data.icv.state).toBe(
      'ONDERTEKEND',
    );
    await ambulance(ASSESS, { i: { year: YEAR, entries: [{ ...changed, status: 'GEIMPLEMENTEERD' }] } });
    expect((await ambulance(SUBMIT, { y: YEAR })).data.submitIcv.state).toBe('INGEDIEND');

    const agenda = await eventually(
      () => as('smb-member@smb')(AGENDA, { y: YEAR }),
      (r) => r.data?.agenda?.length === 1,
      'the ICV of ambulance on the agenda',
    );
    const [item] = agenda.data.agenda;
    expect(item).toEqual(
      expect.objectContaining({
        party: 'ambulance',
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        proposedStatement: 'NIET_IN_CONTROL',
        deviatesFromProposal: true,
        missingReports: [{ party: 'rode-kruis', explanation }],
      }),
    );
    expect(item.proposal).toEqual({
      statement: 'NIET_IN_CONTROL',
      applicable: measures.length,
      implemented: half - 2,
      partly: 1,
      notImplemented: 1,
      notApplicable: 0,
      unassessed: unassessed.length,
      percentImplemented: Math.floor(((half - 2) * 100) / measures.length),
    });
    expect(item.exceptions.map((e: { measures: Ref[] }) => e.measures)).toEqual([
      measures.slice(0, 2),
      unassessed,
    ]);
    const pack = await as('board-secretary@smb')(
      `query($y: Int!) { meetingPackPdf(year: $y) { contentBase64 } }`,
      { y: YEAR },
    );
    expect(Buffer.from(pack.data.meetingPackPdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe(
      '%PDF-',
    );
  });
});

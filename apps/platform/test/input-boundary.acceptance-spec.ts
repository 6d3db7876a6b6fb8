import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLInputField,
  GraphQLObjectType,
  isInputObjectType,
} from 'graphql';
import {
  currentYear,
  draftRiskAnalysis,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  PlatformProcess,
  sharedPlatform,
  signIn,
} from '@mkib/testing';

/**
 * Input is checked at the boundary, and permission first (issue 13, point 3). On the shared platform,
 * with data of its own: kmar's ICV of last year, which goes to the boards and gets an instruction, and
 * defensie's own framework.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const ACCOUNTS = [
  'viewer@politie',
  'security-officer@politie',
  'security-officer@kmar',
  'accountable-official@kmar',
  'security-officer@defensie',
  'smb-member@smb',
  'bmb-member@bmb',
  'board-secretary@smb',
  'medegebruiker@rode-kruis',
  'lms-operator@lms',
  'auditor@jenv',
];
/** Last year: the window's (two back, one ahead) and kmar's own, apart from the specs of this year. */
const YEAR = currentYear() - 1;
const OUTSIDE = [1, 99999, -5];
/** Next year, for dates ahead. */
const NEXT = currentYear() + 1;

beforeAll(async () => {
  platform = sharedPlatform();
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});

const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);

/** The refusal's problems as [field, message key]. */
const problemsOf = (r: GraphQLResponse) => {
  expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  const i18n = (r.errors![0].extensions as Record<string, unknown>).i18n as {
    key: string;
    problems: { field: string; key: string }[];
  };
  expect(i18n.key).toBe('input.invalid');
  return i18n.problems.map((p) => [p.field, p.key]);
};

/** How many audit entries each service holds for an actor: a refused mutation adds none. */
const TRAILS = `query($f: AuditTrailFilter) {
  icv: icvAuditTrail(filter: $f) { total } governance: governanceAuditTrail(filter: $f) { total }
  policy: policyAuditTrail(filter: $f) { total } risk: riskAuditTrail(filter: $f) { total } }`;
async function auditOf(actor: string) {
  const r = await as('auditor@jenv')(TRAILS, { f: { actor, limit: 1 } });
  expect(r.errors).toBeUndefined();
  return r.data;
}
/** Sends a refused mutation and checks that it wrote nothing in any service's audit trail. */
async function refusedWithoutWriting(account: string, query: string, variables?: Record<string, unknown>) {
  const before = await auditOf(account);
  const r = await as(account)(query, variables);
  expect(r.data ?? null).toBeNull();
  expect(await auditOf(account)).toEqual(before);
  return r;
}

const bbpInput = (y: number) => ({
  year: y,
  wishesDeadline: `${NEXT}-03-31`,
  progressReportMoments: [`${NEXT}-05-31`],
  smbMeetings: [`${NEXT}-04-15`],
  bmbMeetings: [`${NEXT}-06-15`],
  adoptionDate: `${NEXT}-06-15`,
});
const ICV_STEP = (name: string, extra = '') => `mutation($y: Int!) { ${name}(year: $y${extra}) { state } }`;

/**
 * Every operation that takes a year, with a caller the authorisation table lets call it: the years
 * 1, 99999 and -5 are refused with BAD_USER_INPUT on the year's field, and a mutation writes nothing.
 */
const YEAR_OPERATIONS: Record<
  string,
  {
    account: string;
    query: string;
    variables: (year: number) => Record<string, unknown>;
    field: string;
    /**
     * Issue 17: the year's problem is among the refusal's problems (a calendar's dates are judged against
     * its year too), and its window may be the BBP's own (one back, one ahead).
     */
    loose?: true;
  }
> = {
  'Query.cycle': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { cycle(year: $y) { year } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.agenda': {
    account: 'smb-member@smb',
    query: 'query($y: Int!) { agenda(year: $y) { id } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.reminders': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { reminders(year: $y) { party } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.meetingPackPdf': {
    account: 'smb-member@smb',
    query: 'query($y: Int!) { meetingPackPdf(year: $y) { filename } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  // The boards' agenda across kinds and the policy review mark (issue 15).
  'Query.boardItems': {
    account: 'smb-member@smb',
    query: 'query($y: Int) { boardItems(year: $y) { id } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.confirmPolicyReview': {
    account: 'security-officer@kmar',
    query: 'mutation($y: Int!) { confirmPolicyReview(year: $y) { year } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.icv': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { icv(year: $y) { state } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.icvs': {
    account: 'auditor@jenv',
    query: 'query($y: Int!) { icvs(year: $y) { party } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.coUserReports': {
    account: 'auditor@jenv',
    query: 'query($y: Int!) { coUserReports(year: $y) { party } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.assessment': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { assessment(year: $y) { year } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.icvPdf': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { icvPdf(year: $y) { filename } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.assessmentXlsx': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { assessmentXlsx(year: $y) { filename } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.openCycle': {
    account: 'board-secretary@smb',
    query: 'mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }',
    variables: (y) => ({
      i: {
        year: y,
        medegebruikerRapportages: `${NEXT}-01-15`,
        icvIndiening: `${NEXT}-02-15`,
        smbVergadering: `${NEXT}-03-10`,
        bmbVergadering: `${NEXT}-04-05`,
      },
    }),
    field: 'input.year',
  },
  'Mutation.submitCoUserReport': {
    account: 'medegebruiker@rode-kruis',
    query: 'mutation($i: CoUserReportInput!) { submitCoUserReport(input: $i) { party } }',
    variables: (y) => ({ i: { year: y, status: 'GEIMPLEMENTEERD', summary: 'Alles is op orde bij ons.' } }),
    field: 'input.year',
  },
  'Mutation.startIcv': {
    account: 'security-officer@kmar',
    query: ICV_STEP('startIcv'),
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.updateIcv': {
    account: 'security-officer@kmar',
    query: 'mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { state } }',
    variables: (y) => ({ i: { year: y, statement: 'IN_CONTROL', exceptions: [] } }),
    field: 'input.year',
  },
  'Mutation.prepareIcv': {
    account: 'security-officer@kmar',
    query: ICV_STEP('prepareIcv'),
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.signIcv': {
    account: 'accountable-official@kmar',
    query: ICV_STEP('signIcv'),
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.submitIcv': {
    account: 'security-officer@kmar',
    query: ICV_STEP('submitIcv'),
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.correctIcv': {
    account: 'security-officer@kmar',
    query: ICV_STEP('correctIcv', ', reason: "Een correctie van de verklaring."'),
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.assessMeasures': {
    account: 'security-officer@kmar',
    query: 'mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { year } }',
    variables: (y) => ({
      i: { year: y, entries: [{ frameworkCode: 'BIO2', identifier: '5.15.01', status: 'GEIMPLEMENTEERD' }] },
    }),
    field: 'input.year',
  },
  'Mutation.recordFinding': {
    account: 'security-officer@kmar',
    query: 'mutation($i: FindingInput!) { recordFinding(input: $i) { id } }',
    variables: (y) => ({
      i: {
        year: y,
        frameworkCode: 'BIO2',
        identifier: '5.15.01',
        description: 'Geen logging ingericht.',
        action: 'Logging inrichten.',
        owner: 'CISO',
        dueDate: `${NEXT}-06-30`,
      },
    }),
    field: 'input.year',
  },
  'Mutation.uploadEvidence': {
    account: 'security-officer@kmar',
    query: 'mutation($i: EvidenceInput!) { uploadEvidence(input: $i) { id } }',
    variables: (y) => ({
      i: {
        year: y,
        frameworkCode: 'BIO2',
        identifier: '5.15.01',
        filename: 'bewijs.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('Bewijs').toString('base64'),
      },
    }),
    field: 'input.year',
  },
  // Implementation plans, progress reports and the BBP year (issue 17).
  'Query.progressReports': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { progressReports(year: $y) { id } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Query.progressPeriods': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { progressPeriods(year: $y) { period } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.prepareProgressReport': {
    account: 'security-officer@politie',
    query: 'mutation($i: ProgressReportInput!) { prepareProgressReport(input: $i) { id } }',
    variables: (y) => ({ i: { year: y, period: 1, summary: 'De voortgang van het plan.' } }),
    field: 'input.year',
  },
  'Mutation.signProgressReport': {
    account: 'accountable-official@kmar',
    query: 'mutation($y: Int!) { signProgressReport(year: $y, period: 1) { id } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.submitProgressReport': {
    account: 'security-officer@kmar',
    query: 'mutation($y: Int!) { submitProgressReport(year: $y, period: 1) { id } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
  'Mutation.savePlanLine': {
    account: 'security-officer@defensie',
    query: 'mutation($i: PlanLineInput!) { savePlanLine(input: $i) { id } }',
    variables: (y) => ({
      i: {
        kind: 'MAATREGEL',
        measure: { frameworkCode: 'BIO2', identifier: '5.01.01' },
        description: 'Een lijn over een uitzondering.',
        dueDate: `${NEXT}-06-30`,
        status: 'GEPLAND',
        exceptions: [{ year: y, frameworkCode: 'BIO2', identifier: '5.01.01' }],
      },
    }),
    field: 'input.exceptions[0].year',
  },
  'Query.bbpYear': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { bbpYear(year: $y) { year } }',
    variables: (y) => ({ y }),
    field: 'year',
    loose: true,
  },
  'Query.calendar': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { calendar(year: $y) { date } }',
    variables: (y) => ({ y }),
    field: 'year',
    loose: true,
  },
  'Query.wishes': {
    account: 'viewer@politie',
    query: 'query($y: Int!) { wishes(year: $y) { id } }',
    variables: (y) => ({ y }),
    field: 'year',
    loose: true,
  },
  'Query.progressOverview': {
    account: 'smb-member@smb',
    query: 'query($y: Int!) { progressOverview(year: $y) { year } }',
    variables: (y) => ({ y }),
    field: 'year',
    loose: true,
  },
  'Mutation.openBbpYear': {
    account: 'board-secretary@smb',
    query: 'mutation($i: BbpYearInput!) { openBbpYear(input: $i) { year } }',
    variables: (y) => ({ i: bbpInput(y) }),
    field: 'input.year',
    loose: true,
  },
  'Mutation.updateBbpCalendar': {
    account: 'board-secretary@smb',
    query: 'mutation($i: BbpYearInput!) { updateBbpCalendar(input: $i) { year } }',
    variables: (y) => ({ i: bbpInput(y) }),
    field: 'input.year',
    loose: true,
  },
  'Mutation.submitWish': {
    account: 'security-officer@politie',
    query: 'mutation($i: WishInput!) { submitWish(input: $i) { id } }',
    variables: (y) => ({
      i: {
        year: y,
        subject: 'Een wens',
        reasoning: 'Omdat het nodig is.',
        estimatedCost: 100,
        priority: 'LAAG',
      },
    }),
    field: 'input.year',
    loose: true,
  },
  'Mutation.consolidateBbp': {
    account: 'board-secretary@smb',
    query: 'mutation($i: BbpConsolidationInput!) { consolidateBbp(input: $i) { year } }',
    variables: (y) => ({ i: { year: y, paragraph: 'De paragraaf.', dispositions: [] } }),
    field: 'input.year',
    loose: true,
  },
  'Mutation.submitBbpForAdoption': {
    account: 'board-secretary@smb',
    query: 'mutation($y: Int!) { submitBbpForAdoption(year: $y) { year } }',
    variables: (y) => ({ y }),
    field: 'year',
    loose: true,
  },
  // issue 18: dashboard
  'Query.smbDashboard': {
    account: 'smb-member@smb',
    query: 'query($y: Int!) { smbDashboard(year: $y) { year } }',
    variables: (y) => ({ y }),
    field: 'year',
  },
};

/** The operations of the supergraph with an Int `year` among their arguments or inside their inputs. */
function yearTakingOperations(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '../../gateway/supergraph.graphql'), 'utf8'), {
    assumeValidSDL: true,
  });
  const takesYear = (fields: readonly (GraphQLArgument | GraphQLInputField)[], seen: Set<string>): boolean =>
    fields.some((f) => {
      const type = getNamedType(f.type);
      if (f.name === 'year' && type.name === 'Int') return true;
      if (!isInputObjectType(type) || seen.has(type.name)) return false;
      seen.add(type.name);
      return takesYear(Object.values(type.getFields()), seen);
    });
  return ['Query', 'Mutation'].flatMap((root) =>
    Object.values((schema.getType(root) as GraphQLObjectType).getFields())
      .filter((f) => takesYear(f.args, new Set()))
      .map((f) => `${root}.${f.name}`),
  );
}

describe('years are checked at the boundary', () => {
  it('lists every operation of the supergraph that takes a year', () => {
    expect(Object.keys(YEAR_OPERATIONS).sort()).toEqual(yearTakingOperations().sort());
  });

  it.each(Object.entries(YEAR_OPERATIONS))(
    '%s refuses the years 1, 99999 and -5, and writes nothing',
    async (operation, { account, query, variables, field, loose }) => {
      for (const year of OUTSIDE) {
        const r = operation.startsWith('Mutation.')
          ? await refusedWithoutWriting(account, query, variables(year))
          : await as(account)(query, variables(year));
        if (loose) {
          expect(problemsOf(r)).toContainEqual([field, 'field.between']);
          expect(r.errors![0].extensions!.problems).toContainEqual({
            field,
            message: expect.stringMatching(/^must be between -?\d+ and \d+$/),
          });
          continue;
        }
        expect(problemsOf(r)).toEqual([[field, 'field.between']]);
        expect(r.errors![0].extensions!.problems).toEqual([
          { field, message: `must be between ${currentYear() - 2} and ${currentYear() + 1}` },
        ]);
      }
    },
  );
});

describe('text PostgreSQL cannot store is refused at the boundary', () => {
  it('a NUL byte in a code, a search or a description is BAD_USER_INPUT, not an internal error', async () => {
    expect(
      problemsOf(
        await as('viewer@politie')('query($c: ID!) { facility(code: $c) { code } }', { c: 'GMS\u0000' }),
      ),
    ).toEqual([['code', 'field.unstorable']]);
    expect(
      problemsOf(
        await as('viewer@politie')(
          'query($s: String) { requirements(frameworkCode: "BIO2", search: $s) { total } }',
          {
            s: '5.15\u0000',
          },
        ),
      ),
    ).toEqual([['search', 'field.unstorable']]);
    expect(
      problemsOf(await as('viewer@politie')('query($c: ID!) { party(code: $c) { code } }', { c: '\u0000' })),
    ).toEqual([['code', 'field.unstorable']]);
    expect(
      problemsOf(
        await as('viewer@politie')('query($c: ID!) { framework(code: $c) { code } }', { c: 'BIO2\u0000' }),
      ),
    ).toEqual([['code', 'field.unstorable']]);
    const finding = YEAR_OPERATIONS['Mutation.recordFinding'];
    const withNul = finding.variables(YEAR) as { i: Record<string, unknown> };
    const r = await refusedWithoutWriting('security-officer@kmar', finding.query, {
      i: { ...withNul.i, description: 'Geen logging\u0000 ingericht.' },
    });
    expect(problemsOf(r)).toEqual([['input.description', 'field.unstorable']]);
    expect(r.errors![0].extensions!.problems).toEqual([
      {
        field: 'input.description',
        message: 'contains a character that cannot be stored (U+0000 at position 13)',
      },
    ]);
  });

  it('an unpaired surrogate is refused, not stored as U+FFFD', async () => {
    const finding = YEAR_OPERATIONS['Mutation.recordFinding'];
    const base = (finding.variables(YEAR) as { i: Record<string, unknown> }).i;
    const r = await refusedWithoutWriting('security-officer@kmar', finding.query, {
      i: { ...base, owner: 'CISO \ud800' },
    });
    expect(problemsOf(r)).toEqual([['input.owner', 'field.unstorable']]);
    expect(
      problemsOf(
        await refusedWithoutWriting(
          'smb-member@smb',
          'mutation($a: String!) { recordAdvice(agendaItemId: "00000000-0000-4000-8000-000000000000", advice: $a) { id } }',
          {
            a: 'Een advies \udc00 van het SMB.',
          },
        ),
      ),
    ).toEqual([['advice', 'field.unstorable']]);
  });

  it('text over its limit is refused: a code, a search, a description', async () => {
    expect(
      problemsOf(
        await as('viewer@politie')('query($c: ID!) { facility(code: $c) { code } }', { c: 'G'.repeat(201) }),
      ),
    ).toEqual([['code', 'field.textMax']]);
    expect(
      problemsOf(
        await as('viewer@politie')(
          'query($s: String) { requirements(frameworkCode: "BIO2", search: $s) { total } }',
          {
            s: 'x'.repeat(201),
          },
        ),
      ),
    ).toEqual([['search', 'field.textMax']]);
    const finding = YEAR_OPERATIONS['Mutation.recordFinding'];
    const base = (finding.variables(YEAR) as { i: Record<string, unknown> }).i;
    const r = await refusedWithoutWriting('security-officer@kmar', finding.query, {
      i: { ...base, description: 'x'.repeat(20_001) },
    });
    expect(problemsOf(r)).toEqual([['input.description', 'field.textMax']]);
  });

  it('a code or identifier with a bidi override or a control character is refused; free text keeps them as typed', async () => {
    expect(
      problemsOf(
        await as('viewer@politie')('query($c: ID!) { facility(code: $c) { code } }', { c: 'GM\u202eS' }),
      ),
    ).toEqual([['code', 'field.controlCharacter']]);
    expect(
      problemsOf(
        await as('viewer@politie')(
          'query($f: ID!) { requirement(frameworkCode: $f, identifier: "5.15.01") { identifier } }',
          {
            f: 'BIO2\u0007',
          },
        ),
      ),
    ).toEqual([['frameworkCode', 'field.controlCharacter']]);
    const evidence = YEAR_OPERATIONS['Mutation.uploadEvidence'];
    const base = (evidence.variables(YEAR) as { i: Record<string, unknown> }).i;
    const r = await refusedWithoutWriting('security-officer@kmar', evidence.query, {
      i: { ...base, identifier: '5.15\u202e.01' },
    });
    expect(problemsOf(r)).toEqual([['input.identifier', 'field.controlCharacter']]);
    expect(r.errors![0].extensions!.problems).toEqual([
      {
        field: 'input.identifier',
        message: 'may not contain a control or text-direction character (U+202E at position 5)',
      },
    ]);
    // An evidence file's name is normalised by the domain instead; NUL no field may hold.
    expect(
      problemsOf(
        await refusedWithoutWriting('security-officer@kmar', evidence.query, {
          i: { ...base, filename: 'bewijs\u0000.txt' },
        }),
      ),
    ).toEqual([['input.filename', 'field.unstorable']]);
  });
});

describe('entity references are codes too', () => {
  it('a service called directly refuses a representation with NUL or a bidi override, and resolves a good one', async () => {
    const entities = (code: string) =>
      graphql(
        platform.subgraphs.risk,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { code } } }',
        { r: [{ __typename: 'Facility', code }] },
        tokens['viewer@politie'],
      );
    const good = await entities('GMS');
    expect(good.errors).toBeUndefined();
    expect(good.data._entities).toEqual([{ code: 'GMS' }]);
    for (const [code, key] of [
      ['GMS\u0000', 'field.unstorable'],
      ['GM\u202eS', 'field.controlCharacter'],
    ])
      expect(problemsOf(await entities(code))).toEqual([['representations.code', key]]);
  });
});

describe('authorisation before validation', () => {
  let instructionId: string;
  let findingId: string;

  beforeAll(async () => {
    // kmar's ICV of last year: a finding, not in control, on the agenda, advised, accepted with an instruction.
    const kmar = as('security-officer@kmar');
    expect((await kmar(ICV_STEP('startIcv'), { y: YEAR })).errors).toBeUndefined();
    const own = await eventually(
      () =>
        kmar('query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }', {
          y: YEAR,
        }),
      (r) => r.data?.assessment?.entries.length > 0,
      'the applicable measures of kmar',
    );
    const [first] = own.data.assessment.entries;
    const update = await kmar('mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { state } }', {
      i: {
        year: YEAR,
        statement: 'NIET_IN_CONTROL',
        exceptions: [
          {
            measures: [{ frameworkCode: first.frameworkCode, identifier: first.identifier }],
            explanation: 'De zelfevaluatie is nog niet uitgevoerd.',
            plannedDate: `${currentYear() + 1}-06-30`,
          },
        ],
      },
    });
    expect(update.errors).toBeUndefined();
    const finding = await kmar(
      'mutation($i: FindingInput!) { recordFinding(input: $i) { id description } }',
      {
        i: {
          year: YEAR,
          frameworkCode: first.frameworkCode,
          identifier: first.identifier,
          // Free text keeps a bidi override as typed.
          description: 'Logging \u202e ontbreekt.',
          action: 'Logging inrichten.',
          owner: 'CISO',
          dueDate: `${currentYear() + 1}-06-30`,
        },
      },
    );
    expect(finding.errors).toBeUndefined();
    expect(finding.data.recordFinding.description).toBe('Logging \u202e ontbreekt.');
    findingId = finding.data.recordFinding.id;
    expect((await kmar(ICV_STEP('prepareIcv'), { y: YEAR })).errors).toBeUndefined();
    expect((await as('accountable-official@kmar')(ICV_STEP('signIcv'), { y: YEAR })).errors).toBeUndefined();
    expect((await kmar(ICV_STEP('submitIcv'), { y: YEAR })).errors).toBeUndefined();
    const agenda = await eventually(
      () => as('smb-member@smb')('query($y: Int!) { agenda(year: $y) { id party } }', { y: YEAR }),
      (r) => r.data?.agenda?.some((i: { party: string }) => i.party === 'kmar'),
      'kmar on the agenda',
    );
    const item = agenda.data.agenda.find((i: { party: string }) => i.party === 'kmar');
    const advised = await as('smb-member@smb')(
      'mutation($id: ID!) { recordAdvice(agendaItemId: $id, advice: "Het SMB adviseert te aanvaarden met een aanwijzing.") { id } }',
      { id: item.id },
    );
    expect(advised.errors).toBeUndefined();
    const decided = await as('bmb-member@bmb')(
      'mutation($i: DecisionInput!) { recordDecision(input: $i) { instructions { id party } } }',
      {
        i: {
          agendaItemId: item.id,
          decision: 'AANVAARD_MET_AANWIJZING',
          text: 'Aanvaard; de zelfevaluatie moet worden uitgevoerd.',
          instruction: {
            description: 'Voer de zelfevaluatie uit en rapporteer.',
            dueDate: `${currentYear() + 1}-06-30`,
          },
        },
      },
    );
    expect(decided.errors).toBeUndefined();
    instructionId = decided.data.recordDecision.instructions[0].id;
  });

  const REPORT_DONE =
    'mutation($id: ID!, $r: String!) { reportInstructionDone(instructionId: $id, report: $r) { state } }';

  it('another party reporting an aanwijzing done gets NOT_FOUND, whatever the report says, and writes nothing', async () => {
    for (const report of ['kort', '', 'De zelfevaluatie is uitgevoerd en vastgelegd.'])
      expect(
        errorCodes(
          await refusedWithoutWriting('security-officer@politie', REPORT_DONE, {
            id: instructionId,
            r: report,
          }),
        ),
      ).toEqual(['NOT_FOUND']);
    // The party whose aanwijzing it is learns what is wrong with its report.
    expect(
      problemsOf(
        await refusedWithoutWriting('security-officer@kmar', REPORT_DONE, { id: instructionId, r: 'kort' }),
      ),
    ).toEqual([['report', 'field.textMin']]);
  });

  it('another party progressing a finding with bad input gets NOT_FOUND, and writes nothing', async () => {
    const PROGRESS =
      'mutation($id: ID!, $i: FindingProgressInput!) { progressFinding(id: $id, input: $i) { id } }';
    const bad = { action: '', owner: '', dueDate: 'morgen' };
    expect(
      errorCodes(
        await refusedWithoutWriting('security-officer@politie', PROGRESS, { id: findingId, i: bad }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      problemsOf(
        await refusedWithoutWriting('security-officer@kmar', PROGRESS, { id: findingId, i: bad }),
      ).map(([field]) => field),
    ).toEqual(['input.action', 'input.owner', 'input.dueDate']);
  });

  it('an unknown agenda item or a not-started ICV is NOT_FOUND before its input is checked', async () => {
    const UNKNOWN = '00000000-0000-4000-8000-000000000000';
    expect(
      errorCodes(
        await refusedWithoutWriting(
          'smb-member@smb',
          'mutation($id: ID!) { recordAdvice(agendaItemId: $id, advice: "kort") { id } }',
          { id: UNKNOWN },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await refusedWithoutWriting(
          'bmb-member@bmb',
          'mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }',
          { i: { agendaItemId: UNKNOWN, decision: 'AANVAARD_MET_AANWIJZING', text: '' } },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await refusedWithoutWriting(
          'security-officer@defensie',
          'mutation($y: Int!, $e: [MissingReportExplanationInput!]) { prepareIcv(year: $y, missingReportExplanations: $e) { state } }',
          { y: YEAR, e: [{ party: 'rode-kruis', explanation: 'kort' }] },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it("another party's own framework is NOT_FOUND for a search with a bad page, and FORBIDDEN to import over with bad content", async () => {
    const IMPORT = 'mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { imported } }';
    const own = await as('security-officer@defensie')(IMPORT, {
      i: {
        code: 'DEFNORM',
        format: 'CSV',
        content: 'identifier,kind,title\nD.1,THEMA,Eigen norm\n',
        metadata: { name: 'Defensienorm', version: '1', publisher: 'Defensie', licence: 'intern' },
        dryRun: false,
      },
    });
    expect(own.errors).toBeUndefined();
    expect(
      errorCodes(
        await as('security-officer@politie')(
          '{ requirements(frameworkCode: "DEFNORM", limit: 0, offset: -1) { total } }',
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await refusedWithoutWriting('security-officer@politie', IMPORT, {
          i: { code: 'DEFNORM', format: 'OSCAL', mode: 'MERGE', content: ' ', dryRun: false },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      problemsOf(
        await as('security-officer@defensie')(
          '{ requirements(frameworkCode: "DEFNORM", limit: 0) { total } }',
        ),
      ),
    ).toEqual([['limit', 'field.between']]);
  });

  it("another party's risk analysis is NOT_FOUND whatever the edit says; its own party learns what is wrong, and codes with a bidi override are refused", async () => {
    // Defensie's own use of C2000 (issue 16), a draft.
    const own = await draftRiskAnalysis(as, {
      account: 'security-officer@defensie',
      scope: 'EIGEN_GEBRUIK',
      facilityCodes: ['SPOEDRESPONS'],
      title: 'Eigen gebruik C2000 (grenzen)',
    });
    const UPDATE = 'mutation($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { id } }';
    const risk = (measure: { frameworkCode: string; identifier: string }) => ({
      title: 'Uitval',
      description: 'Uitval van de verbinding.',
      facilityCode: 'SPOEDRESPONS',
      threatIndexes: [0],
      inherent: { likelihood: 3, impact: 3 },
      residual: { likelihood: 2, impact: 2 },
      treatment: {
        kind: 'MITIGEREN',
        description: 'Maatregelen.',
        measures: [measure],
        owner: 'CISO',
        dueDate: `${NEXT}-06-30`,
      },
    });
    const bad = {
      id: own.id,
      title: '',
      description: 'Beschrijving.',
      threats: [{ name: 'Uitval', description: 'Uitval.' }],
      risks: [
        {
          ...risk({ frameworkCode: 'BIO2', identifier: '5.15.01' }),
          threatIndexes: [7],
          inherent: { likelihood: 9, impact: 0 },
        },
      ],
    };
    expect(errorCodes(await refusedWithoutWriting('security-officer@politie', UPDATE, { i: bad }))).toEqual([
      'NOT_FOUND',
    ]);
    const problems = problemsOf(await refusedWithoutWriting('security-officer@defensie', UPDATE, { i: bad }));
    // Every problem at once: the empty title, the threat index out of range, the scores off the scale.
    const fields = problems.map(([field]) => field).join(' ');
    expect(fields).toMatch(/title/);
    expect(fields).toMatch(/threatIndexes/);
    expect(fields).toMatch(/inherent/);
    // A measure is a code: a text-direction override in it is refused, not stored.
    const bidi = problemsOf(
      await refusedWithoutWriting('security-officer@defensie', UPDATE, {
        i: { ...bad, title: 'Titel', risks: [risk({ frameworkCode: 'BIO2', identifier: '5.15\u202e.01' })] },
      }),
    );
    expect(bidi.map(([, key]) => key)).toEqual(['field.controlCharacter']);
    const draft = problemsOf(
      await refusedWithoutWriting(
        'security-officer@defensie',
        'mutation($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id } }',
        {
          i: {
            title: 'Titel',
            description: 'Beschrijving.',
            scope: 'EIGEN_GEBRUIK',
            facilityCodes: ['SPOEDRE\u202eSPONS'],
          },
        },
      ),
    );
    expect(draft.map(([, key]) => key)).toEqual(['field.controlCharacter']);
  });
});

describe('authorisation before validation: plans and wishes (issue 17)', () => {
  const ZERO = '00000000-0000-4000-8000-000000000000';
  const SAVE = 'mutation($i: PlanLineInput!) { savePlanLine(input: $i) { id } }';
  const badLine = {
    kind: 'MAATREGEL',
    description: '',
    dueDate: 'morgen',
    status: 'GEPLAND',
    findingIds: ['geen-id'],
  };

  it('a viewer changing a plan line with bad input gets FORBIDDEN and writes nothing', async () => {
    const r = await refusedWithoutWriting('viewer@politie', SAVE, { i: badLine });
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
  });

  it('the security officer learns what is wrong with its own line, and it writes nothing', async () => {
    const r = await refusedWithoutWriting('security-officer@defensie', SAVE, { i: badLine });
    const fields = problemsOf(r).map(([field]) => field);
    expect(fields).toEqual(expect.arrayContaining(['input.description', 'input.dueDate']));
  });

  it("another party's plan is NOT_FOUND, whatever version it asks for", async () => {
    const r = await as('security-officer@kmar')(
      'query($v: Int) { implementationPlan(party: "politie", policyVersion: $v) { id } }',
      { v: -5 },
    );
    expect(errorCodes(r)).toEqual(['NOT_FOUND']);
  });

  it('a wish for another party is NOT_FOUND before its content is checked; a party of no wishes is FORBIDDEN', async () => {
    const WISH = 'mutation($i: WishInput!) { submitWish(input: $i) { id } }';
    const empty = { year: NEXT, subject: '', reasoning: '', estimatedCost: -1, priority: 'LAAG' };
    expect(
      errorCodes(
        await refusedWithoutWriting('security-officer@politie', WISH, {
          i: { ...empty, party: 'ambulance' },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(errorCodes(await refusedWithoutWriting('security-officer@kmar', WISH, { i: empty }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      errorCodes(
        await refusedWithoutWriting(
          'security-officer@politie',
          'mutation($id: ID!) { withdrawWish(id: $id) { id } }',
          {
            id: ZERO,
          },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

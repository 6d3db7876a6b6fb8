import ExcelJS from 'exceljs';
import {
  adoptPolicyChange,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The icv subgraph's implementation plan and progress report operations through the gateway (issue 17):
 * a plan line with its links read back from both sides (PlanLine.findings, Finding.planLines), the
 * workbook, the refusals. The whole flow across contexts (adoption, calendar, SMB agenda) is in
 * apps/platform/test/implementation-plans.acceptance-spec.ts.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const officer = as('security-officer@politie');
const viewer = as('viewer@politie');
const other = as('security-officer@ambulance');
const auditor = as('auditor@jenv');
const YEAR = new Date().getUTCFullYear();

const PLAN = `id party policyVersion state updateDueDate versions
  rollUp { total done onTrack overdue withoutOwner percentOnTrack }
  lines { id kind measure { frameworkCode identifier } policyRule description owner dueDate status overdue carriedOver
    findings { id description planLines { id } }
    exceptions { year frameworkCode identifier explanation plannedDate }
    riskTreatments { treatmentId } }`;
const SAVE = `mutation($i: PlanLineInput!) { savePlanLine(input: $i) { ${PLAN} } }`;

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of new Set([
    'security-officer@politie',
    'viewer@politie',
    'security-officer@ambulance',
    'auditor@jenv',
    ...POLICY_FLOW_ACCOUNTS,
  ]))
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

describe('[SK-2.3] [SK-4.1] [SK-5.1] the implementation plan through the API', () => {
  let findingId = '';
  let measure = { frameworkCode: '', identifier: '' };

  it('starts as an empty, up-to-date plan for the policy version in force', async () => {
    const r = await officer(`{ implementationPlan { ${PLAN} } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.implementationPlan).toEqual(
      expect.objectContaining({ party: 'politie', state: 'ACTUEEL', lines: [], updateDueDate: null }),
    );
    expect(r.data.implementationPlan.rollUp.percentOnTrack).toBe(100);
  });

  it('saves a line linked to a finding and an exception; both sides show the link', async () => {
    const entries = await officer(
      `query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }`,
      { y: YEAR },
    );
    measure = entries.data.assessment.entries[0];
    const recorded = await officer(`mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`, {
      i: {
        year: YEAR,
        ...measure,
        description: 'Toegangsrechten niet herzien',
        action: 'Kwartaalreview',
        owner: 'CISO',
        dueDate: isoDay(30),
      },
    });
    expect(recorded.errors).toBeUndefined();
    findingId = recorded.data.recordFinding.id;
    const saved = await officer(SAVE, {
      i: {
        kind: 'MAATREGEL',
        measure,
        description: 'Kwartaalreview van toegangsrechten',
        owner: ' Team ICT ',
        dueDate: isoDay(45),
        status: 'IN_UITVOERING',
        findingIds: [findingId],
        exceptions: [{ year: YEAR, ...measure }],
      },
    });
    expect(saved.errors).toBeUndefined();
    const [line] = saved.data.savePlanLine.lines;
    expect(line).toEqual(
      expect.objectContaining({
        owner: 'Team ICT',
        overdue: false,
        findings: [
          { id: findingId, description: 'Toegangsrechten niet herzien', planLines: [{ id: line.id }] },
        ],
        exceptions: [{ year: YEAR, ...measure, explanation: null, plannedDate: null }],
        riskTreatments: [],
      }),
    );
    const fromFinding = await officer(
      `query($y: Int!) { assessment(year: $y) { findings { id planLines { id description } } } }`,
      { y: YEAR },
    );
    expect(
      fromFinding.data.assessment.findings.find((f: { id: string }) => f.id === findingId).planLines,
    ).toEqual([{ id: line.id, description: 'Kwartaalreview van toegangsrechten' }]);
  });

  it("refuses a viewer's change, another party's finding, an unknown line, a confirm with nothing to confirm", async () => {
    const line = {
      kind: 'BELEIDSREGEL',
      policyRule: 'TB-03',
      description: 'Beleid op toegang',
      dueDate: isoDay(10),
      status: 'GEPLAND',
    };
    expect(errorCodes(await viewer(SAVE, { i: line }))).toEqual(['FORBIDDEN']);
    const foreign = await other(SAVE, { i: { ...line, findingIds: [findingId] } });
    expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(foreign.errors)).not.toContain('politie');
    const { id } = (await officer(`{ implementationPlan { lines { id } } }`)).data.implementationPlan
      .lines[0];
    expect(errorCodes(await other(`mutation($id: ID!) { removePlanLine(id: $id) { id } }`, { id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await officer(`mutation { confirmImplementationPlan { id } }`))).toEqual(['CONFLICT']);
    expect(errorCodes(await other(`{ implementationPlan(party: "politie") { id } }`))).toEqual(['NOT_FOUND']);
  });

  it('the auditor reads the plan and its workbook; the viewer reads it too', async () => {
    const read = await auditor(`{ implementationPlan(party: "politie") { lines { id } } }`);
    expect(read.data.implementationPlan.lines).toHaveLength(1);
    expect(
      (await viewer(`{ implementationPlan { lines { id } } }`)).data.implementationPlan.lines,
    ).toHaveLength(1);
    const file = await auditor(`{ implementationPlanXlsx(party: "politie") { filename contentBase64 } }`);
    expect(file.errors).toBeUndefined();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.data.implementationPlanXlsx.contentBase64, 'base64') as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Plan', 'Samenvatting']);
    expect(book.getWorksheet('Plan')!.getRow(1).getCell(3).value).toBe('Omschrijving');
    expect(String(book.getWorksheet('Plan')!.getRow(2).getCell(9).value)).toContain(
      'Toegangsrechten niet herzien',
    );
  });

  it('removes a line', async () => {
    const { id } = (await officer(`{ implementationPlan { lines { id } } }`)).data.implementationPlan
      .lines[0];
    const removed = await officer(
      `mutation($id: ID!) { removePlanLine(id: $id) { lines { id } rollUp { total } } }`,
      {
        id,
      },
    );
    expect(removed.data.removePlanLine).toEqual({ lines: [], rollUp: { total: 0 } });
  });
});

describe('[SK-2.4] progress reports through the API', () => {
  it('has no period before the calendar names one, and says so', async () => {
    expect(
      (await officer(`query($y: Int!) { progressPeriods(year: $y) { period } }`, { y: YEAR })).errors,
    ).toBeUndefined();
    const r = await officer(
      `mutation($i: ProgressReportInput!) { prepareProgressReport(input: $i) { id } }`,
      { i: { year: YEAR, period: 99, summary: 'Op schema' } },
    );
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await officer(`mutation { signProgressReport(year: ${YEAR}, period: 1) { id } }`)),
    ).toEqual(['FORBIDDEN']);
    const list = await officer(`query($y: Int!) { progressReports(year: $y) { id } }`, { y: YEAR });
    expect(list.data.progressReports).toEqual([]);
  });
});

describe('[SK-2.3] an adopted policy version asks for a plan update', () => {
  it('opens the new plan with the open lines carried over; the old one stays readable and closed', async () => {
    const saved = await officer(SAVE, {
      i: {
        kind: 'BELEIDSREGEL',
        policyRule: 'TB-03',
        description: 'Wachtwoordbeleid invoeren',
        dueDate: isoDay(20),
        status: 'GEPLAND',
      },
    });
    expect(saved.errors).toBeUndefined();
    const before = saved.data.savePlanLine;
    const { version } = await adoptPolicyChange((a) => as(a), {
      title: 'Beleid bijgewerkt voor de plannen',
      change: { recalibrationMonths: 18 },
    });
    expect(version).toBe(before.policyVersion + 1);
    const plan = await eventually(
      async () =>
        (await officer(`{ implementationPlan { ${PLAN} previousPolicyVersion } }`)).data.implementationPlan,
      (p) => p.policyVersion === version,
      'the plan of the adopted version',
    );
    expect(plan).toEqual(
      expect.objectContaining({
        state: 'BIJWERKEN_VEREIST',
        updateDueDate: isoDay(90),
        previousPolicyVersion: before.policyVersion,
        versions: [version, before.policyVersion],
      }),
    );
    expect(
      plan.lines.map((l: { policyRule: string; carriedOver: boolean }) => [l.policyRule, l.carriedOver]),
    ).toEqual([['TB-03', true]]);
    const changeOld = await officer(SAVE, {
      i: {
        id: before.lines[0].id,
        kind: 'BELEIDSREGEL',
        policyRule: 'TB-03',
        description: 'Wachtwoordbeleid invoeren',
        dueDate: isoDay(20),
        status: 'GEREED',
      },
    });
    expect(errorCodes(changeOld)).toEqual(['CONFLICT']);
    const old = await officer(`query($v: Int!) { implementationPlan(policyVersion: $v) { lines { id } } }`, {
      v: before.policyVersion,
    });
    expect(old.data.implementationPlan.lines).toEqual([{ id: before.lines[0].id }]);
    const confirmed = await officer(
      `mutation { confirmImplementationPlan { state updateDueDate confirmedBy } }`,
    );
    expect(confirmed.data.confirmImplementationPlan).toEqual({
      state: 'ACTUEEL',
      updateDueDate: null,
      confirmedBy: 'security-officer@politie',
    });
  });
});

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  draftRiskAnalysis,
  eventually,
  finaliseRiskAnalysis,
  graphql,
  isoDay,
  savePlanLine,
  openRiskConsultation,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * No N+1: the main queries cost a fixed number of SQL statements per GraphQL request, whatever the
 * amount of data. The platform counts every statement each service sends for one request, by the
 * request's correlation id (MKIB_COUNT_SQL, tests only); data no API creates (more facilities than the
 * regulation's six) is added to the stopped platform's data folder.
 */
const ROOT = join(__dirname, '..', '..', '..');
let platform: PlatformProcess;
let dataDir: string;
const tokens: Record<string, string> = {};
// The year of the assessments and ICVs: a current one, from the clock.
const YEAR = new Date().getUTCFullYear();

async function start() {
  platform = await startPlatformProcess({ MKIB_COUNT_SQL: '1' }, 120_000, { dataDir, keepDataDir: true });
  for (const account of [
    'security-officer@politie',
    'security-officer@ambulance',
    'security-officer@brandweer',
    'security-officer@kmar',
    'lms-operator@lms',
    'viewer@politie',
    'auditor@jenv',
    'smb-member@smb',
  ])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
}

/** Runs a query as an account and returns the statements it cost, failing on any error. */
async function statements(account: string, query: string, variables?: Record<string, unknown>) {
  const id = randomUUID();
  const r = await graphql(platform.graphqlUrl, query, variables, tokens[account], { 'x-correlation-id': id });
  expect(r.errors).toBeUndefined();
  const counted = await (await fetch(`${platform.baseUrl}/__test/sql-statements/${id}`)).json();
  return { count: counted.statements as number, data: r.data };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mkib-sql-'));
  await start();
});
afterAll(async () => {
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('SQL statements per GraphQL request', () => {
  const ASSESSMENT = `query($y: Int!) { assessment(year: $y) { party proposedStatement
    progress { applicable assessed percentImplemented } byFacility { facilityCode progress { applicable } }
    entries { frameworkCode identifier facilities status requirement { title text } findings { id } evidence { id } } } }`;

  it('assessment(year) stays at 10 or fewer whatever the number of measures', async () => {
    const politie = await eventually(
      () => statements('security-officer@politie', ASSESSMENT, { y: YEAR }),
      (r) => r.data.assessment.entries.length > 100,
      'the applicable measures in the icv context',
    );
    // A party's own framework adds measures: the cost must not grow with them.
    const own = readFileSync(join(__dirname, 'fixtures/catalogue/zorgnorm-sample.csv'), 'utf8');
    const ambulance = (q: string, v?: Record<string, unknown>) =>
      graphql(platform.graphqlUrl, q, v, tokens['security-officer@ambulance']);
    const imported = await ambulance(
      `mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { imported } }`,
      {
        i: {
          code: 'SQL-EIGEN',
          format: 'CSV',
          content: own,
          dryRun: false,
          metadata: {
            name: 'Eigen',
            version: '1',
            publisher: 'test',
            licence: 'CC0 1.0',
            attribution: 'test',
          },
        },
      },
    );
    expect(imported.errors).toBeUndefined();
    expect(
      (await ambulance('mutation { attachFramework(frameworkCode: "SQL-EIGEN") { code } }')).errors,
    ).toBeUndefined();
    const more = await eventually(
      () => statements('security-officer@ambulance', ASSESSMENT, { y: YEAR }),
      (r) => r.data.assessment.entries.length > politie.data.assessment.entries.length,
      'the party framework in the assessment',
    );
    console.log(
      `assessment(year): ${politie.count} statements at ${politie.data.assessment.entries.length} measures, ` +
        `${more.count} at ${more.data.assessment.entries.length}`,
    );
    expect(politie.count).toBeLessThanOrEqual(10);
    expect(more.count).toBe(politie.count);
  });

  const FACILITIES = `{ facilities { code bbn usedBy { code name } history { bbn }
    applicableMeasures { total fromProfile { identifier title } fromPartyFrameworks { identifier } } } }`;

  it('facilities with usedBy and applicableMeasures stay at 15 or fewer at 6 and at 60 facilities', async () => {
    const six = await statements('viewer@politie', FACILITIES);
    expect(six.data.facilities).toHaveLength(6);
    // 54 more facilities like GMS, straight into the stopped platform's register.
    await platform.stop();
    execFileSync(process.execPath, [
      join(ROOT, 'tools/run.js'),
      join(__dirname, 'support/add-facilities.ts'),
      dataDir,
      '54',
    ]);
    await start();
    const sixty = await statements('viewer@politie', FACILITIES);
    expect(sixty.data.facilities).toHaveLength(60);
    console.log(`facilities: ${six.count} statements at 6 facilities, ${sixty.count} at 60`);
    expect(six.count).toBeLessThanOrEqual(15);
    expect(sixty.count).toBe(six.count);
  });

  const POLICY = `{ policyVersion { version responsibilities { party } norms { key measures { identifier text } }
    rules { key measures { identifier text } } requirements { bbnProfileVersion } } }`;

  it('policyVersion with every norm and rule and their measures stays at 4 or fewer', async () => {
    const r = await statements('viewer@politie', POLICY);
    expect(r.data.policyVersion.norms.length).toBeGreaterThan(5);
    console.log(`policyVersion: ${r.count} statements`);
    expect(r.count).toBeLessThanOrEqual(4);
  });

  const ICVS = `query($y: Int!) { icvs(year: $y) { party state proposedStatement
    coUsers { party report { status } missingReason } versions { version state } } }`;

  it('icvs(year) with proposal, medegebruikers and versions stays the same at 1 and at 4 ICVs', async () => {
    const year = YEAR;
    const start = (party: string) =>
      graphql(
        platform.graphqlUrl,
        `
          mutation ($y: Int!) {
            startIcv(year: $y) {
              state
            }
          }
        `,
        { y: year },
        tokens[`security-officer@${party}`],
      );
    expect((await start('politie')).errors).toBeUndefined();
    const one = await statements('auditor@jenv', ICVS, { y: year });
    expect(one.data.icvs).toHaveLength(1);
    for (const party of ['ambulance', 'brandweer', 'kmar'])
      expect((await start(party)).errors).toBeUndefined();
    const four = await statements('auditor@jenv', ICVS, { y: year });
    expect(four.data.icvs).toHaveLength(4);
    console.log(`icvs(year): ${one.count} statements at 1 ICV, ${four.count} at 4`);
    expect(one.count).toBeLessThanOrEqual(10);
    expect(four.count).toBe(one.count);
  });

  // Risk management (issue 16): the register with its analyses' risks, facilities and consulted parties, and
  // the boards' aggregates, cost the same whatever the number of analyses.
  const REGISTER = `{ riskRegister { analyses { risks { facility { name } } consultation { parties { party { code } } } } } }`;
  const OVERVIEW = `{ riskOverview { openSupplementary openConsultations
    aggregates { party { code } facility { name } inherent { level count } residual { level count } }
    late { number ownerParty { code } } } }`;

  it('riskRegister with risks, facilities and consultations, and riskOverview, stay the same at 1 and at 3 analyses', async () => {
    const as = (account: string) => (q: string, v?: Record<string, unknown>) =>
      graphql(platform.graphqlUrl, q, v, tokens[account]);
    const shared = async (facility: string) => {
      const a = await draftRiskAnalysis(as, { facilityCodes: [facility], risks: [{}, {}] });
      await openRiskConsultation(as, a.id);
    };
    const own = async (party: string, facility: string) => {
      const account = `security-officer@${party}`;
      const a = await draftRiskAnalysis(as, {
        account,
        scope: 'EIGEN_GEBRUIK',
        facilityCodes: [facility],
        risks: [{}, {}],
      });
      expect((await finaliseRiskAnalysis(as, a.id, undefined, account)).errors).toBeUndefined();
    };
    await shared('GMS');
    await own('politie', 'GMS');
    const one = await statements('lms-operator@lms', REGISTER);
    expect(one.data.riskRegister.analyses).toHaveLength(1);
    const overviewOne = await statements('auditor@jenv', OVERVIEW);
    expect(overviewOne.data.riskOverview.aggregates).toHaveLength(1);

    await shared('OIS');
    await shared('SPOEDRESPONS');
    await own('ambulance', 'OIS');
    await own('kmar', 'GMS');
    const three = await statements('lms-operator@lms', REGISTER);
    expect(three.data.riskRegister.analyses).toHaveLength(3);
    const overviewThree = await statements('auditor@jenv', OVERVIEW);
    expect(overviewThree.data.riskOverview.aggregates).toHaveLength(3);
    console.log(
      `riskRegister: ${one.count} statements at 1 analysis, ${three.count} at 3; ` +
        `riskOverview: ${overviewOne.count} at 1 aggregate, ${overviewThree.count} at 3`,
    );
    expect(one.count).toBeLessThanOrEqual(15);
    expect(three.count).toBe(one.count);
    expect(overviewOne.count).toBeLessThanOrEqual(10);
    expect(overviewThree.count).toBe(overviewOne.count);
  });
  // Implementation plans (issue 17): a plan's lines with their findings and risk treatments, and the boards'
  // overview across parties, cost the same whatever the number of lines and plans.
  const PLAN = `{ implementationPlan { rollUp { total } lines { findings { id } riskTreatments { treatmentId }
    exceptions { explanation } } } }`;
  const PROGRESS = `query($y: Int!) { progressOverview(year: $y) { plans { party { code } total }
    periods { reports { party { code } } missing { code } } } }`;
  const DASHBOARD = `query($y: Int!) { smbDashboard(year: $y) { icvs { party { name } standing }
    plans { party { name } } findings { open byParty { party { name } open } }
    instructions { byParty { party { name } } } facilitiesReviewDue { facilityCode } riskWork { openConsultations }
    openEscalations signals { kind } } }`;

  it('implementationPlan with findings and treatments, and progressOverview, stay the same at 1 and at 4 lines', async () => {
    const as = (account: string) => (q: string, v?: Record<string, unknown>) =>
      graphql(platform.graphqlUrl, q, v, tokens[account]);
    const officer = 'security-officer@kmar';
    const finding = async () =>
      (
        await eventually(
          () =>
            as(officer)(`mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`, {
              i: {
                year: YEAR,
                frameworkCode: 'BIO2',
                identifier: '5.01.01',
                description: 'Bevinding (SQL per verzoek).',
                action: 'Oplossen.',
                owner: 'CISO',
                dueDate: isoDay(60),
              },
            }),
          (r) => !r.errors,
          'the applicable measures of kmar in the icv context',
        )
      ).data.recordFinding.id as string;
    const line = async () =>
      savePlanLine(as, officer, { description: 'Lijn (SQL per verzoek).', findingIds: [await finding()] });
    await line();
    const one = await statements(officer, PLAN);
    expect(one.data.implementationPlan.rollUp.total).toBe(1);
    const overviewOne = await eventually(
      () => statements('smb-member@smb', PROGRESS, { y: YEAR }),
      (r) => r.data.progressOverview.plans.length === 1,
      'the plan of kmar in the governance context',
    );
    // issue 18: dashboard — the SMB's dashboard costs the same at 1 plan as at 3 plans and more findings.
    const dashboardOne = await eventually(
      () => statements('smb-member@smb', DASHBOARD, { y: YEAR }),
      (r) => r.data.smbDashboard.plans.length === 1,
      'the plan of kmar on the dashboard',
    );
    for (let i = 0; i < 3; i++) await line();
    for (const party of ['politie', 'ambulance']) await savePlanLine(as, `security-officer@${party}`);
    const four = await statements(officer, PLAN);
    expect(four.data.implementationPlan.rollUp.total).toBe(4);
    expect(four.data.implementationPlan.lines.every((l: any) => l.findings.length === 1)).toBe(true);
    const overviewThree = await eventually(
      () => statements('smb-member@smb', PROGRESS, { y: YEAR }),
      (r) => r.data.progressOverview.plans.length === 3,
      'the plans of three parties in the governance context',
    );
    const dashboardThree = await eventually(
      () => statements('smb-member@smb', DASHBOARD, { y: YEAR }),
      (r) =>
        r.data.smbDashboard.plans.length === 3 &&
        r.data.smbDashboard.findings.open >= dashboardOne.data.smbDashboard.findings.open + 3,
      'the plans of three parties and three more findings on the dashboard',
    );
    console.log(
      `implementationPlan: ${one.count} statements at 1 line, ${four.count} at 4; ` +
        `progressOverview: ${overviewOne.count} at 1 plan, ${overviewThree.count} at 3; ` +
        `smbDashboard: ${dashboardOne.count} at 1 plan, ${dashboardThree.count} at 3`,
    );
    expect(dashboardThree.count).toBe(dashboardOne.count);
    expect(one.count).toBeLessThanOrEqual(12);
    expect(four.count).toBe(one.count);
    expect(overviewOne.count).toBeLessThanOrEqual(10);
    expect(overviewThree.count).toBe(overviewOne.count);
  });
});

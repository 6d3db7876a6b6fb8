import ExcelJS from 'exceljs';
import {
  adoptPolicyChange,
  bbpCalendarAround,
  createTestDatabase,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  nextYearFirstHalf,
  openBbpYear,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  prepareProgressReportRaw,
  progressPeriods,
  readPlan,
  readPlanRaw,
  readProgressReports,
  removePlanLine,
  reportProgress,
  savePlanLine,
  savePlanLineRaw,
  signIn,
  signProgressReportRaw,
  startPlatformProcess,
  submitProgressReportRaw,
  TestDatabase,
  confirmImplementationPlanRaw,
} from '@mkib/testing';

/**
 * Implementation plans and their progress reports (issue 17) through the gateway, on a platform of its own
 * living in the middle of a year (`MKIB_NOW`), so every deadline the tests set around today lies in that
 * year whatever day the suite runs. The LMS and each hoofdgebruiker keep a plan per policy version
 * (SK-2.3, SK-4.1, SK-5.1); a newly adopted version asks every one of them for an update; progress is
 * reported per period of the BBP calendar, four eyes, and reaches the SMB's agenda rolled up (SK-2.4).
 */
const NOW = nextYearFirstHalf(new Date(), 6, 15);
const YEAR = NOW.getUTCFullYear();
const TODAY = isoDay(0, NOW);
const day = (offset: number) => isoDay(offset, NOW);
const ZERO = '00000000-0000-4000-8000-000000000000';

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
  ...POLICY_FLOW_ACCOUNTS,
  'security-officer@lms',
  'accountable-official@politie',
  'accountable-official@ambulance',
  'officer-official@politie',
  'viewer@politie',
  'board-secretary@smb',
  'auditor@jenv',
];
const POLITIE = 'security-officer@politie';

beforeAll(async () => {
  db = await createTestDatabase();
  platform = await startPlatformProcess({
    MKIB_NOW: NOW.toISOString(),
    ...(db ? { MKIB_DATABASE_URL: db.url } : {}),
  });
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

/** Ids of politie's lines, by what they are. */
const lines: Record<string, string> = {};

describe('[SK-2.3] [SK-5.1] a hoofdgebruiker keeps its implementation plan', () => {
  it('[SK-2.3] starts from an empty plan for the policy in force and rolls its lines up as of today', async () => {
    const empty = await readPlan(as, POLITIE);
    expect(empty).toEqual(
      expect.objectContaining({
        party: 'politie',
        policyVersion: 1,
        state: 'ACTUEEL',
        lines: [],
        rollUp: { total: 0, done: 0, onTrack: 0, overdue: 0, withoutOwner: 0, percentOnTrack: 100 },
      }),
    );

    const measure = await savePlanLine(as, POLITIE, { owner: 'CISO politie', dueDate: day(90) });
    lines.measure = measure.lines[0].id;
    // A rule of the policy, nobody named yet (white space is nobody), past its due date.
    const rule = await savePlanLine(as, POLITIE, {
      kind: 'BELEIDSREGEL',
      policyRule: 'TB-03',
      description: 'Toegangsbeheer volgens de beleidsregel inrichten.',
      owner: '   ',
      dueDate: day(-5),
      status: 'IN_UITVOERING',
    });
    lines.rule = rule.lines.find((l: any) => l.kind === 'BELEIDSREGEL').id;
    const done = await savePlanLine(as, POLITIE, {
      measure: { frameworkCode: 'BIO2', identifier: '5.15.01' },
      description: 'Toegangsbeleid vastgesteld.',
      dueDate: day(-30),
      status: 'GEREED',
    });
    lines.done = done.lines.find((l: any) => l.status === 'GEREED').id;

    const plan = await readPlan(as, POLITIE);
    expect(plan.lines).toHaveLength(3);
    const ruleLine = plan.lines.find((l: any) => l.id === lines.rule);
    expect(ruleLine).toEqual(
      expect.objectContaining({ policyRule: 'TB-03', owner: null, overdue: true, carriedOver: false }),
    );
    expect(plan.lines.find((l: any) => l.id === lines.done).overdue).toBe(false);
    expect(plan.lines.find((l: any) => l.id === lines.measure)).toEqual(
      expect.objectContaining({
        measure: { frameworkCode: 'BIO2', identifier: '5.01.01' },
        owner: 'CISO politie',
        dueDate: day(90),
        updatedBy: POLITIE,
      }),
    );
    // On track: the done line and the measure not yet due; the rule is overdue and has no owner.
    expect(plan.rollUp).toEqual(
      expect.objectContaining({ total: 3, done: 1, onTrack: 2, overdue: 1, withoutOwner: 1 }),
    );
    expect([66, 67]).toContain(plan.rollUp.percentOnTrack);
  });

  it('[SK-2.3] changes and removes lines, and refuses an incomplete one without writing', async () => {
    const changed = await savePlanLine(as, POLITIE, {
      id: lines.measure,
      owner: 'CISO politie',
      dueDate: day(90),
      status: 'GEBLOKKEERD',
    });
    expect(changed.lines.find((l: any) => l.id === lines.measure).status).toBe('GEBLOKKEERD');
    expect(changed.rollUp.onTrack).toBe(1);
    const extra = await savePlanLine(as, POLITIE, { description: 'Een lijn die weer weg gaat.' });
    const extraId = extra.lines.find((l: any) => l.description === 'Een lijn die weer weg gaat.').id;
    const removed = await removePlanLine(as, POLITIE, extraId);
    expect(removed.lines.map((l: any) => l.id).sort()).toEqual(Object.values(lines).sort());
    // Back on track for the tests below.
    await savePlanLine(as, POLITIE, { id: lines.measure, owner: 'CISO politie', dueDate: day(90) });

    const refusals: [string, Parameters<typeof savePlanLineRaw>[2]][] = [
      ['a measure line without a measure', { kind: 'MAATREGEL', measure: undefined, policyRule: 'X' }],
      ['a rule line without a rule', { kind: 'BELEIDSREGEL', policyRule: '' }],
      ['a rule that is no code', { kind: 'BELEIDSREGEL', policyRule: 'TB-\u202e03' }],
      ['an empty description', { description: '  ' }],
      ['no date', { dueDate: 'volgende week' }],
      ['an impossible date', { dueDate: `${YEAR}-02-30` }],
      ['a finding that is not its own', { findingIds: [ZERO] }],
      ['a treatment it does not know', { riskTreatmentIds: [ZERO] }],
    ];
    for (const [what, spec] of refusals) {
      const r = await savePlanLineRaw(as, POLITIE, spec);
      expect([what, errorCodes(r)]).toEqual([what, ['BAD_USER_INPUT']]);
    }
    expect(errorCodes(await removePlanLineRaw(ZERO))).toEqual(['NOT_FOUND']);
    expect((await readPlan(as, POLITIE)).lines).toHaveLength(3);
  });

  it('[SK-2.3] links a line to a finding of its own assessment, and the finding shows the line', async () => {
    const recorded = await eventually(
      () =>
        as(POLITIE)(`mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`, {
          i: {
            year: YEAR,
            frameworkCode: 'BIO2',
            identifier: '5.01.01',
            description: 'Het beleid is niet bekendgemaakt.',
            action: 'Bekendmaken op intranet.',
            owner: 'CISO politie',
            dueDate: day(60),
          },
        }),
      (r) => !r.errors,
      'the applicable measures of politie in the icv context',
    );
    const findingId = recorded.data.recordFinding.id;
    const linked = await savePlanLine(as, POLITIE, {
      id: lines.measure,
      owner: 'CISO politie',
      dueDate: day(90),
      findingIds: [findingId],
    });
    expect(linked.lines.find((l: any) => l.id === lines.measure).findings).toEqual([{ id: findingId }]);
    const assessment = ok(
      await as(POLITIE)(
        `query($y: Int!) { assessment(year: $y) { entries { identifier findings { id planLines { id } } } } }`,
        { y: YEAR },
      ),
    ).assessment;
    const finding = assessment.entries.flatMap((e: any) => e.findings).find((f: any) => f.id === findingId);
    expect(finding.planLines).toEqual([{ id: lines.measure }]);
    // Another party cannot link it: it does not learn that it exists.
    expect(
      errorCodes(await savePlanLineRaw(as, 'security-officer@ambulance', { findingIds: [findingId] })),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('[SK-5.1] [SK-T3] a party reads its own plan only; the auditor reads every one', async () => {
    expect((await readPlan(as, 'viewer@politie')).lines).toHaveLength(3);
    expect((await readPlan(as, 'auditor@jenv', { party: 'politie' })).lines).toHaveLength(3);
    expect(errorCodes(await readPlanRaw(as, 'security-officer@ambulance', { party: 'politie' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await readPlanRaw(as, 'smb-member@smb'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await savePlanLineRaw(as, 'viewer@politie'))).toEqual(['FORBIDDEN']);
  });

  it('[SK-2.3] exports the plan as a workbook with the lines and the roll-up', async () => {
    const file = ok(
      await as(POLITIE)(`{ implementationPlanXlsx { filename contentType contentBase64 } }`),
    ).implementationPlanXlsx;
    expect(file.filename).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as any);
    expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Plan', 'Samenvatting']));
    const plan = book.getWorksheet('Plan')!;
    // A header row and the three lines.
    expect(plan.actualRowCount).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(plan.getSheetValues());
    expect(text).toContain('TB-03');
    expect(text).toContain('5.01.01');
  });
});

describe('[SK-4.1] the beheerder keeps its own implementation plan', () => {
  it('[SK-4.1] the LMS adds lines to its plan, apart from the hoofdgebruikers', async () => {
    const plan = await savePlanLine(as, 'lms-operator@lms', {
      measure: { frameworkCode: 'BIO2', identifier: '5.15.01' },
      description: 'Toegangsbeheer van de gedeelde voorzieningen herzien.',
      owner: 'Beheer LMS',
      dueDate: day(60),
    });
    expect(plan.party).toBe('lms');
    expect(plan.lines).toHaveLength(1);
    expect((await readPlan(as, 'security-officer@lms')).lines).toHaveLength(1);
    expect((await readPlan(as, POLITIE)).lines).toHaveLength(3);
  });
});

describe('[SK-2.4] progress reports per period of the BBP calendar', () => {
  beforeAll(async () => {
    // Period 1 fell due ten days ago, period 2 is due in forty.
    await openBbpYear(
      as,
      bbpCalendarAround(NOW, {
        wishesDeadline: -20,
        progressReportMoments: [-10, 40],
        smbMeetings: [-15, 30],
        bmbMeetings: [20, 90],
      }),
    );
  });

  it('[SK-2.4] four eyes: the preparer never signs, nothing is submitted unsigned, a change returns it to concept', async () => {
    const periods = await progressPeriods(as, POLITIE, YEAR, 2);
    expect(periods).toEqual([
      { year: YEAR, period: 1, due: day(-10) },
      { year: YEAR, period: 2, due: day(40) },
    ]);
    expect(errorCodes(await prepareProgressReportRaw(as, POLITIE, { year: YEAR, period: 3 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      errorCodes(await prepareProgressReportRaw(as, POLITIE, { year: YEAR, period: 1, summary: ' ' })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await prepareProgressReportRaw(as, 'viewer@politie', { year: YEAR, period: 1 })),
    ).toEqual(['FORBIDDEN']);

    // One person holding both roles prepares: it may not sign its own report.
    const both = 'officer-official@politie';
    const prepared = ok(
      await prepareProgressReportRaw(as, both, { year: YEAR, period: 1 }),
    ).prepareProgressReport;
    expect(prepared).toEqual(
      expect.objectContaining({ party: 'politie', state: 'CONCEPT', preparedBy: both, due: day(-10) }),
    );
    const own = await signProgressReportRaw(as, both, YEAR, 1);
    expect(errorCodes(own)).toEqual(['CONFLICT']);
    expect(JSON.stringify(own.errors)).toContain('icv.progress.ownReport');
    expect(errorCodes(await submitProgressReportRaw(as, POLITIE, YEAR, 1))).toEqual(['CONFLICT']);

    const signed = ok(
      await signProgressReportRaw(as, 'accountable-official@politie', YEAR, 1),
    ).signProgressReport;
    expect(signed).toEqual(
      expect.objectContaining({ state: 'ONDERTEKEND', signedBy: 'accountable-official@politie' }),
    );
    // A change after signing needs a new signature.
    const again = ok(
      await prepareProgressReportRaw(as, POLITIE, {
        year: YEAR,
        period: 1,
        summary: 'Aangevuld: de toegangsregel loopt achter.',
      }),
    ).prepareProgressReport;
    expect(again).toEqual(expect.objectContaining({ state: 'CONCEPT', signedBy: null }));
    const resigned = ok(
      await signProgressReportRaw(as, 'accountable-official@politie', YEAR, 1),
    ).signProgressReport;
    // Signed: the roll-up is frozen, later plan changes do not move it.
    const frozen = resigned.rollUp;
    expect(frozen).toEqual((await readPlan(as, POLITIE)).rollUp);
    await savePlanLine(as, POLITIE, { description: 'Na ondertekening toegevoegd.', dueDate: day(30) });
    const submitted = ok(await submitProgressReportRaw(as, POLITIE, YEAR, 1)).submitProgressReport;
    expect(submitted).toEqual(
      expect.objectContaining({
        state: 'INGEDIEND',
        submittedBy: POLITIE,
        late: true,
        summary: 'Aangevuld: de toegangsregel loopt achter.',
        rollUp: frozen,
      }),
    );
    expect(errorCodes(await prepareProgressReportRaw(as, POLITIE, { year: YEAR, period: 1 }))).toEqual([
      'CONFLICT',
    ]);
    expect(await readProgressReports(as, 'auditor@jenv', YEAR, 'politie')).toEqual([
      expect.objectContaining({ period: 1, state: 'INGEDIEND' }),
    ]);
  });

  it('[SK-2.4] [SK-3.3] a progress report reaches the SMB agenda, rolled up with the others of its period', async () => {
    const ambulance = await reportProgress(as, 'ambulance', YEAR, 1);
    expect(ambulance).toEqual(expect.objectContaining({ state: 'INGEDIEND', late: true }));
    const politie = (await readProgressReports(as, POLITIE, YEAR)).find((r) => r.period === 1);

    const ITEMS = `query($y: Int!) { boardItems(kind: PROGRESS_REPORTS, year: $y) { id kind title year
      progressPeriod { year period due total onTrack overdue withoutOwner percentOnTrack
        reports { party { code } total onTrack late } missing { code } } } }`;
    const items = await eventually(
      async () => ok(await as('smb-member@smb')(ITEMS, { y: YEAR })).boardItems as any[],
      (all) => all.length === 1 && all[0].progressPeriod?.reports.length === 2,
      'both reports on one agenda item of the SMB',
    );
    expect(items[0]).toEqual(
      expect.objectContaining({ kind: 'PROGRESS_REPORTS', title: `Voortgangsrapportages ${YEAR} periode 1` }),
    );
    const rolled = items[0].progressPeriod;
    expect(rolled).toEqual(
      expect.objectContaining({
        year: YEAR,
        period: 1,
        due: day(-10),
        total: politie.rollUp.total + ambulance.rollUp.total,
        onTrack: politie.rollUp.onTrack + ambulance.rollUp.onTrack,
        overdue: politie.rollUp.overdue + ambulance.rollUp.overdue,
      }),
    );
    expect(rolled.reports.map((r: any) => r.party.code).sort()).toEqual(['ambulance', 'politie']);
    expect(rolled.reports.every((r: any) => r.late)).toBe(true);
    expect(rolled.missing.map((p: any) => p.code).sort()).toEqual(
      ['brandweer', 'defensie', 'kmar', 'lms'].sort(),
    );

    // The boards' overview: counts only, the same period, and the plans as governance heard of them.
    const overview = ok(
      await as('bmb-member@bmb')(
        `query($y: Int!) { progressOverview(year: $y) { year plans { party { code } policyVersion state total }
          periods { period reports { party { code } } missing { code } } } }`,
        { y: YEAR },
      ),
    ).progressOverview;
    expect(overview.periods.find((p: any) => p.period === 1).reports).toHaveLength(2);
    expect(overview.plans).toEqual(
      expect.arrayContaining([expect.objectContaining({ party: { code: 'politie' }, policyVersion: 1 })]),
    );

    // The SMB takes note, the BMB decides on it like on any item.
    ok(
      await as('smb-member@smb')(
        `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { id } }`,
        { id: items[0].id, a: 'Het SMB neemt de rapportages voor kennisgeving aan.' },
      ),
    );
    const decided = ok(
      await as('bmb-member@bmb')(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { decision } }`, {
        i: { agendaItemId: items[0].id, decision: 'AANVAARD', text: 'Voor kennisgeving aangenomen.' },
      }),
    ).decideBoardItem;
    expect(decided.decision).toBe('AANVAARD');
  });
});

describe('[SK-2.3] a newly adopted policy version asks every organisation for a plan update', () => {
  it('[SK-2.3] [SK-4.1] [SK-5.1] opens the plan of the new version for the LMS and every hoofdgebruiker, carrying the open lines over', async () => {
    const before = await readPlan(as, POLITIE);
    const open = before.lines.filter((l: any) => l.status !== 'GEREED');
    const adopted = await adoptPolicyChange(as, {
      title: 'Wijziging (implementatieplannen)',
      change: { recalibrationMonths: 24 },
      today: TODAY,
    });
    expect(adopted.version).toBe(2);

    for (const party of ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie', 'lms']) {
      const account = party === 'lms' ? 'lms-operator@lms' : `security-officer@${party}`;
      const plan = await eventually(
        () => readPlan(as, account),
        (p) => p.policyVersion === 2,
        `the plan of ${party} for version 2`,
      );
      expect([party, plan.state, plan.previousPolicyVersion]).toEqual([party, 'BIJWERKEN_VEREIST', 1]);
      expect(plan.updateDueDate > TODAY).toBe(true);
      // Politie and the LMS kept a plan of version 1; the others start with version 2.
      expect([party, plan.versions]).toEqual([party, ['politie', 'lms'].includes(party) ? [2, 1] : [2]]);
    }
    const politie = await readPlan(as, POLITIE);
    // The open lines came along, the done one stayed behind with version 1.
    expect(politie.lines).toHaveLength(open.length);
    expect(politie.lines.every((l: any) => l.carriedOver)).toBe(true);
    expect(politie.lines.map((l: any) => l.description).sort()).toEqual(
      open.map((l: any) => l.description).sort(),
    );
    const carried = politie.lines.find((l: any) => l.measure?.identifier === '5.01.01');
    expect(carried.findings).toHaveLength(1);
    const old = await readPlan(as, POLITIE, { policyVersion: 1 });
    expect(old.lines).toHaveLength(before.lines.length);

    // The old plan is history: its lines no longer change.
    expect(
      errorCodes(
        await as(POLITIE)(`mutation($id: ID!) { removePlanLine(id: $id) { id } }`, { id: lines.rule }),
      ),
    ).toEqual(['CONFLICT']);

    // Governance heard of every plan: the boards see who still has to update.
    const plans = await eventually(
      async () =>
        ok(
          await as('smb-member@smb')(
            `query($y: Int!) { progressOverview(year: $y) { plans { party { code } policyVersion state updateDueDate } } }`,
            { y: YEAR },
          ),
        ).progressOverview.plans as any[],
      (all) => all.filter((p) => p.policyVersion === 2 && p.state === 'BIJWERKEN_VEREIST').length >= 6,
      'the plans of version 2 in the governance context',
    );
    expect(plans.find((p) => p.party.code === 'politie').updateDueDate).toBe(politie.updateDueDate);

    // Brought up to date: confirmed once.
    const confirmed = ok(await confirmImplementationPlanRaw(as, POLITIE)).confirmImplementationPlan;
    expect(confirmed).toEqual(expect.objectContaining({ state: 'ACTUEEL', confirmedBy: POLITIE }));
    expect(errorCodes(await confirmImplementationPlanRaw(as, POLITIE))).toEqual(['CONFLICT']);
    await eventually(
      async () =>
        ok(
          await as('smb-member@smb')(
            `query($y: Int!) { progressOverview(year: $y) { plans { party { code } state } } }`,
            { y: YEAR },
          ),
        ).progressOverview.plans as any[],
      (all) => all.find((p) => p.party.code === 'politie')?.state === 'ACTUEEL',
      'the confirmed plan in the governance context',
    );
    // The plan update is owed until then: reminders name the others' plans.
    const reminders = ok(
      await as('board-secretary@smb')(`{ reminders { milestone party deadline subjectId } }`),
    ).reminders as any[];
    const owed = reminders.filter((r) => r.milestone === 'PLAN_BIJWERKEN').map((r) => r.party);
    expect(owed).not.toContain('politie');
  });
});

function removePlanLineRaw(id: string) {
  return as(POLITIE)(`mutation($id: ID!) { removePlanLine(id: $id) { id } }`, { id });
}

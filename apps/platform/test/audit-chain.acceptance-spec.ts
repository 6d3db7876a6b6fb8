import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Kind, ObjectTypeDefinitionNode, OperationDefinitionNode, parse } from 'graphql';
import {
  adoptPolicyChange,
  bbpCalendarFor,
  consolidateBbp,
  createTestDatabase,
  draftRiskAnalysis,
  errorCodes,
  finaliseRiskAnalysis,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  readPlan,
  removePlanLine,
  savePlanLine,
  signIn,
  submitBbpForAdoption,
  submitWish,
  updateBbpCalendar,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';
import { describeYearWalk, YEAR_WALK_ACCOUNTS } from './year-walk';

/**
 * The four audit chains after every kind of change (issue 12, §5): a whole year walked through the API,
 * then every change of the catalogue (CREATE, MERGE and REPLACE imports, mappings, a party's own
 * framework), the profiles and the facilities, and the anchoring of each chain. Every Mutation field of
 * the four subgraph schemas must have succeeded once (a proxy in front of the gateway notes them), all
 * four chains then verify intact, also against the heads another service keeps; and once rows are
 * altered, deleted, reordered or cut off the tail directly in the database, the verification says so.
 */
const ROOT = join(__dirname, '..', '..', '..');
const SERVICES = ['policy', 'risk', 'icv', 'governance'] as const;
const YEAR = new Date().getUTCFullYear();
const ACCOUNTS = [
  ...new Set([
    ...YEAR_WALK_ACCOUNTS,
    ...POLICY_FLOW_ACCOUNTS,
    // issue 18: evaluation
    'evaluator@jenv',
  ]),
];
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures/catalogue', name), 'utf8');

let platform: PlatformProcess;
let db: TestDatabase | null = null;
let dataDir = '';
let proxy: Server;
let proxyUrl = '';
const tokens: Record<string, string> = {};
/** Mutation fields that returned data through the proxy. */
const exercised = new Set<string>();

const ENV: Record<string, string> = { MKIB_AUDIT_ANCHOR_INTERVAL_MS: '0' };
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(proxyUrl, query, variables, tokens[account]);
const lms = as('lms-operator@lms');
const politie = as('security-officer@politie');
const auditor = as('auditor@jenv');
const ok = (r: GraphQLResponse) => {
  expect(r.errors).toBeUndefined();
  return r.data;
};

async function signInAll() {
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
}

/** Forwards to the platform's gateway and notes each mutation field that came back with data. */
function startProxy(): Promise<void> {
  proxy = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const upstream = await fetch(platform.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        },
        body,
      });
      const text = await upstream.text();
      try {
        const data = JSON.parse(text).data ?? {};
        for (const def of parse(JSON.parse(body).query).definitions) {
          if (def.kind !== Kind.OPERATION_DEFINITION) continue;
          const op = def as OperationDefinitionNode;
          if (op.operation !== 'mutation') continue;
          for (const sel of op.selectionSet.selections)
            if (sel.kind === Kind.FIELD && data[sel.alias?.value ?? sel.name.value] != null)
              exercised.add(sel.name.value);
        }
      } catch {
        // not a GraphQL request with a query: nothing to note
      }
      res.writeHead(upstream.status, { 'content-type': 'application/json' });
      res.end(text);
    });
  });
  return new Promise((resolve) =>
    proxy.listen(0, '127.0.0.1', () => {
      proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
      resolve();
    }),
  );
}

/** Every Mutation field the four subgraphs declare. */
function declaredMutations(): string[] {
  return SERVICES.flatMap((s) => {
    const doc = parse(readFileSync(join(ROOT, `apps/${s}-service/src/schema.graphql`), 'utf8'));
    return doc.definitions
      .filter(
        (d): d is ObjectTypeDefinitionNode =>
          (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
          d.name.value === 'Mutation',
      )
      .flatMap((d) => (d.fields ?? []).map((f) => f.name.value));
  }).sort();
}

const STATUS = `service entries intact headSeq anchoredSeq problems { seq problem key }`;
const status = async (service: string, anchor?: { seq: number; hash: string }) =>
  ok(
    await auditor(`query($a: AuditAnchorInput) { ${service}AuditLog(anchor: $a) { ${STATUS} } }`, {
      a: anchor ?? null,
    }),
  )[`${service}AuditLog`];
/** The heads the keepers hold: governance those of policy, risk and icv; policy governance's. */
const keptAnchors = async () => {
  const d = ok(
    await auditor(
      `{ auditAnchors { service seq hash problems { seq problem key } } governanceAuditAnchor { service seq hash problems { seq problem key } } }`,
    ),
  );
  const all = [...d.auditAnchors, ...(d.governanceAuditAnchor ? [d.governanceAuditAnchor] : [])];
  return Object.fromEntries(all.map((a: { service: string }) => [a.service, a])) as Record<
    string,
    { service: string; seq: number; hash: string; problems: { problem: string }[] }
  >;
};
const anchorAll = async () => {
  const heads: Record<string, number> = {};
  for (const s of SERVICES) {
    const name = `anchor${s[0].toUpperCase()}${s.slice(1)}AuditLog`;
    heads[s] = ok(await auditor(`mutation { ${name} { service seq hash } }`))[name].seq;
  }
  return eventually(
    keptAnchors,
    (kept) => SERVICES.every((s) => kept[s]?.seq === heads[s]),
    'the keepers to store every anchor',
  );
};

/** Runs SQL on the stopped platform's database: the real PostgreSQL server, or the embedded one. */
async function tamper(sql: string) {
  if (db) {
    await db.query(sql);
    await db.query('SET session_replication_role = origin');
    return;
  }
  const script = `const { PGlite } = require('@electric-sql/pglite');
    (async () => { const db = await PGlite.create(process.env.DIR); await db.exec(process.env.SQL); await db.close(); })()
      .catch((e) => { process.stderr.write(String(e)); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    env: { ...process.env, DIR: join(dataDir, 'pglite'), SQL: sql },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}

beforeAll(async () => {
  db = await createTestDatabase();
  if (db) ENV.MKIB_DATABASE_URL = db.url;
  platform = await startPlatformProcess(ENV, 120_000, { keepDataDir: true });
  dataDir = platform.dataDir;
  await startProxy();
  await signInAll();
});
afterAll(async () => {
  await platform?.stop();
  await new Promise((r) => proxy?.close(r));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  await db?.drop();
});

describeYearWalk('the year whose changes the chains record', {
  graphqlUrl: () => proxyUrl,
  token: (account) => tokens[account],
});

describe('the audit chains after every kind of change', () => {
  it('records the catalogue, profile and facility changes, including MERGE and REPLACE imports', async () => {
    // The common requirements change only through an adopted policy change (issue 15): the direct
    // mutations are refused and write nothing.
    const IMPORT = `mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { imported dryRun problems { path message } } }`;
    const metadata = { name: 'Zorgnorm', version: String(YEAR), publisher: 'MKIB', licence: 'CC0 1.0' };
    const content = fixture('zorgnorm-sample.csv');
    const before = await status('policy');
    const direct = await lms(IMPORT, {
      i: { format: 'CSV', dryRun: false, code: 'ZORGNORM', content, metadata },
    });
    expect(errorCodes(direct)).toEqual(['CONFLICT']);
    expect(direct.errors![0].extensions!.i18n).toEqual(
      expect.objectContaining({ key: 'policy.change.proposalRequired' }),
    );
    const profile = ok(
      await lms('{ bbnProfile { levels { bbn introduced { frameworkCode identifier } } } }'),
    ).bbnProfile;
    const sameProfile = {
      rationale: 'Audit: ongewijzigd opnieuw vastgesteld',
      levels: profile.levels.map((l: { bbn: number; introduced: object[] }) => ({
        bbn: l.bbn,
        measures: l.introduced,
      })),
    };
    expect(
      errorCodes(
        await lms('mutation($i: PublishBbnProfileInput!) { publishBbnProfile(input: $i) { version } }', {
          i: sameProfile,
        }),
      ),
    ).toEqual(['CONFLICT']);
    const supplementary = {
      facilityCode: 'OIS',
      measures: [{ frameworkCode: 'ZORGNORM', identifier: 'Z.1.1.a' }],
      rationale: 'Aanvullende analyse',
    };
    expect(
      errorCodes(
        await lms(
          'mutation($i: SetSupplementaryMeasuresInput!) { setSupplementaryMeasures(input: $i) { facilityCode } }',
          { i: supplementary },
        ),
      ),
    ).toEqual(['CONFLICT']);
    expect((await status('policy')).entries).toBe(before.entries);
    // A dry run stays free.
    expect(
      ok(await lms(IMPORT, { i: { format: 'CSV', code: 'ZORGNORM', content, metadata } })).importFramework,
    ).toEqual({ imported: false, dryRun: true, problems: [] });

    await adoptPolicyChange(as, {
      title: 'Zorgnorm in de gemeenschappelijke catalogus',
      change: {
        frameworkImports: [
          { code: 'ZORGNORM', format: 'CSV', content, metadata },
          {
            code: 'BIO2',
            format: 'CSV',
            mode: 'MERGE',
            content: 'identifier,title\n5.15,Toegangsbeveiliging (eigen licentie)\n',
          },
        ],
      },
    });
    // REPLACE deletes the rows the file no longer holds; the profile and the supplementary measures too.
    await adoptPolicyChange(as, {
      title: 'Zorgnorm ingekort, aanvullende maatregelen OIS, profiel opnieuw vastgesteld',
      change: {
        frameworkImports: [
          {
            code: 'ZORGNORM',
            format: 'CSV',
            mode: 'REPLACE',
            content: content.split('\n').slice(0, 5).join('\n') + '\n',
            metadata,
          },
        ],
        supplementaryMeasures: [supplementary],
        bbnProfile: sameProfile,
      },
    });
    expect(
      ok(await lms('{ framework(code: "ZORGNORM") { requirementCount } }')).framework.requirementCount,
    ).toBe(4);
    ok(
      await lms(`mutation($i: ImportMappingsInput!) { importMappings(input: $i) { imported } }`, {
        i: {
          content:
            'source_framework,source_identifier,target_framework,target_identifier,relationship\nBIO2,5.15.01,ZORGNORM,Z.1.1.a,intersects\n',
          dryRun: false,
        },
      }),
    );
    ok(
      await politie(`mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { imported } }`, {
        i: {
          code: 'POLNORM',
          format: 'CSV',
          content: 'identifier,kind,title\nP.1,THEMA,Eigen norm\n',
          metadata: { name: 'Politienorm', version: '1', publisher: 'Politie', licence: 'intern' },
          dryRun: false,
        },
      }),
    );
    ok(await politie('mutation { attachFramework(frameworkCode: "ZORGNORM") { code } }'));
    ok(await politie('mutation { detachFramework(frameworkCode: "ZORGNORM") { code } }'));
    ok(
      await lms('mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { code } }', {
        i: {
          facilityCode: 'OIS',
          biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
          bbn: 3,
          rationale: 'Audit: ophoging',
          reviewDue: `${YEAR + 1}-12-01`,
        },
      }),
    );
  });

  it('records every step of the policy change procedure', async () => {
    const before = await status('policy');
    ok(
      await lms(`mutation($i: RecordJaaraanschrijvingInput!) { recordJaaraanschrijving(input: $i) { id } }`, {
        i: { date: `${YEAR}-01-15`, reference: 'Audit-JA', text: 'De jaaraanschrijving.' },
      }),
    );
    const REQUEST = `mutation($i: RequestPolicyChangeInput!) { requestPolicyChange(input: $i) { id } }`;
    const request = ok(
      await politie(REQUEST, { i: { subject: 'Audit', motivation: 'Een verzoek.' } }),
    ).requestPolicyChange;
    ok(
      await lms(`mutation($id: ID!) { declineChangeRequest(id: $id, reasons: "Audit: afgewezen.") { id } }`, {
        id: request.id,
      }),
    );
    const { proposalId } = await adoptPolicyChange(as, {
      change: { recalibrationMonths: 24 },
      until: 'DRAFT',
    });
    ok(
      await lms(`mutation($i: UpdateChangeProposalInput!) { updateChangeProposal(input: $i) { id } }`, {
        i: {
          id: proposalId,
          title: 'Audit: herzien',
          rationale: 'Herzien na overleg.',
          change: { recalibrationMonths: 18 },
        },
      }),
    );
    ok(
      await lms(
        `mutation($p: ID!) { withdrawChangeProposal(proposalId: $p, reason: "Audit: ingetrokken.") { id } }`,
        {
          p: proposalId,
        },
      ),
    );
    // jaaraanschrijving, request, decline, draft, update, withdraw: each one row.
    expect((await status('policy')).entries).toBeGreaterThanOrEqual(before.entries + 6);
  });

  it('records a finding progressed and closed', async () => {
    const ambulance = as('security-officer@ambulance');
    const recorded = ok(
      await ambulance(`mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`, {
        i: {
          year: YEAR + 1,
          frameworkCode: 'BIO2',
          identifier: '5.01.01',
          description: 'Audit: bevinding',
          action: 'Oplossen',
          owner: 'CISO',
          dueDate: `${YEAR + 1}-06-30`,
        },
      }),
    ).recordFinding;
    ok(
      await ambulance(
        `mutation($id: ID!, $i: FindingProgressInput!) { progressFinding(id: $id, input: $i) { id } }`,
        {
          id: recorded.id,
          i: { action: 'Oplossen met leverancier', owner: 'CISO', dueDate: `${YEAR + 1}-09-30` },
        },
      ),
    );
    ok(await ambulance(`mutation($id: ID!) { closeFinding(id: $id) { id } }`, { id: recorded.id }));
  });

  it('records the plans, the BBP round and the reminder settings (issue 17)', async () => {
    // The year walk opened the BBP year, saved a plan line and reported progress; these are the rest.
    const icv = await status('icv');
    const governance = await status('governance');
    const line = await savePlanLine(as, 'security-officer@politie', { description: 'Audit: een lijn.' });
    const id = line.lines.find((l: { description: string }) => l.description === 'Audit: een lijn.').id;
    await removePlanLine(as, 'security-officer@politie', id);
    // The policy changes adopted above asked every organisation to bring its plan up to date.
    await eventually(
      () => readPlan(as, 'security-officer@politie'),
      (p) => p.state === 'BIJWERKEN_VEREIST',
      'the plan update after the adopted policy change',
    );
    ok(await politie(`mutation { confirmImplementationPlan { state } }`));
    expect((await status('icv')).entries).toBeGreaterThanOrEqual(icv.entries + 3);

    ok(await updateBbpCalendar(as, bbpCalendarFor(YEAR)));
    const wish = await submitWish(as, 'security-officer@ambulance', {
      year: YEAR,
      subject: 'Audit: een wens',
    });
    ok(
      await as('security-officer@ambulance')(`mutation($id: ID!) { withdrawWish(id: $id) { id } }`, {
        id: wish.id,
      }),
    );
    await consolidateBbp(as, YEAR);
    await submitBbpForAdoption(as, YEAR);
    ok(await lms(`mutation { setReminderLeadTime(milestone: WENSEN, leadDays: 30) { leadDays } }`));
    const own = ok(await politie(`{ myNotifications { items { id } } }`)).myNotifications.items;
    ok(
      await politie(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unread } }`, {
        ids: own.slice(0, 1).map((n: { id: string }) => n.id),
      }),
    );
    ok(await politie(`mutation { setMailPreference(digest: GEEN) { digest } }`));
    ok(await lms(`mutation { sendReminderDigest { day sent } }`));
    // calendar, wish, withdrawal, consolidation, submission, lead time: each one row at least.
    expect((await status('governance')).entries).toBeGreaterThanOrEqual(governance.entries + 6);
  });

  // issue 18: investigations and standalone aanwijzingen (SK-3.6)
  it('records an investigation proposed, commissioned and reported, and a standalone aanwijzing (issue 18)', async () => {
    const before = await status('governance');
    const secretary = as('board-secretary@smb');
    const proposed = ok(
      await secretary(
        `mutation($i: ProposeInvestigationInput!) { proposeInvestigation(input: $i) { id boardItem { id } } }`,
        {
          i: {
            title: 'Audit: werking van het beleid',
            scope: 'Audit: hoe het beleid in de praktijk werkt.',
            investigator: 'Auditbureau',
            dueDate: `${YEAR + 1}-03-31`,
          },
        },
      ),
    ).proposeInvestigation;
    ok(
      await as('smb-member@smb')(
        `mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: "Audit: het SMB adviseert het onderzoek.") { id } }`,
        { id: proposed.boardItem.id },
      ),
    );
    ok(
      await as('bmb-member@bmb')(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
        i: { agendaItemId: proposed.boardItem.id, decision: 'AANVAARD', text: 'Audit: opdracht verleend.' },
      }),
    );
    ok(
      await secretary(
        `mutation($i: InvestigationReportInput!) { recordInvestigationReport(input: $i) { state } }`,
        {
          i: {
            investigationId: proposed.id,
            report: {
              filename: 'audit.txt',
              contentType: 'text/plain',
              contentBase64: Buffer.from('Audit: het rapport.').toString('base64'),
            },
            summary: 'Audit: het beleid werkt.',
            findings: [{ text: 'Audit: een bevinding.' }],
          },
        },
      ),
    );
    const given = ok(
      await as('bmb-member@bmb')(
        `mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }`,
        {
          i: {
            party: 'politie',
            description: 'Audit: een aanwijzing buiten een ICV-besluit.',
            dueDate: `${YEAR + 1}-03-31`,
            reason: 'Audit: een bevinding van het onderzoek.',
            boardItemId: proposed.boardItem.id,
          },
        },
      ),
    ).issueInstruction;
    expect(given.id).toBeTruthy();
    // proposed, advised, decided (with the investigation's state), reported, issued: each one row at least.
    expect((await status('governance')).entries).toBeGreaterThanOrEqual(before.entries + 5);
  });

  // issue 18: registers
  it('records the register the LMS keeps: a co-user admitted, changed and ended, and representatives (issue 18)', async () => {
    const governance = await status('governance');
    const coUser = {
      code: 'audit-kustwacht',
      name: 'Audit: Kustwacht',
      category: 'MEDEGEBRUIKER',
      responsibleHoofdgebruiker: 'kmar',
      admittedOn: isoDay(-10),
      facilities: ['GMS'],
    };
    const SAVE = `mutation($i: CoUserInput!) { saveCoUser(input: $i) { active } }`;
    ok(await lms(SAVE, { i: coUser }));
    ok(await lms(SAVE, { i: { ...coUser, facilities: ['GMS', 'OIS'] } }));
    ok(
      await lms(`mutation($e: String!) { endCoUser(code: "audit-kustwacht", endsOn: $e) { active } }`, {
        e: isoDay(-1),
      }),
    );
    ok(
      await lms(`mutation($i: BoardRepresentationInput!) { setBoardRepresentation(input: $i) { smb } }`, {
        i: { party: 'politie', smb: ['Audit: A. de Vries'], bmb: [] },
      }),
    );
    // admitted, changed, ended, representatives: one row each.
    expect((await status('governance')).entries).toBeGreaterThanOrEqual(governance.entries + 4);
  });

  // issue 18: escalations
  it('records an escalation raised and a position recorded and changed (issue 18)', async () => {
    const governance = await status('governance');
    const raised = ok(
      await politie(`mutation($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { id } }`, {
        i: {
          title: 'Audit: een escalatie',
          question: 'Audit: waarover de partijen het niet eens worden.',
          parties: ['politie', 'ambulance'],
          positionsDue: isoDay(30),
        },
      }),
    ).raiseEscalation;
    for (const reasoning of ['Audit: wij zijn het eens.', 'Audit: toch niet, na overleg.'])
      ok(
        await as('security-officer@ambulance')(
          `mutation($i: EscalationPositionInput!) { recordEscalationPosition(input: $i) { id } }`,
          { i: { escalationId: raised.id, stance: 'EENS', reasoning } },
        ),
      );
    // raised, its agenda item, the position, the change: four rows.
    expect((await status('governance')).entries).toBeGreaterThanOrEqual(governance.entries + 4);
  });

  it('records the risk scale, an acceptance level, a decided acceptance and a discarded revision', async () => {
    // The year walk ran a consultation round (draft, edit, consult, respond, answer, finalise); these are the rest.
    const before = await status('risk');
    const scale = ok(
      await lms(
        `{ riskScale { likelihood { value label description } impact { value label description } levels { level label } matrix } }`,
      ),
    ).riskScale;
    ok(await lms(`mutation($i: RiskScaleInput!) { setRiskScale(input: $i) { updatedAt } }`, { i: scale }));
    const official = as('accountable-official@politie');
    ok(await official(`mutation { setRiskAcceptanceLevel(level: MIDDEN) { level } }`));
    const analysis = await draftRiskAnalysis(as, {
      account: 'security-officer@politie',
      scope: 'EIGEN_GEBRUIK',
      facilityCodes: ['GMS'],
      title: 'Audit: restrisico GMS',
      risks: [
        {
          residual: { likelihood: 5, impact: 4 },
          treatment: { kind: 'ACCEPTEREN', description: 'Audit: het restrisico accepteren.' },
        },
      ],
    });
    ok(
      await official(`mutation($i: DecideRiskAcceptanceInput!) { decideRiskAcceptance(input: $i) { id } }`, {
        i: {
          riskId: analysis.risks[0].id,
          approve: true,
          reasoning: 'Audit: aanvaardbaar.',
          reviewDate: `${YEAR + 1}-06-30`,
        },
      }),
    );
    ok(await finaliseRiskAnalysis(as, analysis.id, undefined, 'security-officer@politie'));
    ok(
      await politie(
        `mutation($t: ID!) { completeRiskTreatment(treatmentId: $t, note: "Audit: uitgevoerd.") { id } }`,
        {
          t: analysis.risks[0].treatment.id,
        },
      ),
    );
    const revision = ok(
      await politie(`mutation($id: ID!) { reviseRiskAnalysis(id: $id) { id } }`, { id: analysis.id }),
    ).reviseRiskAnalysis;
    ok(await politie(`mutation($id: ID!) { discardRiskAnalysis(id: $id) }`, { id: revision.id }));
    // scale, level, draft, edit, decision, finalise, complete, revise, discard: each one row at least.
    expect((await status('risk')).entries).toBeGreaterThanOrEqual(before.entries + 9);
  });

  // issue 18: working groups (SK-3.7)
  it('records a working group set up, changed, reporting and dissolved', async () => {
    const before = await status('governance');
    const secretary = as('board-secretary@smb');
    const members = [
      { party: 'lms', name: 'Audit: lid LMS' },
      { party: 'politie', name: 'Audit: lid politie' },
    ];
    const SAVE = `mutation($i: WorkingGroupInput!) { saveWorkingGroup(input: $i) { id } }`;
    const { id } = ok(
      await secretary(SAVE, { i: { name: 'Audit: werkgroep', mandate: 'Audit: mandaat.', members } }),
    ).saveWorkingGroup;
    ok(
      await secretary(SAVE, {
        i: { id, name: 'Audit: werkgroep', mandate: 'Audit: ander mandaat.', members },
      }),
    );
    ok(
      await secretary(
        `mutation($i: WorkingGroupReportInput!) { submitWorkingGroupReport(input: $i) { id } }`,
        { i: { workingGroupId: id, title: 'Audit: rapportage', summary: 'Audit: samenvatting.' } },
      ),
    );
    ok(await secretary(`mutation($id: ID!) { dissolveWorkingGroup(id: $id) { id } }`, { id }));
    // established, changed, item added, report submitted, dissolved.
    expect((await status('governance')).entries).toBeGreaterThanOrEqual(before.entries + 5);
  });

  // issue 18: evaluation
  it('records an evaluation audit of the Minister: started, findings and report, completed (SK-6)', async () => {
    const before = await status('governance');
    const evaluator = as('evaluator@jenv');
    const started = ok(
      await evaluator(`mutation($i: StartEvaluationInput!) { startEvaluation(input: $i) { id } }`, {
        i: {
          kind: 'VIJFJAARLIJKS',
          title: 'Audit: vijfjaarlijkse evaluatie',
          periodFrom: isoDay(-365),
          periodTo: isoDay(-1),
          scope: 'Het strategisch kader',
          auditor: 'Auditdienst Rijk',
        },
      }),
    ).startEvaluation;
    ok(
      await evaluator(
        `mutation($i: EvaluationResultInput!) { recordEvaluationResult(input: $i) { state } }`,
        {
          i: {
            evaluationId: started.id,
            findings: [{ text: 'Audit: een bevinding', followUp: 'Audit: opvolging' }],
            report: {
              filename: 'evaluatie.pdf',
              contentType: 'application/pdf',
              contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
            },
            completedOn: isoDay(0),
          },
        },
      ),
    );
    // started, recorded: each one row at least.
    expect((await status('governance')).entries).toBeGreaterThanOrEqual(before.entries + 2);
  });

  // issue 18: meetings
  it('records a meeting: planned, its agenda assembled and ordered, an item taken off, the minutes (issue 18)', async () => {
    const governance = await status('governance');
    const secretary = as('board-secretary@smb');
    const meeting = ok(
      await secretary(`mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }`, {
        i: { board: 'SMB', date: `${YEAR}-06-20`, title: 'Audit: vergadering' },
      }),
    ).planMeeting;
    const ADD = `mutation($i: MeetingAgendaItemInput!) { addMeetingAgendaItem(input: $i) { agenda { item { id } } } }`;
    ok(
      await secretary(ADD, {
        i: { meetingId: meeting.id, freeTitle: 'Audit: punt 1', freeDescription: 'Een.' },
      }),
    );
    const agenda = ok(
      await secretary(ADD, {
        i: { meetingId: meeting.id, freeTitle: 'Audit: punt 2', freeDescription: 'Twee.' },
      }),
    ).addMeetingAgendaItem.agenda.map((e: { item: { id: string } }) => e.item.id);
    ok(
      await secretary(
        `mutation($m: ID!, $b: [ID!]!) { reorderMeetingAgenda(meetingId: $m, boardItemIds: $b) { id } }`,
        {
          m: meeting.id,
          b: [...agenda].reverse(),
        },
      ),
    );
    ok(
      await secretary(
        `mutation($m: ID!, $b: ID!) { removeMeetingAgendaItem(meetingId: $m, boardItemId: $b) { id } }`,
        {
          m: meeting.id,
          b: agenda[0],
        },
      ),
    );
    ok(
      await secretary(`mutation($i: MeetingMinutesInput!) { recordMeetingMinutes(input: $i) { state } }`, {
        i: {
          meetingId: meeting.id,
          attendance: [{ name: 'Audit', present: true }],
          minutes: 'Audit: notulen.',
        },
      }),
    );
    // plan, two items (each its agenda item and the entry), order, removal, minutes.
    expect((await status('governance')).entries).toBeGreaterThanOrEqual(governance.entries + 8);
  });

  it('anchors every chain with its keeper', async () => {
    const kept = await anchorAll();
    for (const s of SERVICES) expect(kept[s].problems).toEqual([]);
  });

  it('has exercised every Mutation field of the four services', () => {
    // Refused for everyone since issue 15: an adopted change proposal carries these changes.
    const refused = ['publishBbnProfile', 'setSupplementaryMeasures'];
    const missing = declaredMutations().filter((m) => !exercised.has(m) && !refused.includes(m));
    expect(missing).toEqual([]);
  });

  it('verifies all four chains intact, also against the heads their keepers hold', async () => {
    const kept = await keptAnchors();
    for (const s of SERVICES) {
      const plain = await status(s);
      expect(plain).toEqual(expect.objectContaining({ service: s, intact: true, problems: [] }));
      expect(plain.entries).toBeGreaterThan(1);
      const anchored = await status(s, { seq: kept[s].seq, hash: kept[s].hash });
      expect(anchored).toEqual(
        expect.objectContaining({ intact: true, problems: [], anchoredSeq: kept[s].seq }),
      );
      expect(anchored.headSeq).toBeGreaterThanOrEqual(kept[s].seq);
    }
  });

  it('detects an altered, a deleted and a reordered row, and a tail cut off behind its anchor', async () => {
    const kept = await keptAnchors();
    const cutFrom = kept.governance.seq - 1;
    await platform.stop();
    // Tamper with the stopped platform's database directly, past the append-only triggers (the embedded
    // one in a process of its own: PGlite loads its WebAssembly by a dynamic import Jest's VM refuses).
    await tamper(`SET session_replication_role = replica;
      UPDATE policy.audit_log SET details = details || '{"tampered": true}' WHERE seq = 2;
      DELETE FROM risk.audit_log WHERE seq = 1;
      UPDATE icv.audit_log SET seq = -2 WHERE seq = 2;
      UPDATE icv.audit_log SET seq = 2 WHERE seq = 3;
      UPDATE icv.audit_log SET seq = 3 WHERE seq = -2;
      DELETE FROM governance.audit_log WHERE seq >= ${cutFrom};`);
    platform = await startPlatformProcess(ENV, 120_000, { dataDir, keepDataDir: true });
    await signInAll();

    const kinds = async (s: string, anchor?: { seq: number; hash: string }) => {
      const r = await status(s, anchor);
      expect(r.intact).toBe(r.problems.length === 0);
      return r.problems.map((p: { seq: number; problem: string }) => `${p.problem}@${p.seq}`);
    };
    expect(await kinds('policy')).toEqual(['ALTERED@2']);
    expect(await kinds('risk')).toEqual(['MISSING@1']);
    expect(await kinds('icv')).toEqual(expect.arrayContaining(['ALTERED@2', 'BROKEN_LINK@2']));
    // The cut-off tail leaves a chain that is whole in itself: only the head policy keeps shows it.
    expect(await kinds('governance')).toEqual([]);
    const truncated = await status('governance', { seq: kept.governance.seq, hash: kept.governance.hash });
    expect(truncated).toEqual(
      expect.objectContaining({
        intact: false,
        headSeq: cutFrom - 1,
        anchoredSeq: kept.governance.seq,
        problems: [{ seq: cutFrom, problem: 'TRUNCATED', key: 'audit.truncated' }],
      }),
    );
    // Governance's next anchor no longer names the one policy holds: the keeper sees the break too.
    ok(await auditor('mutation { anchorGovernanceAuditLog { seq } }'));
    const after = await eventually(
      keptAnchors,
      (k) => k.governance.seq !== kept.governance.seq,
      'policy to store the new governance anchor',
    );
    expect(after.governance.problems).toEqual([
      { seq: kept.governance.seq, problem: 'TRUNCATED', key: 'audit.truncated' },
    ]);
    expect(
      errorCodes(await auditor(`{ governanceAuditLog(anchor: { seq: 0, hash: "x" }) { intact } }`)),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

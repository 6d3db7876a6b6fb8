import { randomUUID } from 'node:crypto';
import {
  CalendarChanged,
  createEnvelope,
  PartyRegisterPublished,
  PlanUpdated,
  PolicyVersionAdopted,
  ProgressReported,
  RiskAnalysisFinalised,
  RiskTreatmentChanged,
} from '@mkib/contracts';
import { DomainError } from '@mkib/domain-shared';
import type { Principal } from '@mkib/server-auth';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import {
  TestDatabase,
  createTestDatabase,
  isoDay,
  riskAnalysisFinalisedEvent,
  riskTreatment,
  riskTreatmentChangedEvent,
  startConsumingService,
} from '@mkib/testing';
import { AssessmentService } from '../src/assessment/assessment.service';
import { icvService } from '../src/icv.service-definition';
import { PlanDocumentsService } from '../src/plan/plan-documents.service';
import { PlanService } from '../src/plan/plan.service';
import { ProgressService } from '../src/progress/progress.service';

/** Implementation plans and progress reports (issue 17), against a real PostgreSQL server. */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const YEAR = new Date().getUTCFullYear();
const meta = { subject: 'x', partyId: null, actor: 'x', correlationId: 'c' };

async function publish(topic: string, event: { id: string } & object) {
  await transport.publish([{ topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);
}

const who = (role: string, party: string) => ({
  principal: { username: `${role}@${party}`, party, roles: [role] } as unknown as Principal,
  acting: { actor: `${role}@${party}`, party, correlationId: randomUUID() },
});
const so = who('security-officer', 'politie');
const ao = who('accountable-official', 'politie');
const auditor = who('auditor', 'audit');

const refusal = async (p: Promise<unknown>) => {
  const e = (await p.then(
    () => null,
    (x: unknown) => x,
  )) as DomainError | null;
  return e ? [e.code, e.code === 'BAD_USER_INPUT' ? e.problems.map((x) => x.key).join(',') : e.key] : null;
};

async function outbox(type: string) {
  const rows: { envelope: { data: Record<string, unknown> } }[] = await db.query(
    `SELECT envelope FROM icv.outbox WHERE envelope->>'type' = $1 ORDER BY seq`,
    [type],
  );
  return rows.map((r) => r.envelope.data);
}

const treatmentId = randomUUID();
let findingId = '';

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(icvService, db.url, transport);
  await publish(
    PartyRegisterPublished.topic,
    createEnvelope(PartyRegisterPublished, meta, {
      parties: [
        { code: 'lms', kind: 'BEHEERDER', reportsTo: null },
        { code: 'politie', kind: 'HOOFDGEBRUIKER', reportsTo: null },
        { code: 'ambulance', kind: 'HOOFDGEBRUIKER', reportsTo: null },
        { code: 'rode-kruis', kind: 'MEDEGEBRUIKER', reportsTo: 'ambulance' },
      ],
    } as never),
  );
  await db.query(
    `INSERT INTO icv.applicable_measure (party, framework_code, identifier, facilities, position)
     VALUES ('politie', 'BIO2', '5.15.01', '{GMS}', 1), ('ambulance', 'BIO2', '5.15.01', '{GMS}', 1)`,
  );
  const finding = await service.app.get(AssessmentService).recordFinding(so.acting, so.principal, {
    year: YEAR,
    frameworkCode: 'BIO2',
    identifier: '5.15.01',
    description: 'Geen toegangsreview',
    action: 'Review inrichten',
    owner: 'CISO',
    dueDate: isoDay(30),
  });
  findingId = finding.id;
  await publish(
    RiskTreatmentChanged.topic,
    riskTreatmentChangedEvent({ treatmentId, ownerParty: 'politie', kind: 'ACCEPTEREN' }),
  );
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const line = (over: Record<string, unknown> = {}) => ({
  kind: 'MAATREGEL' as const,
  measure: { frameworkCode: 'BIO2', identifier: '5.15.01' },
  description: 'Toegangsreview per kwartaal',
  owner: '  ',
  dueDate: isoDay(-1),
  status: 'IN_UITVOERING' as const,
  findingIds: [] as string[],
  exceptions: [] as { year: number; frameworkCode: string; identifier: string }[],
  riskTreatmentIds: [] as string[],
  ...over,
});

describe('[SK-2.3] [SK-4.1] [SK-5.1] an implementation plan', () => {
  it('is an empty ACTUEEL plan for version 1 before anything was saved', async () => {
    const plans = service.app.get(PlanService);
    const plan = await plans.plan('politie');
    expect(plan).toEqual(
      expect.objectContaining({ policyVersion: 1, state: 'ACTUEEL', lines: [], versions: [1] }),
    );
    expect(plan.rollUp.percentOnTrack).toBe(100);
  });

  it('saves a line with its links; the roll-up counts it; the change is announced', async () => {
    const plans = service.app.get(PlanService);
    const plan = await plans.saveLine(
      so.acting,
      so.principal,
      line({
        findingIds: [findingId],
        riskTreatmentIds: [treatmentId],
        exceptions: [{ year: YEAR, frameworkCode: 'BIO2', identifier: '5.15.01' }],
      }),
    );
    expect(plan.lines).toHaveLength(1);
    expect(plan.lines[0]).toEqual(
      expect.objectContaining({ owner: null, overdue: true, carriedOver: false, findingIds: [findingId] }),
    );
    expect(plan.rollUp).toEqual({
      total: 1,
      done: 0,
      onTrack: 0,
      overdue: 1,
      withoutOwner: 1,
      percentOnTrack: 0,
    });
    const [event] = await outbox(PlanUpdated.type);
    expect(event).toEqual(
      expect.objectContaining({ party: 'politie', policyVersion: 1, total: 1, overdue: 1 }),
    );
    // Finding.planLines and the links, batched.
    expect((await plans.linesAddressing([findingId]))[0].map((l) => l.id)).toEqual([plan.lines[0].id]);
    expect((await plans.treatmentsByIds([treatmentId]))[0]?.kind).toBe('ACCEPTEREN');
  });

  it("refuses another party's finding or treatment, a bad line, another party's line: writing nothing", async () => {
    const plans = service.app.get(PlanService);
    const amb = who('security-officer', 'ambulance');
    const before = await db.query(`SELECT count(*)::int AS n FROM icv.audit_log`);
    expect(
      await refusal(plans.saveLine(amb.acting, amb.principal, line({ findingIds: [findingId] }))),
    ).toEqual(['BAD_USER_INPUT', 'icv.plan.unknownFinding']);
    expect(
      await refusal(plans.saveLine(amb.acting, amb.principal, line({ riskTreatmentIds: [treatmentId] }))),
    ).toEqual(['BAD_USER_INPUT', 'icv.plan.unknownTreatment']);
    expect(
      await refusal(plans.saveLine(so.acting, so.principal, line({ kind: 'BELEIDSREGEL', measure: null }))),
    ).toEqual(['BAD_USER_INPUT', 'icv.plan.policyRuleRequired']);
    const [{ id }] = (await plans.plan('politie')).lines;
    expect(await refusal(plans.saveLine(amb.acting, amb.principal, line({ id })))).toEqual([
      'NOT_FOUND',
      'icv.plan.lineNotFound',
    ]);
    expect(await refusal(plans.removeLine(amb.acting, amb.principal, id))).toEqual([
      'NOT_FOUND',
      'icv.plan.lineNotFound',
    ]);
    expect(await refusal(plans.confirm(so.acting, so.principal))).toEqual([
      'CONFLICT',
      'icv.plan.confirmedAlready',
    ]);
    expect(await db.query(`SELECT count(*)::int AS n FROM icv.audit_log`)).toEqual(before);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM icv.implementation_plan WHERE party = 'ambulance'`),
    ).toEqual([{ n: 0 }]);
  });

  it("the auditor reads any plan keeper's plan, and not a co-user's; the workbook has both sheets", async () => {
    const plans = service.app.get(PlanService);
    expect(await plans.readableParty(auditor.principal, 'politie')).toBe('politie');
    expect(await refusal(plans.readableParty(auditor.principal, 'rode-kruis'))).toEqual([
      'NOT_FOUND',
      'icv.plan.notFound',
    ]);
    expect(await refusal(plans.readableParty(so.principal, 'ambulance'))).toEqual([
      'NOT_FOUND',
      'icv.plan.notFound',
    ]);
    const file = await service.app.get(PlanDocumentsService).planXlsx(auditor.principal, 'politie', null);
    expect(file.filename).toBe('implementatieplan-politie-v1.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Plan', 'Samenvatting']);
    expect(book.getWorksheet('Plan')!.getRow(2).getCell(7).value).toBe('ja');
  });

  it('an adopted policy version opens a plan to update for every plan keeper, open lines carried over, once', async () => {
    const plans = service.app.get(PlanService);
    const v1 = await plans.plan('politie');
    await plans.saveLine(
      so.acting,
      so.principal,
      line({ kind: 'BELEIDSREGEL', measure: null, policyRule: 'TB-03', status: 'GEREED' }),
    );
    const adopted = createEnvelope(
      PolicyVersionAdopted,
      { ...meta, subject: 'policy' },
      {
        version: 2,
        previousVersion: 1,
        proposalId: randomUUID(),
        title: 'Versie 2',
        agendaItemId: randomUUID(),
        adoptedAt: new Date().toISOString(),
        bbnProfileVersion: 1,
        changeCount: 2,
        carriesRequirementChanges: false,
      },
    );
    await publish(PolicyVersionAdopted.topic, adopted);
    await publish(PolicyVersionAdopted.topic, adopted);
    expect(transport.deadLetters).toEqual([]);
    const rows = await db.query(
      `SELECT party, state, update_due_date::text AS due, previous_policy_version AS prev
       FROM icv.implementation_plan WHERE policy_version = 2 ORDER BY party`,
    );
    expect(rows).toEqual(
      ['ambulance', 'lms', 'politie'].map((party) => ({
        party,
        state: 'BIJWERKEN_VEREIST',
        due: isoDay(90),
        prev: 1,
      })),
    );
    const v2 = await plans.plan('politie');
    expect(v2).toEqual(
      expect.objectContaining({ policyVersion: 2, state: 'BIJWERKEN_VEREIST', versions: [2, 1] }),
    );
    expect(v2.lines.map((l) => [l.carriedOver, l.findingIds, l.riskTreatmentIds])).toEqual([
      [true, [findingId], [treatmentId]],
    ]);
    const opened = (await outbox(PlanUpdated.type)).filter((e) => e['policyVersion'] === 2);
    expect(opened.map((e) => [e['party'], e['state'], e['updateDueDate']])).toEqual([
      ['ambulance', 'BIJWERKEN_VEREIST', isoDay(90)],
      ['lms', 'BIJWERKEN_VEREIST', isoDay(90)],
      ['politie', 'BIJWERKEN_VEREIST', isoDay(90)],
    ]);
    // The old plan stays readable and cannot change; Finding.planLines shows the current plan's line.
    expect(await refusal(plans.saveLine(so.acting, so.principal, line({ id: v1.lines[0].id })))).toEqual([
      'CONFLICT',
      'icv.plan.notCurrent',
    ]);
    expect((await plans.linesAddressing([findingId]))[0].map((l) => l.id)).toEqual([v2.lines[0].id]);
    const confirmed = await plans.confirm(so.acting, so.principal);
    expect(confirmed).toEqual(
      expect.objectContaining({
        state: 'ACTUEEL',
        updateDueDate: null,
        confirmedBy: 'security-officer@politie',
      }),
    );
  });
});

describe('[SK-2.4] a progress report', () => {
  it('exists only for a period of the calendar; four eyes; submitted once, announced', async () => {
    const progress = service.app.get(ProgressService);
    const input = { year: YEAR, period: 1, summary: 'Op schema, op één regel na.' };
    expect(await refusal(progress.prepare(so.acting, so.principal, input))).toEqual([
      'BAD_USER_INPUT',
      'icv.progress.unknownPeriod',
    ]);
    await publish(
      CalendarChanged.topic,
      createEnvelope(CalendarChanged, meta, {
        year: YEAR,
        policyVersion: 2,
        wishesDeadline: isoDay(10),
        progressReportMoments: [isoDay(60), isoDay(-1)],
        smbMeetings: [isoDay(70)],
        bmbMeetings: [isoDay(80)],
        adoptionDate: isoDay(80),
        changedAt: new Date().toISOString(),
      }),
    );
    expect(await progress.periods(YEAR)).toEqual([
      { year: YEAR, period: 1, due: isoDay(-1) },
      { year: YEAR, period: 2, due: isoDay(60) },
    ]);
    const prepared = await progress.prepare(so.acting, so.principal, input);
    expect(prepared).toEqual(
      expect.objectContaining({ state: 'CONCEPT', policyVersion: 2, due: isoDay(-1) }),
    );
    expect(await refusal(progress.submit(so.acting, so.principal, YEAR, 1))).toEqual([
      'CONFLICT',
      'icv.progress.notSigned',
    ]);
    const own = who('accountable-official', 'politie');
    own.acting.actor = so.acting.actor;
    expect(await refusal(progress.sign(own.acting, own.principal, YEAR, 1))).toEqual([
      'CONFLICT',
      'icv.progress.ownReport',
    ]);
    // Two officials sign at once: one wins.
    const signs = await Promise.all([
      progress.sign(ao.acting, ao.principal, YEAR, 1).then(
        () => 'ok',
        (e: DomainError) => e.key,
      ),
      progress.sign(who('accountable-official', 'politie').acting, ao.principal, YEAR, 1).then(
        () => 'ok',
        (e: DomainError) => e.key,
      ),
    ]);
    expect(signs.sort()).toEqual(['icv.progress.signedAlready', 'ok']);
    const submitted = await progress.submit(so.acting, so.principal, YEAR, 1);
    expect(submitted).toEqual(
      expect.objectContaining({ state: 'INGEDIEND', late: true, signedBy: 'accountable-official@politie' }),
    );
    expect(await refusal(progress.prepare(so.acting, so.principal, input))).toEqual([
      'CONFLICT',
      'icv.progress.submittedAlready',
    ]);
    const [event] = await outbox(ProgressReported.type);
    expect(event).toEqual(
      expect.objectContaining({
        party: 'politie',
        year: YEAR,
        period: 1,
        late: true,
        total: 1,
        policyVersion: 2,
      }),
    );
    // The boards see the submitted reports; another party sees none of politie's.
    const board = who('smb-member', 'smb');
    expect((await progress.reports(board.principal, YEAR, null)).map((r) => r.party)).toEqual(['politie']);
    const amb = who('security-officer', 'ambulance');
    expect(await refusal(progress.reports(amb.principal, YEAR, 'politie'))).toEqual([
      'NOT_FOUND',
      'icv.progress.notVisible',
    ]);
  });
});

describe('the read models behind plans and reports', () => {
  it('risk.treatment.changed keeps the linkable treatments by origin; a dropped one lapses', async () => {
    const number = `RA-${YEAR}-777`;
    const kept = randomUUID();
    const dropped = randomUUID();
    const rows = () =>
      db.query(
        `SELECT treatment_id AS id, analysis_version AS v, owner_party AS owner, risk_title AS title
         FROM icv.risk_treatment_view WHERE analysis_number = $1 ORDER BY risk_title`,
        [number],
      );
    const ev = (over: Parameters<typeof riskTreatmentChangedEvent>[0]) =>
      riskTreatmentChangedEvent({ analysisNumber: number, ownerParty: 'ambulance', ...over });
    // Version 1 (as the upgrade's announcement tells it).
    const v1kept = ev({ treatmentId: kept, riskTitle: 'A', kind: 'OVERDRAGEN' });
    const v1dropped = ev({ treatmentId: dropped, riskTitle: 'B', kind: 'MITIGEREN' });
    await publish(RiskTreatmentChanged.topic, v1kept);
    await publish(RiskTreatmentChanged.topic, v1dropped);
    // Version 2 carries `kept` over under a new id; both version-1 ids lapse.
    const v2 = ev({
      treatmentId: randomUUID(),
      originId: kept,
      analysisVersion: 2,
      riskTitle: 'A2',
      kind: 'OVERDRAGEN',
    });
    await publish(RiskTreatmentChanged.topic, v2);
    await publish(RiskTreatmentChanged.topic, ev({ ...v1kept.data, status: 'VERVALLEN' }));
    await publish(RiskTreatmentChanged.topic, ev({ ...v1dropped.data, status: 'VERVALLEN' }));
    // An older version's event arriving late changes nothing.
    await publish(RiskTreatmentChanged.topic, ev({ ...v1kept.data, changedAt: new Date().toISOString() }));
    expect(transport.deadLetters).toEqual([]);
    expect(await rows()).toEqual([{ id: kept, v: 2, owner: 'ambulance', title: 'A2' }]);
    // Reported done: still linkable.
    await publish(RiskTreatmentChanged.topic, ev({ ...v2.data, status: 'AFGEROND', completedBy: 'x' }));
    expect(await rows()).toEqual([{ id: kept, v: 2, owner: 'ambulance', title: 'A2' }]);
  });

  it('risk.analysis.finalised alone no longer fills the linkable treatments', async () => {
    const number = `RA-${YEAR}-778`;
    await publish(
      RiskAnalysisFinalised.topic,
      riskAnalysisFinalisedEvent({
        number,
        ownerParty: 'ambulance',
        treatments: [riskTreatment({ kind: 'OVERDRAGEN' })],
      }),
    );
    expect(
      await db.query(`SELECT 1 FROM icv.risk_treatment_view WHERE analysis_number = $1`, [number]),
    ).toEqual([]);
  });

  it('a policy version adopted again opens no second plan', async () => {
    await publish(
      PolicyVersionAdopted.topic,
      createEnvelope(
        PolicyVersionAdopted,
        { ...meta, subject: 'policy' },
        {
          version: 2,
          previousVersion: 1,
          proposalId: randomUUID(),
          title: 'Versie 2 nogmaals',
          agendaItemId: randomUUID(),
          adoptedAt: new Date().toISOString(),
          bbnProfileVersion: 1,
          changeCount: 1,
          carriesRequirementChanges: false,
        },
      ),
    );
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM icv.implementation_plan WHERE policy_version = 2`,
    );
    expect(n).toBe(3);
  });

  it('two first preparations at once make one report; a moved calendar moves its due day', async () => {
    const progress = service.app.get(ProgressService);
    const amb = who('security-officer', 'ambulance');
    const input = { year: YEAR, period: 2, summary: 'Eerste helft op schema.' };
    await Promise.all([
      progress.prepare(amb.acting, amb.principal, input),
      progress.prepare(who('security-officer', 'ambulance').acting, amb.principal, input),
    ]);
    await publish(
      CalendarChanged.topic,
      createEnvelope(CalendarChanged, meta, {
        year: YEAR,
        policyVersion: 2,
        wishesDeadline: isoDay(10),
        progressReportMoments: [isoDay(-1), isoDay(75)],
        smbMeetings: [isoDay(70)],
        bmbMeetings: [isoDay(80)],
        adoptionDate: isoDay(80),
        changedAt: new Date().toISOString(),
      }),
    );
    const reports = await progress.reports(amb.principal, YEAR, null);
    expect(reports.map((r) => [r.party, r.period, r.due, r.state])).toEqual([
      ['ambulance', 2, isoDay(75), 'CONCEPT'],
    ]);
    // Live counts while CONCEPT: ambulance's current plan has no lines.
    expect(reports[0].rollUp.total).toBe(0);
  });
});

describe('a first plan line saved while a policy version is adopted', () => {
  it('is in the new version’s plan: the save and the adoption take turns per party', async () => {
    await db.query(
      `INSERT INTO icv.party_ref (code, kind, reports_to) VALUES ('kmar', 'HOOFDGEBRUIKER', NULL)`,
    );
    const kmar = who('security-officer', 'kmar');
    const [{ v }] = await db.query(`SELECT max(version)::int AS v FROM icv.policy_version_seen`);
    await Promise.all([
      service.app
        .get(PlanService)
        .saveLine(kmar.acting, kmar.principal, line({ description: 'Eerste regel van de KMar' })),
      publish(
        PolicyVersionAdopted.topic,
        createEnvelope(
          PolicyVersionAdopted,
          { ...meta, subject: 'policy' },
          {
            version: v + 1,
            previousVersion: v,
            proposalId: randomUUID(),
            title: `Versie ${v + 1}`,
            agendaItemId: randomUUID(),
            adoptedAt: new Date().toISOString(),
            bbnProfileVersion: 1,
            changeCount: 1,
            carriesRequirementChanges: false,
          },
        ),
      ),
    ]);
    expect(transport.deadLetters).toEqual([]);
    const lines = await db.query(
      `SELECT l.description FROM icv.plan_line l JOIN icv.implementation_plan p ON p.id = l.plan_id
        WHERE p.party = 'kmar' AND p.policy_version = $1`,
      [v + 1],
    );
    expect(lines).toEqual([{ description: 'Eerste regel van de KMar' }]);
  });
});

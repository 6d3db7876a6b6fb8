import { DataSource } from 'typeorm';
import {
  FindingChanged,
  PartyRegisterPublished,
  RiskAnalysisFinalised,
  createEnvelope,
} from '@mkib/contracts';
import type { Principal } from '@mkib/server-auth';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import {
  TestDatabase,
  createTestDatabase,
  isoDay,
  riskAnalysisFinalisedEvent,
  riskTreatment,
  startConsumingService,
} from '@mkib/testing';
import { AssessmentService } from '../src/assessment/assessment.service';
import { icvService } from '../src/icv.service-definition';
import { IcvAnnounceOpenFindings1765497600100 } from '../src/migrations/1765497600100-icv-announce-open-findings';
import { IcvAnnounceFindings1765411200100 } from '../src/migrations/1765411200100-icv-announce-findings';

/** Findings and risk management (issue 16), against a real PostgreSQL server. */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const YEAR = new Date().getUTCFullYear();

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(icvService, db.url, transport);
  await publish(
    PartyRegisterPublished.topic,
    createEnvelope(
      PartyRegisterPublished,
      { subject: 'party-register', partyId: null, actor: 'x', correlationId: 'c' },
      {
        parties: [
          { code: 'lms', kind: 'BEHEERDER', reportsTo: null },
          { code: 'politie', kind: 'HOOFDGEBRUIKER', reportsTo: null },
        ],
      } as never,
    ),
  );
  await db.query(
    `INSERT INTO icv.applicable_measure (party, framework_code, identifier, facilities, position)
     VALUES ('politie', 'BIO2', '5.15.01', '{GMS}', 1)`,
  );
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

async function publish(topic: string, event: { id: string } & object) {
  await transport.publish([{ topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);
}

const principal = { username: 'security-officer@politie', party: 'politie', roles: ['security-officer'] };
const acting = { actor: 'security-officer@politie', party: 'politie', correlationId: 'c' };

/** The icv.finding.changed events in the outbox, oldest first. */
async function announced(findingId?: string) {
  const rows: { envelope: { data: Record<string, unknown> } }[] = await db.query(
    `SELECT envelope FROM icv.outbox WHERE topic = $1 ORDER BY seq`,
    [FindingChanged.topic],
  );
  return rows.map((r) => r.envelope.data).filter((d) => !findingId || d['findingId'] === findingId);
}

describe('icv.finding.changed', () => {
  it('is emitted with each record, progress and close of a finding', async () => {
    const findings = service.app.get(AssessmentService);
    const p = principal as unknown as Principal;
    const recorded = await findings.recordFinding(acting, p, {
      year: YEAR,
      frameworkCode: 'BIO2',
      identifier: '5.15.01',
      description: 'Geen toegangsreview',
      action: 'Review inplannen',
      owner: 'CISO',
      dueDate: isoDay(30),
    });
    expect(recorded.riskTreatmentId).toBeNull();
    await findings.progressFinding(acting, p, recorded.id, {
      action: 'Review uitgevoerd',
      owner: 'CISO',
      dueDate: isoDay(40),
    });
    await findings.closeFinding(acting, p, recorded.id);
    const events = await announced(recorded.id);
    expect(events.map((e) => [e['status'], e['action'], e['dueDate']])).toEqual([
      ['OPEN', 'Review inplannen', isoDay(30)],
      ['OPEN', 'Review uitgevoerd', isoDay(40)],
      ['AFGEROND', 'Review uitgevoerd', isoDay(40)],
    ]);
    expect(events[0]).toEqual(
      expect.objectContaining({ party: 'politie', year: YEAR, frameworkCode: 'BIO2', riskTreatmentId: null }),
    );
  });

  it('is put in the outbox once for every existing finding by the announce migration', async () => {
    const before = (await announced()).length;
    const runner = service.app.get(DataSource).createQueryRunner();
    try {
      await new IcvAnnounceFindings1765411200100().up(runner);
    } finally {
      await runner.release();
    }
    const all = await announced();
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM icv.finding`);
    expect(all.length - before).toBe(n);
    expect(all.at(-1)).toEqual(expect.objectContaining({ status: 'AFGEROND', action: 'Review uitgevoerd' }));
  });

  it('is put in the outbox once more for every OPEN finding by the issue-17 migration (governance learns them)', async () => {
    const open = await service.app
      .get(AssessmentService)
      .recordFinding(acting, principal as unknown as Principal, {
        year: YEAR,
        frameworkCode: 'BIO2',
        identifier: '5.15.01',
        description: 'Nog open',
        action: 'Oppakken',
        owner: 'CISO',
        dueDate: isoDay(20),
      });
    const before = (await announced()).length;
    const runner = service.app.get(DataSource).createQueryRunner();
    try {
      await new IcvAnnounceOpenFindings1765497600100().up(runner);
    } finally {
      await runner.release();
    }
    const added = (await announced()).slice(before);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM icv.finding WHERE status = 'OPEN'`);
    expect(added).toHaveLength(n);
    expect(added.map((e) => e['findingId'])).toContain(open.id);
    expect(added.every((e) => e['status'] === 'OPEN')).toBe(true);
  });
});

describe('[SK-4.2] icv consumes risk.analysis.finalised', () => {
  it('makes each mitigating treatment an open finding of the owner party, once per treatment', async () => {
    const mitigate = riskTreatment({
      riskTitle: 'Insider',
      description: 'Vier-ogen op beheeracties',
      measures: [
        { frameworkCode: 'BIO2', identifier: '8.02.01' },
        { frameworkCode: 'BIO2', identifier: '5.15.01' },
      ],
      owner: 'teamleider beheer',
    });
    const accept = riskTreatment({ kind: 'ACCEPTEREN', measures: [] });
    const event = riskAnalysisFinalisedEvent({
      ownerParty: 'politie',
      scope: 'EIGEN_GEBRUIK',
      treatments: [mitigate, accept],
    });
    await publish(RiskAnalysisFinalised.topic, event);
    await publish(RiskAnalysisFinalised.topic, event);
    expect(transport.deadLetters).toEqual([]);
    const rows = await db.query(
      `SELECT party, year, framework_code, identifier, description, action, owner,
              to_char(due_date, 'YYYY-MM-DD') AS due, status, created_by, risk_treatment_id
         FROM icv.finding WHERE risk_treatment_id IS NOT NULL`,
    );
    expect(rows).toEqual([
      {
        party: 'politie',
        year: YEAR,
        framework_code: 'BIO2',
        identifier: '8.02.01',
        description: 'Insider: Vier-ogen op beheeracties',
        action: 'Vier-ogen op beheeracties',
        owner: 'teamleider beheer',
        due: mitigate.dueDate,
        status: 'OPEN',
        created_by: 'lms-operator@lms',
        risk_treatment_id: mitigate.treatmentId,
      },
    ]);
    const [finding] = (
      await service.app.get(AssessmentService).findingsOf([{ party: 'politie', year: YEAR }])
    )[0].filter((f) => f.riskTreatmentId);
    expect(finding.riskTreatmentId).toBe(mitigate.treatmentId);
    expect(await announced(finding.id)).toEqual([
      expect.objectContaining({ status: 'OPEN', riskTreatmentId: mitigate.treatmentId, party: 'politie' }),
    ]);

    // A new version keeps one treatment, drops none of the findings and adds the new treatment's.
    const added = riskTreatment({ riskTitle: 'DDoS', description: 'Scrubbing', owner: 'netwerkbeheer' });
    const next = riskAnalysisFinalisedEvent({
      ownerParty: 'politie',
      scope: 'EIGEN_GEBRUIK',
      version: 2,
      supersedesAnalysisId: event.data.analysisId,
      treatments: [mitigate, added],
    });
    await publish(RiskAnalysisFinalised.topic, next);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM icv.finding WHERE risk_treatment_id IS NOT NULL`,
    );
    expect(n).toBe(2);
    const [{ audits }] = await db.query(
      `SELECT count(*)::int AS audits FROM icv.audit_log WHERE action = 'risk-analysis.received'`,
    );
    expect(audits).toBe(2);
  });
});

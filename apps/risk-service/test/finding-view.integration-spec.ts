import { randomUUID } from 'node:crypto';
import { createEnvelope, FindingChanged, FindingChangedData } from '@mkib/contracts';
import {
  buildRiskPoam,
  DEFAULT_RISK_SCALE,
  exampleRiskAnalysisView,
  validateOscalPoam,
} from '@mkib/domain-risk';
import { InProcessTransport } from '@mkib/server-messaging';
import { readAuditLog } from '@mkib/server-persistence';
import type { RunningService } from '@mkib/server-runtime';
import { TestDatabase, createTestDatabase, currentYear, isoDay, startConsumingService } from '@mkib/testing';
import type { Principal } from '@mkib/server-auth';
import { AnalysisReader } from '../src/analysis/analysis-reader';
import { RiskExportService } from '../src/export/risk-export.service';
import { RISK_EXPORT_NAMESPACE, uuidV5 } from '../src/export/uuid-v5';
import { FindingViewService } from '../src/finding-view/finding-view.service';
import { riskService } from '../src/risk.service-definition';

/** The risk service's read model of icv's findings (`risk.finding_view`) against a real PostgreSQL server. */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();

/** Until the analysis module binds the reader: one analysis of kmar, the caller's own register. */
const kmarAnalysis = exampleRiskAnalysisView(new Date(), {
  ownerParty: 'kmar',
  scope: 'EIGEN_GEBRUIK',
  consultation: null,
});
const fakeReader: AnalysisReader = {
  view: async () => kmarAnalysis,
  registerViews: async (p, party) => ({ party: party ?? p.party, analyses: [kmarAnalysis] }),
  scale: async () => DEFAULT_RISK_SCALE,
};

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(
    {
      ...riskService,
      providers: [...riskService.providers, { provide: AnalysisReader, useValue: fakeReader }],
    },
    db.url,
    transport,
  );
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const changed = (data: Partial<FindingChangedData> & { findingId: string }, changedAt = new Date()) =>
  createEnvelope(
    FindingChanged,
    {
      subject: data.findingId,
      partyId: 'politie',
      actor: 'security-officer@politie',
      correlationId: 'corr-finding',
    },
    {
      party: 'politie',
      year: currentYear(),
      frameworkCode: 'BIO2',
      identifier: '5.15',
      description: 'Beheeraccounts zonder tweede factor.',
      action: 'Tweede factor invoeren.',
      owner: 'Teamleider ICT',
      dueDate: isoDay(60),
      status: 'OPEN',
      riskTreatmentId: null,
      changedAt: changedAt.toISOString(),
      ...data,
    },
  );
const publish = (event: ReturnType<typeof changed>) =>
  transport.publish([
    { topic: FindingChanged.topic, key: event.subject, value: JSON.parse(JSON.stringify(event)) },
  ]);

describe('risk keeps the findings of icv from icv.finding.changed', () => {
  it('records a finding once for an event delivered twice, and follows it to AFGEROND', async () => {
    const findingId = randomUUID();
    const recorded = changed({ findingId }, new Date(Date.now() - 60_000));
    await publish(recorded);
    await publish(recorded);
    expect(
      await db.query(
        `SELECT party, status, due_date::text AS due FROM risk.finding_view WHERE finding_id = $1`,
        [findingId],
      ),
    ).toEqual([{ party: 'politie', status: 'OPEN', due: isoDay(60) }]);
    await publish(changed({ findingId, status: 'AFGEROND' }));
    expect(await db.query(`SELECT status FROM risk.finding_view WHERE finding_id = $1`, [findingId])).toEqual(
      [{ status: 'AFGEROND' }],
    );
    const audit = await readAuditLog(service.context.dataSource, 'risk');
    expect(audit.map((a) => a.action)).toEqual([
      'finding-view.updated',
      'event.duplicate-ignored',
      'finding-view.updated',
    ]);
    expect(audit[0].correlationId).toBe('corr-finding');
  });

  it('does not reopen a closed finding on a late older event', async () => {
    const findingId = randomUUID();
    const older = changed({ findingId, action: 'oud' }, new Date(Date.now() - 120_000));
    await publish(changed({ findingId, status: 'AFGEROND' }));
    await publish(older);
    expect(
      await db.query(`SELECT status, action FROM risk.finding_view WHERE finding_id = $1`, [findingId]),
    ).toEqual([{ status: 'AFGEROND', action: 'Tweede factor invoeren.' }]);
  });

  it('gives the POA&M the open findings and closes the treatment whose finding is AFGEROND', async () => {
    const analysis = kmarAnalysis;
    const [mitigate] = analysis.risks;
    const open = randomUUID();
    await publish(changed({ findingId: open, party: 'kmar', identifier: '8.32' }));
    await publish(
      changed({
        findingId: randomUUID(),
        party: 'kmar',
        riskTreatmentId: mitigate.treatment.id,
        status: 'AFGEROND',
      }),
    );
    const findings = await service.app.get(FindingViewService).ofParty('kmar');
    expect(findings.map((f) => [f.identifier, f.status])).toEqual(
      expect.arrayContaining([
        ['8.32', 'OPEN'],
        ['5.15', 'AFGEROND'],
      ]),
    );
    // Through the export service as the resolver calls it, with the clock and the reader bound.
    const file = await service.app.get(RiskExportService).poam(
      {
        party: 'kmar',
        subject: 'security-officer@kmar',
        roles: ['security-officer'],
      } as unknown as Principal,
      null,
    );
    const doc = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as ReturnType<
      typeof buildRiskPoam
    >;
    expect(validateOscalPoam(doc)).toEqual([]);
    expect(doc).toEqual(
      buildRiskPoam({
        party: 'kmar',
        analyses: [analysis],
        findings,
        now: new Date(doc['plan-of-action-and-milestones'].metadata['last-modified']),
        uuid: (name) => uuidV5(RISK_EXPORT_NAMESPACE, name),
      }),
    );
    const poam = doc['plan-of-action-and-milestones'];
    expect(poam.risks?.map((r) => r.title)).not.toContain(`${analysis.number}: ${mitigate.title}`);
    expect(poam.findings?.map((f) => f.title)).toEqual([`Bevinding BIO2 8.32 (${currentYear()})`]);
  });

  it('dead-letters a message that does not parse', async () => {
    await transport.publish([
      {
        topic: FindingChanged.topic,
        key: 'x',
        value: { ...changed({ findingId: randomUUID() }), data: { findingId: 'x' } },
      },
    ]);
    expect(transport.deadLetters).toEqual([
      expect.objectContaining({
        group: 'mkib-risk',
        reason: expect.stringMatching(/invalid icv.finding.changed payload/),
      }),
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import { createEnvelope, FacilityClassified, FindingChanged, RiskAnalysisFinalised } from '@mkib/contracts';
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
import { governanceService } from '../src/governance.service-definition';
import { ReminderService } from '../src/reminder/reminder.service';

/**
 * Other contexts' deadlines become reminders (issue 17), against a real PostgreSQL server: findings
 * (icv.finding.changed), treatments that are not findings (risk.analysis.finalised, a later version
 * replacing the earlier), and facilities' BIV review dates (risk.facility.classified with reviewDue).
 */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(governanceService, db.url, transport);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

async function publish(topic: string, event: { id: string } & object) {
  await transport.publish([{ topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);
}

const meta = (subject: string) => ({
  subject,
  partyId: null,
  actor: 'system:test',
  correlationId: randomUUID(),
});

const finding = (findingId: string, over: Record<string, unknown>, changedAt: Date) =>
  createEnvelope(FindingChanged, meta(findingId), {
    findingId,
    party: 'politie',
    year: new Date().getUTCFullYear(),
    frameworkCode: 'BIO2',
    identifier: '5.15.01',
    description: 'Toegangsrechten niet periodiek beoordeeld',
    action: 'Kwartaalreview invoeren',
    owner: 'CISO',
    dueDate: isoDay(5),
    status: 'OPEN' as const,
    riskTreatmentId: null,
    changedAt: changedAt.toISOString(),
    ...over,
  });

const due = () => service.app.get(ReminderService).due({ today: isoDay(0), year: null, party: null });

describe('[SK-3.5] deadlines of other contexts as reminders', () => {
  it('reminds of an open finding until it is closed; an older change arriving late changes nothing', async () => {
    const id = randomUUID();
    await publish(FindingChanged.topic, finding(id, {}, new Date(Date.now() - 60_000)));
    expect((await due()).filter((r) => r.milestone === 'BEVINDING')).toEqual([
      expect.objectContaining({
        party: 'politie',
        subjectId: id,
        kind: 'VOORAF',
        daysLeft: 5,
        title: 'BIO2 5.15.01: Toegangsrechten niet periodiek beoordeeld',
      }),
    ]);
    await publish(FindingChanged.topic, finding(id, { status: 'AFGEROND' }, new Date()));
    await publish(FindingChanged.topic, finding(id, {}, new Date(Date.now() - 30_000)));
    expect((await due()).filter((r) => r.milestone === 'BEVINDING')).toEqual([]);
    expect(transport.deadLetters).toEqual([]);
  });

  it('reminds of treatments other than MITIGEREN; a later version replaces the earlier', async () => {
    const accept = riskTreatment({ kind: 'ACCEPTEREN', dueDate: isoDay(10), riskTitle: 'Uitval' });
    const first = riskAnalysisFinalisedEvent({
      number: 'RA-X-101',
      ownerParty: 'politie',
      treatments: [accept, riskTreatment({ kind: 'MITIGEREN', dueDate: isoDay(3) })],
    });
    await publish(RiskAnalysisFinalised.topic, first);
    expect((await due()).filter((r) => r.milestone === 'RISICOBEHANDELING')).toEqual([
      expect.objectContaining({
        party: 'politie',
        subjectId: accept.treatmentId,
        title: 'RA-X-101: Uitval',
        daysLeft: 10,
      }),
    ]);
    const transfer = riskTreatment({ kind: 'OVERDRAGEN', dueDate: isoDay(-1), riskTitle: 'Brand' });
    await publish(
      RiskAnalysisFinalised.topic,
      riskAnalysisFinalisedEvent({
        number: 'RA-X-101',
        version: 2,
        supersedesAnalysisId: first.data.analysisId,
        ownerParty: 'politie',
        treatments: [transfer],
      }),
    );
    expect(
      (await due()).filter((r) => r.milestone === 'RISICOBEHANDELING').map((r) => [r.subjectId, r.kind]),
    ).toEqual([[transfer.treatmentId, 'VERLOPEN']]);
  });

  it("reminds the LMS of a facility's BIV review date; an event without one keeps the date known", async () => {
    const classified = (reviewDue?: string) =>
      createEnvelope(FacilityClassified, meta('OIS'), {
        facilityCode: 'OIS',
        bbn: 2,
        usedBy: ['politie'],
        ...(reviewDue ? { reviewDue } : {}),
      });
    await publish(FacilityClassified.topic, classified(isoDay(30)));
    await publish(FacilityClassified.topic, classified());
    expect((await due()).filter((r) => r.milestone === 'BIV_HERIJKING')).toEqual([
      expect.objectContaining({ party: 'lms', subjectId: 'OIS', daysLeft: 30, kind: 'VOORAF' }),
    ]);
    expect(transport.deadLetters).toEqual([]);
  });
});

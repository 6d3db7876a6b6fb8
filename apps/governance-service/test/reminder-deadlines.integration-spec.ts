import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  createEnvelope,
  FacilityClassified,
  FindingChanged,
  RiskAnalysisFinalised,
  RiskTreatmentChanged,
} from '@mkib/contracts';
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
import { governanceService } from '../src/governance.service-definition';
import { ReminderService } from '../src/reminder/reminder.service';

/**
 * Other contexts' deadlines become reminders (issue 17), against a real PostgreSQL server: findings
 * (icv.finding.changed), open treatments that are not findings nor acceptances (risk.treatment.changed:
 * done or superseded ends it), and facilities' BIV review dates (risk.facility.classified with reviewDue).
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

  it('reminds of an open treatment until done or superseded; not ACCEPTEREN nor MITIGEREN', async () => {
    const open = () =>
      due().then((rs) =>
        rs.filter((r) => r.milestone === 'RISICOBEHANDELING').map((r) => [r.subjectId, r.kind, r.title]),
      );
    const transfer = riskTreatmentChangedEvent({
      analysisNumber: 'RA-X-101',
      kind: 'OVERDRAGEN',
      dueDate: isoDay(10),
      riskTitle: 'Uitval',
    });
    const accept = riskTreatmentChangedEvent({ analysisNumber: 'RA-X-101', kind: 'ACCEPTEREN' });
    const mitigate = riskTreatmentChangedEvent({ analysisNumber: 'RA-X-101', kind: 'MITIGEREN' });
    for (const e of [transfer, accept, mitigate]) await publish(RiskTreatmentChanged.topic, e);
    expect(await open()).toEqual([[transfer.data.treatmentId, 'VOORAF', 'RA-X-101: Uitval']]);

    // Reported done: the deadline is met.
    await publish(
      RiskTreatmentChanged.topic,
      riskTreatmentChangedEvent({ ...transfer.data, status: 'AFGEROND', completedBy: 'co@politie' }),
    );
    expect(await open()).toEqual([]);

    // A later version carries a treatment over under a new id: the old id lapses, the new one is owed.
    const avoid = riskTreatmentChangedEvent({
      analysisNumber: 'RA-X-102',
      kind: 'VERMIJDEN',
      dueDate: isoDay(-1),
    });
    await publish(RiskTreatmentChanged.topic, avoid);
    const carried = riskTreatmentChangedEvent({
      ...avoid.data,
      treatmentId: randomUUID(),
      analysisId: randomUUID(),
      analysisVersion: 2,
      riskTitle: 'Brand',
    });
    await publish(RiskTreatmentChanged.topic, carried);
    await publish(
      RiskTreatmentChanged.topic,
      riskTreatmentChangedEvent({ ...avoid.data, status: 'VERVALLEN' }),
    );
    expect(await open()).toEqual([[carried.data.treatmentId, 'VERLOPEN', 'RA-X-102: Brand']]);
    await publish(
      RiskTreatmentChanged.topic,
      riskTreatmentChangedEvent({ ...carried.data, status: 'VERVALLEN' }),
    );
    expect(await open()).toEqual([]);
    expect(transport.deadLetters).toEqual([]);
  });

  it('a row from before risk.treatment.changed (keyed by origin) gives way to the current id', async () => {
    const origin = randomUUID();
    await publish(
      RiskAnalysisFinalised.topic,
      riskAnalysisFinalisedEvent({
        number: 'RA-X-103',
        ownerParty: 'politie',
        treatments: [riskTreatment({ treatmentId: origin, kind: 'OVERDRAGEN', dueDate: isoDay(5) })],
      }),
    );
    // risk.analysis.finalised no longer makes treatment reminders.
    expect((await due()).filter((r) => r.milestone === 'RISICOBEHANDELING')).toEqual([]);
    await service.app.get(DataSource).query(
      `INSERT INTO governance.risk_treatment_deadline (treatment_id, analysis_id, number, party, kind, title, facility_code, due_date)
         VALUES ($1, $2, 'RA-X-103', 'politie', 'OVERDRAGEN', 'RA-X-103: Oud', 'GMS', $3)`,
      [origin, randomUUID(), isoDay(5)],
    );
    const current = riskTreatmentChangedEvent({
      originId: origin,
      analysisNumber: 'RA-X-103',
      analysisVersion: 2,
      dueDate: isoDay(5),
      riskTitle: 'Nieuw',
    });
    await publish(RiskTreatmentChanged.topic, current);
    expect(
      (await due()).filter((r) => r.milestone === 'RISICOBEHANDELING').map((r) => [r.subjectId, r.title]),
    ).toEqual([[current.data.treatmentId, 'RA-X-103: Nieuw']]);
    await publish(
      RiskTreatmentChanged.topic,
      riskTreatmentChangedEvent({ ...current.data, status: 'VERVALLEN' }),
    );
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

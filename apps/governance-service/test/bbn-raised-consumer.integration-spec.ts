import { createEnvelope, FacilityBbnRaised } from '@mkib/contracts';
import { InProcessTransport } from '@mkib/server-messaging';
import { readAuditLog } from '@mkib/server-persistence';
import type { RunningService } from '@mkib/server-runtime';
import { TestDatabase, createTestDatabase, isoDay, startConsumingService } from '@mkib/testing';
import { governanceService } from '../src/governance.service-definition';

/** The governance service's consumer against a real PostgreSQL server. */
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

const raised = (facilityCode: string) =>
  createEnvelope(
    FacilityBbnRaised,
    {
      subject: facilityCode,
      partyId: 'lms',
      actor: 'lms-operator@lms',
      correlationId: `corr-${facilityCode}`,
    },
    { facilityCode, previousBbn: 2, newBbn: 3, supplementaryAnalysisRequired: true, reviewDue: isoDay(365) },
  );

describe('governance consumes risk.facility.bbn-raised', () => {
  it('[SK-4.3] records one SMB signal for an event delivered twice', async () => {
    const event = raised('GMS');
    const message = { topic: FacilityBbnRaised.topic, key: 'GMS', value: JSON.parse(JSON.stringify(event)) };
    await transport.publish([message]);
    await transport.publish([message]);
    const signals = await db.query(`SELECT subject, source_event_id FROM governance.smb_signal`);
    expect(signals).toEqual([{ subject: 'GMS', source_event_id: event.id }]);
    const audit = await readAuditLog(service.context.dataSource, 'governance');
    expect(audit.map((a) => a.action)).toEqual(['smb-signal.recorded', 'event.duplicate-ignored']);
    expect(audit[0].correlationId).toBe('corr-GMS');
  });

  it('dead-letters a message that does not parse, with the reason, and goes on with the next', async () => {
    await transport.publish([
      {
        topic: FacilityBbnRaised.topic,
        key: 'X',
        value: { ...raised('X'), data: { facilityCode: 'X', newBbn: 'drie' } },
      },
    ]);
    expect(transport.deadLetters).toEqual([
      expect.objectContaining({
        group: 'mkib-governance',
        reason: expect.stringMatching(/invalid risk.facility.bbn-raised payload/),
      }),
    ]);
    await transport.publish([
      { topic: FacilityBbnRaised.topic, key: 'SPOEDRESPONS', value: raised('SPOEDRESPONS') },
    ]);
    const subjects = (await db.query(`SELECT subject FROM governance.smb_signal ORDER BY subject`)).map(
      (r) => r.subject,
    );
    expect(subjects).toEqual(['GMS', 'SPOEDRESPONS']);
  });

  it('leaves no signal and no inbox entry when the effect fails, so a redelivery is handled', async () => {
    await db.query(`ALTER TABLE governance.smb_signal ADD CONSTRAINT no_ivict CHECK (subject <> 'IVICT')`);
    const event = raised('IVICT');
    await expect(
      transport.publish([{ topic: FacilityBbnRaised.topic, key: 'IVICT', value: event }]),
    ).rejects.toThrow();
    expect(await db.query(`SELECT 1 FROM governance.inbox WHERE event_id = $1`, [event.id])).toEqual([]);
    await db.query(`ALTER TABLE governance.smb_signal DROP CONSTRAINT no_ivict`);
    await transport.publish([{ topic: FacilityBbnRaised.topic, key: 'IVICT', value: event }]);
    expect(await db.query(`SELECT subject FROM governance.smb_signal WHERE subject = 'IVICT'`)).toHaveLength(
      1,
    );
  });
});

import { createEnvelope, IcvSubmitted, IcvSubmittedV1 } from '@mkib/contracts';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import { TestDatabase, createTestDatabase, startConsumingService } from '@mkib/testing';
import { governanceService } from '../src/governance.service-definition';

/** The agenda's consumer of icv.submitted, in both schema versions, against a real PostgreSQL server. */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const YEAR = new Date().getUTCFullYear();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(governanceService, db.url, transport);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const common = (party: string, icvId: string) => ({
  icvId,
  party,
  year: YEAR,
  version: 1,
  statement: 'IN_CONTROL_MET_UITZONDERINGEN' as const,
  scope: 'ORGANISATIE_EN_MEDEGEBRUIKERS' as const,
  exceptionCount: 1,
  signedBy: `accountable-official@${party}`,
  compliance: { percentImplemented: 90, byFacility: [] },
  replacesVersion: null,
});
const meta = (party: string) => ({ subject: party, partyId: party, actor: `accountable-official@${party}` });
const publish = (event: { id: string } & object) =>
  transport.publish([{ topic: IcvSubmitted.topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);

describe('[SK-3.5] [SK-5.5] governance consumes icv.submitted', () => {
  it('puts a version 2 ICV on the agenda with its proposal, exceptions by measure and explained missing reports', async () => {
    const event = createEnvelope(IcvSubmitted, meta('ambulance'), {
      ...common('ambulance', '0b6f4c3e-5a1d-4f7e-9d2a-1c3b5d7e9f01'),
      exceptions: [
        {
          measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }],
          explanation: 'HSM besteld.',
          plannedDate: day(90),
          legacy: null,
        },
      ],
      proposal: {
        statement: 'NIET_IN_CONTROL',
        applicable: 10,
        implemented: 7,
        partly: 1,
        notImplemented: 1,
        notApplicable: 0,
        unassessed: 1,
        percentImplemented: 70,
      },
      missingReports: [{ party: 'rode-kruis', explanation: 'Geen inzet met meldkamerkoppeling.' }],
    });
    await publish(event);
    const [row] = await db.query(
      `SELECT statement, proposal, missing_reports, exceptions FROM governance.agenda_item WHERE party = 'ambulance'`,
    );
    expect(row.proposal.statement).toBe('NIET_IN_CONTROL');
    expect(row.missing_reports).toEqual([
      { party: 'rode-kruis', explanation: 'Geen inzet met meldkamerkoppeling.' },
    ]);
    expect(row.exceptions[0].measures).toEqual([{ frameworkCode: 'BIO2', identifier: '8.24.01' }]);
  });

  it('still accepts version 1, as the previous release wrote it: no proposal, the free text kept', async () => {
    const event = createEnvelope(IcvSubmittedV1, meta('politie'), {
      ...common('politie', '1c7a5d4f-6b2e-4a8f-8e3b-2d4c6e8f0a12'),
      exceptions: [
        { subject: 'Logging', description: 'Nog niet ingericht', improvement: 'SIEM', dueDate: day(60) },
      ],
    });
    await publish(event);
    expect(transport.deadLetters).toEqual([]);
    const [row] = await db.query(
      `SELECT proposal, missing_reports, exceptions FROM governance.agenda_item WHERE party = 'politie'`,
    );
    expect(row).toEqual({
      proposal: null,
      missing_reports: [],
      exceptions: [
        {
          measures: [],
          explanation: 'Logging: Nog niet ingericht (verbetermaatregel: SIEM)',
          plannedDate: day(60),
          legacy: { subject: 'Logging', description: 'Nog niet ingericht', improvement: 'SIEM' },
        },
      ],
    });
  });
});

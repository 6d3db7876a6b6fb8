import { RiskAnalysisFinalised, RiskConsultationRequested, RiskConsultationResponded } from '@mkib/contracts';
import type { Principal } from '@mkib/server-auth';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import {
  TestDatabase,
  createTestDatabase,
  currentYear,
  isoDay,
  riskAnalysisFinalisedEvent,
  riskConsultationRequestedEvent,
  riskConsultationRespondedEvent,
  startConsumingService,
} from '@mkib/testing';
import { governanceService } from '../src/governance.service-definition';
import { ReminderService } from '../src/reminder/reminder.service';

/** Governance follows the risk context (issue 16), against a real PostgreSQL server. */
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

const principal = (username: string, party: string, roles: string[]) =>
  ({ subject: username, username, party, roles, responsibleParty: null }) as unknown as Principal;

const signals = () =>
  db.query(`SELECT kind, subject, summary, actor FROM governance.smb_signal ORDER BY received_at, kind`);

describe('[SK-4.2] governance signals final risk analyses to the SMB', () => {
  it('records the signals of an analysis once, however often it is delivered', async () => {
    const event = riskAnalysisFinalisedEvent({ number: 'RA-X-001', title: 'GMS beschikbaarheid' });
    await publish(RiskAnalysisFinalised.topic, event);
    await publish(RiskAnalysisFinalised.topic, event);
    const late = riskAnalysisFinalisedEvent({
      number: 'RA-X-002',
      kind: 'AANVULLEND',
      late: true,
      pastDeadlineNote: 'Ambulance gaf geen reactie',
      missingResponses: ['ambulance'],
    });
    await publish(RiskAnalysisFinalised.topic, late);
    const own = riskAnalysisFinalisedEvent(
      { number: 'RA-X-003', scope: 'EIGEN_GEBRUIK', ownerParty: 'politie', title: 'Intern' },
      'security-officer@politie',
    );
    await publish(RiskAnalysisFinalised.topic, own);
    const ownLate = riskAnalysisFinalisedEvent(
      {
        number: 'RA-X-004',
        scope: 'EIGEN_GEBRUIK',
        ownerParty: 'politie',
        title: 'Intern',
        late: true,
        pastDeadlineNote: 'Intern',
      },
      'security-officer@politie',
    );
    await publish(RiskAnalysisFinalised.topic, ownLate);
    expect(transport.deadLetters).toEqual([]);
    const rows = await signals();
    expect(rows.map((r: { kind: string; subject: string }) => [r.subject, r.kind])).toEqual([
      ['RA-X-001', 'RISICOANALYSE_DEFINITIEF'],
      ['RA-X-002', 'AANVULLENDE_ANALYSE_AFGEROND'],
      ['RA-X-002', 'RISICOANALYSE_NA_DEADLINE'],
      ['RA-X-004', 'RISICOANALYSE_NA_DEADLINE'],
    ]);
    expect(rows[2].summary).toMatch(/"Ambulance gaf geen reactie"/);
    expect(rows[3].summary).toBe(
      'Risicoanalyse RA-X-004 van politie (GMS) is na de termijn definitief gemaakt.',
    );
    expect(rows[0].actor).toBe('lms-operator@lms');
  });
});

describe('[SK-4.2] risk consultation reminders', () => {
  const year = currentYear();
  const inYear = (offset: number) => isoDay(offset).startsWith(`${year}-`);

  it('reminds each consulted party that has not responded, within the 14-day window and after the deadline', async () => {
    const today = isoDay(0);
    const soon = riskConsultationRequestedEvent({
      number: 'RA-X-010',
      title: 'GMS',
      respondBy: today,
      parties: ['politie', 'ambulance'],
    });
    const later = riskConsultationRequestedEvent({
      number: 'RA-X-011',
      title: 'C2000',
      respondBy: isoDay(20),
      parties: ['politie'],
    });
    // Its response arrives before the request: the task is done all the same.
    const done = riskConsultationRequestedEvent({
      number: 'RA-X-012',
      title: 'Net',
      respondBy: today,
      parties: ['brandweer'],
    });
    await publish(
      RiskConsultationResponded.topic,
      riskConsultationRespondedEvent({ analysisId: done.data.analysisId, party: 'brandweer' }),
    );
    for (const e of [soon, later, done]) await publish(RiskConsultationRequested.topic, e);
    await publish(
      RiskConsultationResponded.topic,
      riskConsultationRespondedEvent({
        analysisId: soon.data.analysisId,
        party: 'ambulance',
        position: 'NIET_AKKOORD',
      }),
    );
    expect(transport.deadLetters).toEqual([]);

    const reminders = service.app.get(ReminderService);
    const politie = principal('security-officer@politie', 'politie', ['security-officer']);
    const lms = principal('lms-operator@lms', 'lms', ['lms-operator']);
    const risk = (rs: Awaited<ReturnType<ReminderService['reminders']>>) =>
      rs.filter((r) => r.milestone === 'RISICOCONSULTATIE');

    expect(risk(await reminders.reminders(politie, year, today))).toEqual([
      {
        id: expect.stringMatching(/^r[0-9a-f]{16}$/),
        milestone: 'RISICOCONSULTATIE',
        party: 'politie',
        deadline: today,
        kind: 'VOORAF',
        daysLeft: 0,
        subjectId: soon.data.analysisId,
        title: 'RA-X-010: GMS',
      },
    ]);
    // Six days on, the later one is within 14 days; the first has passed.
    const sixDaysOn = isoDay(6);
    if (inYear(6) && inYear(20)) {
      expect(
        risk(await reminders.reminders(politie, year, sixDaysOn)).map((r) => [r.title, r.kind, r.daysLeft]),
      ).toEqual([
        ['RA-X-010: GMS', 'VERLOPEN', -6],
        ['RA-X-011: C2000', 'VOORAF', 14],
      ]);
    }
    // The LMS sees every party's; a party never another's.
    expect(risk(await reminders.reminders(lms, year, today)).map((r) => r.party)).toEqual(['politie']);
    const ambulance = principal('security-officer@ambulance', 'ambulance', ['security-officer']);
    expect(risk(await reminders.reminders(ambulance, year, today))).toEqual([]);

    // Finalising the analysis closes its tasks: no more reminders.
    await publish(
      RiskAnalysisFinalised.topic,
      riskAnalysisFinalisedEvent({ analysisId: soon.data.analysisId, number: 'RA-X-010', title: 'GMS' }),
    );
    expect(risk(await reminders.reminders(lms, year, today))).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { createEnvelope, FacilityClassified, FindingChanged } from '@mkib/contracts';
import type { Principal } from '@mkib/server-auth';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import { TestDatabase, createTestDatabase, isoDay, startConsumingService } from '@mkib/testing';
import { governanceService } from '../src/governance.service-definition';
import { DigestService } from '../src/mail/digest.service';
import { MailTransport } from '../src/mail/mail-transport';
import { NotificationService } from '../src/notification/notification.service';
import { ReminderService } from '../src/reminder/reminder.service';

/**
 * Reminders that reach people, as each reader may see them (issue 17 review), against a real PostgreSQL
 * server: another party's finding text stays with the party (SK-T3) in the reminders, the notifications
 * and the digest; one refused address does not stop the digest and is tried again; people not seen for
 * the inactive period get no digest; an older BIV review date does not overwrite a newer one.
 */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const FINDING_TEXT = 'Toegangsrechten tot de meldtafel niet beoordeeld';

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
const acting = { actor: 'lms-operator@lms', party: 'lms', correlationId: randomUUID() };

const person = (username: string, party: string, roles: string[]): Principal =>
  ({
    subject: username,
    username,
    party,
    roles,
    responsibleParty: null,
    email: `${username.replace('@', '.')}@mkib.invalid`,
  }) as Principal;

const secretary = person('board-secretary@smb', 'smb', ['board-secretary']);
const officer = person('security-officer@politie', 'politie', ['security-officer']);
const member = person('bmb-member@bmb', 'bmb', ['bmb-member']);
const auditor = person('auditor@jenv', 'jenv', ['auditor']);

describe('[SK-T3] reminder titles by reader', () => {
  const findingId = randomUUID();

  beforeAll(async () => {
    await publish(
      FindingChanged.topic,
      createEnvelope(FindingChanged, meta(findingId), {
        findingId,
        party: 'politie',
        year: new Date().getUTCFullYear(),
        frameworkCode: 'BIO2',
        identifier: '5.15.01',
        description: FINDING_TEXT,
        action: 'Kwartaalreview invoeren',
        owner: 'CISO',
        dueDate: isoDay(-2),
        status: 'OPEN' as const,
        riskTreatmentId: null,
        changedAt: new Date().toISOString(),
      }),
    );
  });

  it("a board secretary's notification of an overdue finding has no finding text; the party's officer reads it", async () => {
    const notifications = service.app.get(NotificationService);
    const ofSecretary = (await notifications.list(secretary)).items.filter((n) => n.subjectId === findingId);
    expect(ofSecretary).toEqual([expect.objectContaining({ kind: 'VERLOPEN', party: 'politie' })]);
    expect(ofSecretary[0].title).toMatch(/^Bevinding van Politie, uiterlijk \d{1,2} \S+ \d{4}$/);
    expect(JSON.stringify(ofSecretary)).not.toContain(FINDING_TEXT);

    const ofOfficer = (await notifications.list(officer)).items.filter((n) => n.subjectId === findingId);
    expect(ofOfficer).toEqual([expect.objectContaining({ title: `BIO2 5.15.01: ${FINDING_TEXT}` })]);
  });

  it('the reminders show the title to the party and the auditor only', async () => {
    const reminders = service.app.get(ReminderService);
    const of = async (p: Principal) =>
      (await reminders.reminders(p, null)).filter((r) => r.subjectId === findingId).map((r) => r.title);
    expect(await of(officer)).toEqual([`BIO2 5.15.01: ${FINDING_TEXT}`]);
    expect(await of(auditor)).toEqual([`BIO2 5.15.01: ${FINDING_TEXT}`]);
    const [ofMember] = await of(member);
    expect(ofMember).toMatch(/^Bevinding van Politie, uiterlijk /);
    expect(await of(person('lms-operator@lms', 'lms', ['lms-operator']))).toEqual([ofMember]);
  });

  it('the digest carries no finding text; a refused address is FAILED, the others get theirs, the next run retries', async () => {
    const notifications = service.app.get(NotificationService);
    const refused = person('viewer@politie', 'politie', ['viewer']);
    for (const p of [secretary, officer, refused]) await notifications.remember(p);
    // Someone not seen for longer than the inactive period (30 days by default): no digest.
    const gone = person('accountable-official@politie', 'politie', ['accountable-official']);
    await notifications.remember(gone);
    await db.query(
      `UPDATE governance.known_user SET seen_at = now() - interval '40 days' WHERE username = $1`,
      [gone.username],
    );

    const mailTransport = service.app.get(MailTransport);
    const delivered: { to: string; text: string }[] = [];
    let refuse = true;
    const original = mailTransport.send.bind(mailTransport);
    mailTransport.send = async (mail) => {
      if (refuse && mail.to === refused.email) throw new Error('550 mailbox unavailable');
      delivered.push(mail);
    };
    try {
      const digest = service.app.get(DigestService);
      const first = await digest.send(acting, isoDay(0));
      expect(first).toEqual({ day: isoDay(0), sent: 2, failed: 1 });
      expect(delivered.map((m) => m.to).sort()).toEqual([officer.email, secretary.email].sort());
      for (const m of delivered) expect(m.text).not.toContain(FINDING_TEXT);
      expect(delivered.find((m) => m.to === secretary.email)!.text).toContain(
        'Bevinding (Politie), uiterlijk',
      );

      const rows = await db.query(
        `SELECT username, status, error, text FROM governance.mail_outbox WHERE digest_day = $1 ORDER BY username`,
        [isoDay(0)],
      );
      expect(rows.map((r) => [r.username, r.status])).toEqual([
        [secretary.username, 'SENT'],
        [officer.username, 'SENT'],
        [refused.username, 'FAILED'],
      ]);
      expect(rows.find((r) => r.status === 'FAILED').error).toContain('550');
      for (const r of rows) expect(r.text).not.toContain(FINDING_TEXT);
      const failedAudit = await db.query(
        `SELECT 1 FROM governance.audit_log WHERE action = 'reminder-digest.failed' AND subject = $1`,
        [`user/${refused.username}`],
      );
      expect(failedAudit).toHaveLength(1);

      // The next run sends the FAILED one only; the sent ones are not sent twice.
      refuse = false;
      delivered.length = 0;
      expect(await digest.send(acting, isoDay(0))).toEqual({ day: isoDay(0), sent: 1, failed: 0 });
      expect(delivered.map((m) => m.to)).toEqual([refused.email]);
      expect(await digest.send(acting, isoDay(0))).toEqual({ day: isoDay(0), sent: 0, failed: 0 });
    } finally {
      mailTransport.send = original;
    }
  });
});

describe("a facility's BIV review date", () => {
  it('is not overwritten by an older or redelivered announcement', async () => {
    const classified = (reviewDue: string, at: Date) =>
      createEnvelope(
        FacilityClassified,
        meta('GMS'),
        { facilityCode: 'GMS', bbn: 2, usedBy: ['politie'], reviewDue },
        at,
      );
    await publish(FacilityClassified.topic, classified(isoDay(20), new Date()));
    await publish(FacilityClassified.topic, classified(isoDay(50), new Date(Date.now() - 3_600_000)));
    const due = await service.app.get(ReminderService).due({ today: isoDay(0), year: null, party: null });
    expect(due.filter((r) => r.milestone === 'BIV_HERIJKING' && r.subjectId === 'GMS')).toEqual([
      expect.objectContaining({ deadline: isoDay(20) }),
    ]);
    expect(transport.deadLetters).toEqual([]);
  });
});

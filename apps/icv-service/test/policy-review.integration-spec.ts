import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createEnvelope, PartyRegisterPublished, PolicyVersionAdopted } from '@mkib/contracts';
import { DomainError } from '@mkib/domain-shared';
import type { Principal } from '@mkib/server-auth';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import { TestDatabase, createTestDatabase, startConsumingService } from '@mkib/testing';
import { icvService } from '../src/icv.service-definition';
import { PolicyReviewService } from '../src/policy-review/policy-review.service';

/** "Policy changed: review": icv consumes policy.version.adopted, against a real PostgreSQL server. */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const YEAR = new Date().getUTCFullYear();
const meta = { subject: 'policy', partyId: 'lms', actor: 'bmb-member@bmb', correlationId: 'c' };

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(icvService, db.url, transport);
  await publish(
    PartyRegisterPublished.topic,
    createEnvelope(PartyRegisterPublished, { ...meta, subject: 'party-register', partyId: null }, {
      parties: [
        { code: 'lms', kind: 'BEHEERDER', reportsTo: null },
        { code: 'politie', kind: 'HOOFDGEBRUIKER', reportsTo: null },
        { code: 'ambulance', kind: 'HOOFDGEBRUIKER', reportsTo: null },
        { code: 'rode-kruis', kind: 'MEDEGEBRUIKER', reportsTo: 'ambulance' },
        { code: 'smb', kind: 'BESTUURSORGAAN', reportsTo: null },
      ],
    } as never),
  );
  // politie submitted last year's ICV: that assessment is frozen, no review there.
  await db.query(
    `INSERT INTO icv.icv (id, version, party, year, scope, state, created_by, created_at)
     VALUES ($1, 1, 'politie', $2, 'ORGANISATIE_EN_MEDEGEBRUIKERS', 'INGEDIEND', 'x', now())`,
    [randomUUID(), YEAR - 1],
  );
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

async function publish(topic: string, event: { id: string } & object) {
  await transport.publish([{ topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);
}

const adopt = (version: number) =>
  createEnvelope(PolicyVersionAdopted, meta, {
    version,
    previousVersion: version - 1,
    proposalId: randomUUID(),
    title: `Versie ${version}`,
    agendaItemId: randomUUID(),
    adoptedAt: new Date().toISOString(),
    bbnProfileVersion: 1,
    changeCount: 3,
    carriesRequirementChanges: false,
  });

const marks = () =>
  db.query(`SELECT party, year, policy_version, confirmed_by FROM icv.policy_review ORDER BY party, year`);

const principal = (party: string) =>
  ({ username: `security-officer@${party}`, party, roles: ['security-officer'] }) as unknown as Principal;

describe('[SK-3.1] icv consumes policy.version.adopted', () => {
  it('marks every open assessment of the parties that give an ICV, this year and last year unless submitted', async () => {
    const event = adopt(2);
    await publish(PolicyVersionAdopted.topic, event);
    await publish(PolicyVersionAdopted.topic, event);
    expect(transport.deadLetters).toEqual([]);
    expect(await marks()).toEqual([
      { party: 'ambulance', year: YEAR - 1, policy_version: 2, confirmed_by: null },
      { party: 'ambulance', year: YEAR, policy_version: 2, confirmed_by: null },
      { party: 'lms', year: YEAR - 1, policy_version: 2, confirmed_by: null },
      { party: 'lms', year: YEAR, policy_version: 2, confirmed_by: null },
      { party: 'politie', year: YEAR, policy_version: 2, confirmed_by: null },
    ]);
  });

  it('is confirmed once by the party; a newer version marks it again, an older one does not', async () => {
    const reviews = service.app.get(PolicyReviewService);
    const acting = { actor: 'security-officer@politie', party: 'politie', correlationId: 'c2' };
    const confirmed = await reviews.confirm(acting, principal('politie'), YEAR);
    expect(confirmed).toEqual(
      expect.objectContaining({ policyVersion: 2, confirmedBy: 'security-officer@politie' }),
    );
    const again = await reviews.confirm(acting, principal('politie'), YEAR).catch((e: DomainError) => e);
    expect([(again as DomainError).code, (again as DomainError).key]).toEqual([
      'CONFLICT',
      'icv.policyReview.confirmedAlready',
    ]);
    const none = await reviews.confirm(acting, principal('politie'), YEAR - 1).catch((e: DomainError) => e);
    expect((none as DomainError).key).toBe('icv.policyReview.nothingToConfirm');

    await publish(PolicyVersionAdopted.topic, adopt(3));
    await publish(PolicyVersionAdopted.topic, adopt(2));
    const rows = await marks();
    expect(
      rows.find((r: { party: string; year: number }) => r.party === 'politie' && r.year === YEAR),
    ).toEqual({
      party: 'politie',
      year: YEAR,
      policy_version: 3,
      confirmed_by: null,
    });
    expect(rows.every((r: { policy_version: number }) => r.policy_version === 3)).toBe(true);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM icv.audit_log WHERE action = 'assessment.policy-review-confirmed'`,
    );
    expect(n).toBe(1);
  });

  it('never marks a frozen year, not even while its submission is under way; a mark there can be confirmed', async () => {
    // ambulance is submitting this year's ICV: the submission holds the row when the adoption arrives.
    const icvId = randomUUID();
    await db.query(
      `INSERT INTO icv.icv (id, version, party, year, scope, state, created_by, created_at)
       VALUES ($1, 1, 'ambulance', $2, 'ORGANISATIE_EN_MEDEGEBRUIKERS', 'ONDERTEKEND', 'x', now())`,
      [icvId, YEAR],
    );
    const submission = new Client({ connectionString: db.url });
    await submission.connect();
    try {
      await submission.query('BEGIN');
      await submission.query(`SELECT id FROM icv.icv WHERE id = $1 FOR UPDATE`, [icvId]);
      const consumed = publish(PolicyVersionAdopted.topic, adopt(4));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await submission.query(`UPDATE icv.icv SET state = 'INGEDIEND' WHERE id = $1`, [icvId]);
      await submission.query('COMMIT');
      await consumed;
    } finally {
      await submission.end();
    }
    expect(transport.deadLetters).toEqual([]);
    const rows = await marks();
    const of = (party: string, year: number) =>
      rows.find((r: { party: string; year: number }) => r.party === party && r.year === year);
    expect(of('ambulance', YEAR).policy_version).toBe(3);
    expect(of('lms', YEAR).policy_version).toBe(4);
    expect(of('politie', YEAR - 1)).toBeUndefined();

    // Confirming stays allowed after submission: it only records that the review was done.
    const reviews = service.app.get(PolicyReviewService);
    const acting = { actor: 'security-officer@ambulance', party: 'ambulance', correlationId: 'c3' };
    expect(await reviews.confirm(acting, principal('ambulance'), YEAR)).toEqual(
      expect.objectContaining({ policyVersion: 3, confirmedBy: 'security-officer@ambulance' }),
    );

    // A correction opens politie's last year again: the next adoption marks it.
    await db.query(`UPDATE icv.icv SET state = 'VERVANGEN' WHERE party = 'politie' AND year = $1`, [
      YEAR - 1,
    ]);
    await db.query(
      `INSERT INTO icv.icv (id, version, party, year, scope, state, created_by, created_at)
       VALUES ($1, 2, 'politie', $2, 'ORGANISATIE_EN_MEDEGEBRUIKERS', 'CONCEPT', 'x', now())`,
      [randomUUID(), YEAR - 1],
    );
    await publish(PolicyVersionAdopted.topic, adopt(5));
    const after = await marks();
    expect(
      after.find((r: { party: string; year: number }) => r.party === 'politie' && r.year === YEAR - 1),
    ).toEqual(expect.objectContaining({ policy_version: 5 }));
    expect(
      after.find((r: { party: string; year: number }) => r.party === 'ambulance' && r.year === YEAR),
    ).toEqual(expect.objectContaining({ policy_version: 3, confirmed_by: 'security-officer@ambulance' }));
  });
});

import { Kafka, logLevel } from 'kafkajs';
import { createEnvelope, FacilityBbnRaised } from '@mkib/contracts';
import {
  DistributedPlatform,
  TestDatabase,
  createTestDatabase,
  graphql,
  isoDay,
  keycloakPasswordGrant,
  startDistributed,
} from '@mkib/testing';

/**
 * The distributed mode over a real Kafka broker: each service and the gateway its own process, tokens
 * from the real Keycloak, PostgreSQL from MKIB_TEST_DATABASE_URL.
 */
let db: TestDatabase;
let platform: DistributedPlatform;
const brokers = () => process.env.MKIB_KAFKA_BROKERS!.split(',');

const token = (username: string) => keycloakPasswordGrant(process.env.MKIB_KEYCLOAK_ISSUER!, username);

const classify = async (facilityCode: string, bbn: number) =>
  graphql(
    platform.graphqlUrl,
    'mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { bbn } }',
    {
      i: {
        facilityCode,
        biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
        bbn,
        rationale: 'over Kafka',
        reviewDue: isoDay(365),
      },
    },
    await token('lms-operator@lms'),
  );

async function signalSubjects(expected: number): Promise<string[]> {
  let subjects: string[] = [];
  for (let i = 0; i < 150; i++) {
    subjects = (await db.query('SELECT subject FROM governance.smb_signal ORDER BY subject')).map(
      (r) => r.subject,
    );
    if (subjects.length >= expected) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return subjects;
}

beforeAll(async () => {
  db = (await createTestDatabase())!;
  platform = await startDistributed({
    databaseUrl: db.url,
    brokers: process.env.MKIB_KAFKA_BROKERS!,
    issuer: process.env.MKIB_KEYCLOAK_ISSUER!,
  });
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe('distributed mode over Kafka', () => {
  it('[SK-2.1] serves the catalogue from the policy process through the gateway', async () => {
    const r = await graphql(
      platform.graphqlUrl,
      '{ framework(code: "BIO2") { requirementCount } }',
      {},
      await token('viewer@brandweer'),
    );
    expect(r.data).toEqual({ framework: { requirementCount: 263 } });
  });

  it('[SK-2.2b] resolves a facility’s applicable measures in the policy process from the BBN the risk process owns', async () => {
    const r = await graphql(
      platform.graphqlUrl,
      '{ facility(code: "OIS") { bbn applicableMeasures { bbn profileVersion total } } }',
      {},
      await token('security-officer@politie'),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.facility).toEqual({
      bbn: 2,
      applicableMeasures: { bbn: 2, profileVersion: 1, total: 117 },
    });
  });

  it('each service reports its database and the broker ready', async () => {
    for (const [name, origin] of Object.entries(platform.serviceOrigins)) {
      const res = await fetch(`${origin}/health`);
      expect(await res.json()).toEqual({
        status: 'ok',
        service: name,
        phase: 'running',
        database: 'up',
        events: 'up',
      });
    }
  });

  it('[SK-4.3] a BBN raised in the risk process reaches the SMB feed in the governance process', async () => {
    expect((await classify('GMS', 3)).errors).toBeUndefined();
    expect(await signalSubjects(1)).toEqual(['GMS']);
    const signals = await graphql(
      platform.graphqlUrl,
      '{ smbSignals { total items { subject actor } } }',
      {},
      await token('smb-member@smb'),
    );
    expect(signals.data.smbSignals).toEqual({
      total: 1,
      items: [{ subject: 'GMS', actor: 'lms-operator@lms' }],
    });
    const outbox = await db.query(
      'SELECT count(*)::int AS pending FROM risk.outbox WHERE published_at IS NULL',
    );
    expect(outbox).toEqual([{ pending: 0 }]);
  });

  it('carries the correlation id from the GraphQL request through the event to the consumer', async () => {
    const correlationId = `corr-${Date.now()}`;
    const res = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await token('lms-operator@lms')}`,
        'x-correlation-id': correlationId,
      },
      body: JSON.stringify({
        query: 'mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { bbn } }',
        variables: {
          i: {
            facilityCode: 'HUISVESTING',
            biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
            bbn: 3,
            rationale: 'correlatie',
            reviewDue: isoDay(365),
          },
        },
      }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    await signalSubjects(2);
    const trail = async () =>
      (await db.query(
        `SELECT 'risk' AS service, action FROM risk.audit_log WHERE correlation_id = $1
         UNION ALL SELECT 'governance', action FROM governance.audit_log WHERE correlation_id = $1 ORDER BY 1, 2`,
        [correlationId],
      )) as { service: string; action: string }[];
    let rows = await trail();
    for (let i = 0; i < 50 && rows.length < 3; i++) {
      await new Promise((r) => setTimeout(r, 200));
      rows = await trail();
    }
    expect(rows).toEqual([
      // Governance also keeps the facility's new review date for its reminders (issue 17).
      { service: 'governance', action: 'facility-review.received' },
      { service: 'governance', action: 'smb-signal.recorded' },
      { service: 'risk', action: 'facility.classified' },
    ]);
  });

  it('dead-letters a poison message with its reason, and the consumer goes on', async () => {
    const kafka = new Kafka({ clientId: 'mkib-test', brokers: brokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const poison = {
      ...createEnvelope(
        FacilityBbnRaised,
        { subject: 'X', partyId: 'lms', actor: 'test' },
        {
          facilityCode: 'X',
          previousBbn: 2,
          newBbn: 3,
          supplementaryAnalysisRequired: true,
          reviewDue: isoDay(365),
        },
      ),
      data: { facilityCode: 'X', newBbn: 'drie' },
    };
    await producer.send({
      topic: FacilityBbnRaised.topic,
      messages: [
        { key: 'X', value: JSON.stringify(poison) },
        { key: 'Y', value: 'not json' },
      ],
    });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `dlq-reader-${Date.now()}` });
    const dead: { key: string; reason: string }[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: `${FacilityBbnRaised.topic}.dlq`, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void dead.push({ key: message.key!.toString(), reason: message.headers!.reason!.toString() }),
    });
    for (let i = 0; i < 100 && dead.length < 2; i++) await new Promise((r) => setTimeout(r, 200));
    await consumer.disconnect();
    expect(dead).toEqual(
      expect.arrayContaining([
        { key: 'X', reason: expect.stringMatching(/invalid risk.facility.bbn-raised payload/) },
        { key: 'Y', reason: 'the message is not JSON' },
      ]),
    );

    expect((await classify('SPOEDRESPONS', 3)).errors).toBeUndefined();
    expect(await signalSubjects(3)).toEqual(['GMS', 'HUISVESTING', 'SPOEDRESPONS']);
  });

  it('a governance process killed and restarted catches up without loss or double effect', async () => {
    await platform.processes.governance.stop(true);
    expect((await classify('IVICT', 3)).errors).toBeUndefined();
    expect((await classify('OIS', 3)).errors).toBeUndefined();
    await platform.restart('governance');
    const subjects = await signalSubjects(5);
    await new Promise((r) => setTimeout(r, 1000));
    const [{ rows, distinct }] = await db.query(
      'SELECT count(*)::int AS rows, count(DISTINCT source_event_id)::int AS distinct FROM governance.smb_signal',
    );
    const counts = { sent: 5, received: distinct, duplicatesWithEffect: rows - distinct, lost: 5 - distinct };
    console.log(`consumer killed and restarted: ${JSON.stringify(counts)}`);
    expect(subjects).toEqual(['GMS', 'HUISVESTING', 'IVICT', 'OIS', 'SPOEDRESPONS']);
    expect(counts).toEqual({ sent: 5, received: 5, duplicatesWithEffect: 0, lost: 0 });
  });
});

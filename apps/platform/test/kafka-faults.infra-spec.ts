import { KafkaTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import {
  TestDatabase,
  createTestDatabase,
  freePort,
  startBurstProducer,
  startConsumingService,
} from '@mkib/testing';
import { governanceService } from '@mkib/governance-service';
// The test stops and starts the broker it owns; the broker tool is a script, not a library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { RunningKafka, startKafka } from '../../../tools/kafka/kafka';

/**
 * Fault test on a broker of its own: a burst of 10,000 events through a real outbox and relay, the broker
 * stopped mid-burst and started again, consumed by the governance service over Kafka. Every event must
 * arrive once in effect.
 */
const TOTAL = 10_000;
const quiet = { warn: () => undefined, info: () => undefined };
let kafka: RunningKafka;
let db: TestDatabase;
let consumer: RunningService;
const transports: KafkaTransport[] = [];

beforeAll(async () => {
  kafka = await startKafka({ port: await freePort(), controllerPort: await freePort() });
  db = (await createTestDatabase())!;
});

afterAll(async () => {
  await consumer?.stop();
  for (const t of transports) await t.stop();
  await kafka?.destroy();
  await db?.drop();
});

it('[SK-4.3] loses and doubles no event when the broker stops mid-burst of 10,000 and comes back', async () => {
  const transport = (clientId: string) => {
    const t = new KafkaTransport({ brokers: kafka.brokers, clientId, createTopics: true, logger: quiet });
    transports.push(t);
    return t;
  };
  const consumerTransport = transport('fault-consumer');
  await consumerTransport.start();
  consumer = await startConsumingService(governanceService, db.url, consumerTransport);

  // The producing side: an outbox, unit of work and relay like every service's, in a schema of its own.
  const producerTransport = transport('fault-producer');
  await producerTransport.start();
  const producer = await startBurstProducer(db.url, producerTransport);

  let outage: Promise<void> | null = null;
  for (let i = 1; i <= TOTAL; i++) {
    await producer.emit(i);
    if (i === 3000) {
      outage = (async () => {
        await kafka.stop();
        await new Promise((r) => setTimeout(r, 3000));
        await kafka.restart();
      })();
    }
  }
  await outage;

  let received = 0;
  for (let i = 0; i < 900 && received < TOTAL; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    received = (
      await db.query('SELECT count(DISTINCT source_event_id)::int AS n FROM governance.smb_signal')
    )[0].n;
  }
  await new Promise((r) => setTimeout(r, 2000)); // let any late redelivery land before counting doubles
  const [{ rows, subjects }] = await db.query(
    'SELECT count(*)::int AS rows, count(DISTINCT subject)::int AS subjects FROM governance.smb_signal',
  );
  const [{ ignored }] = await db.query(
    `SELECT count(*)::int AS ignored FROM governance.audit_log WHERE action = 'event.duplicate-ignored'`,
  );
  const pending = await producer.pending();
  const counts = {
    sent: TOTAL,
    received: subjects,
    duplicatesWithEffect: rows - subjects,
    redeliveriesIgnored: ignored,
    lost: TOTAL - subjects,
    outboxPending: pending,
  };
  console.log(`broker outage mid-burst: ${JSON.stringify(counts)}`);
  await producer.stop();
  expect(counts).toEqual(
    expect.objectContaining({ received: TOTAL, duplicatesWithEffect: 0, lost: 0, outboxPending: 0 }),
  );
});

import { eventFlowStatus, EventFlowStatus, KafkaTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import { SystemClock } from '@mkib/domain-shared';
import {
  BurstProducer,
  TestDatabase,
  createTestDatabase,
  eventually,
  freePort,
  startBurstProducer,
  startConsumingService,
} from '@mkib/testing';
import { governanceService } from '@mkib/governance-service';
// The test stops, wipes and starts the broker it owns; the broker tool is a script, not a library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { RunningKafka, startKafka } from '../../../tools/kafka/kafka';

/**
 * Events recover by themselves (issue 14, point 5) on a broker of the test's own: stopped with a backlog,
 * and restarted with an empty data directory mid-stream, no service restarted. Every event must arrive
 * exactly once in effect, and the events status must say when events do not flow and when they do again.
 */
const quiet = { warn: () => undefined, info: () => undefined };
let ports: { port: number; controllerPort: number };
let kafka: RunningKafka;
let db: TestDatabase;
let consumer: RunningService;
let producer: BurstProducer;
let producerTransport: KafkaTransport;
const transports: KafkaTransport[] = [];
const staleBefore = process.env.MKIB_EVENTS_STALE_SECONDS;
let emitted = 0;

const consumerStatus = async (): Promise<{ http: number; body: EventFlowStatus }> => {
  const res = await fetch(consumer.url.replace(/\/graphql$/, '/health/events'));
  return { http: res.status, body: await res.json() };
};
const producerStatus = () =>
  eventFlowStatus({
    outboxes: [{ dataSource: producer.source, schema: 'burst', relay: producer.relay }],
    transport: producerTransport,
    clock: new SystemClock(),
    staleSeconds: 2,
  });
const delivered = async () =>
  (
    await db.query(
      'SELECT count(*)::int AS rows, count(DISTINCT subject)::int AS subjects FROM governance.smb_signal',
    )
  )[0] as { rows: number; subjects: number };
const emit = async (n: number) => {
  for (let i = 0; i < n; i++) await producer.emit(++emitted);
};

beforeAll(async () => {
  // A waiting event counts as stuck after 2 s here (60 s by default), so the test need not wait long.
  process.env.MKIB_EVENTS_STALE_SECONDS = '2';
  ports = { port: await freePort(), controllerPort: await freePort() };
  kafka = await startKafka(ports);
  db = (await createTestDatabase())!;
  const transport = (clientId: string) => {
    const t = new KafkaTransport({ brokers: kafka.brokers, clientId, createTopics: true, logger: quiet });
    transports.push(t);
    return t;
  };
  const consumerTransport = transport('recovery-consumer');
  await consumerTransport.start();
  consumer = await startConsumingService(governanceService, db.url, consumerTransport);
  producerTransport = transport('recovery-producer');
  await producerTransport.start();
  producer = await startBurstProducer(db.url, producerTransport);
});

afterAll(async () => {
  if (staleBefore === undefined) delete process.env.MKIB_EVENTS_STALE_SECONDS;
  else process.env.MKIB_EVENTS_STALE_SECONDS = staleBefore;
  await producer?.stop();
  await consumer?.stop();
  for (const t of transports) await t.stop();
  await kafka?.destroy();
  await db?.drop();
});

it('[SK-4.3] reports events not flowing while the broker is stopped with a backlog, and flowing after', async () => {
  await eventually(consumerStatus, (s) => s.http === 200, 'the consumer assigned', 60_000);
  await emit(50);
  await eventually(delivered, (d) => d.subjects === 50, '50 events delivered', 60_000);
  expect((await producerStatus()).status).toBe('flowing');

  await kafka.stop();
  await emit(50);
  const stuck = await eventually(
    producerStatus,
    (s) => s.problems.some((p) => /^outbox burst: \d+ events waiting/.test(p)),
    'the producer reporting a stuck backlog',
    60_000,
  );
  expect(stuck).toMatchObject({
    status: 'not-flowing',
    outboxes: [{ schema: 'burst', backlog: expect.any(Number) }],
  });
  expect(stuck.outboxes[0].backlog).toBeGreaterThan(0);
  const consumerDown = await eventually(
    consumerStatus,
    (s) => s.http === 503,
    'the consumer not assigned',
    60_000,
  );
  expect(consumerDown.body.problems.join('\n')).toMatch(/consumer group mkib-governance: not assigned/);

  await kafka.restart();
  await eventually(delivered, (d) => d.subjects === 100, '100 events delivered', 120_000);
  await eventually(producerStatus, (s) => s.status === 'flowing', 'the producer flowing again', 60_000);
  const back = await eventually(consumerStatus, (s) => s.http === 200, 'the consumer assigned again', 60_000);
  expect(back.body).toMatchObject({ status: 'flowing', problems: [] });
  expect(await delivered()).toEqual({ rows: 100, subjects: 100 });
});

it('[SK-4.3] delivers every event when the broker restarts with an empty data directory mid-stream, with no service restart', async () => {
  const before = emitted;
  const TOTAL = 600;
  let outage: Promise<void> | null = null;
  for (let i = 1; i <= TOTAL; i++) {
    await producer.emit(++emitted);
    if (i === 200) {
      outage = (async () => {
        // The broker's data goes (its topics, offsets and every event it held), then it comes back empty
        // on the same address: the services must notice, re-create the topics and publish again.
        await kafka.destroy();
        kafka = await startKafka(ports);
      })();
    }
  }
  await outage;
  const expected = before + TOTAL;
  const counts = await eventually(
    delivered,
    (d) => d.subjects === expected,
    `${expected} events delivered`,
    180_000,
  );
  await new Promise((r) => setTimeout(r, 2000)); // let any late redelivery land before counting doubles
  expect({ ...counts, ...(await delivered()) }).toEqual({ rows: expected, subjects: expected });
  expect(await producer.pending()).toBe(0);
  await eventually(producerStatus, (s) => s.status === 'flowing', 'the producer flowing', 60_000);
  const status = await eventually(consumerStatus, (s) => s.http === 200, 'the consumer flowing', 60_000);
  expect(status.body.transport.groups).toEqual([
    expect.objectContaining({ group: 'mkib-governance', joined: true, error: null }),
  ]);
  const [{ ignored }] = await db.query(
    `SELECT count(*)::int AS ignored FROM governance.audit_log WHERE action = 'event.duplicate-ignored'`,
  );
  console.log(`broker wiped mid-stream: ${JSON.stringify({ events: TOTAL, redeliveriesIgnored: ignored })}`);
});

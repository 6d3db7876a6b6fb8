/**
 * `npm run bench:events`: events per second sustained and end-to-end lag (outbox commit to the consumer's
 * effect) on a real Kafka broker and PostgreSQL server. Not a test: it measures, prints a table and writes
 * test-results/bench-events.json.
 *   MKIB_TEST_DATABASE_URL   PostgreSQL superuser URL (tools/postgres/start.sh prints one)   required
 *   MKIB_KAFKA_BROKERS       an existing broker; default: one started from tools/kafka
 *   BENCH_EVENTS             how many events (default 5000)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { governanceService } from '@mkib/governance-service';
import { KafkaTransport } from '@mkib/server-messaging';
import { createTestDatabase, freePort, startBurstProducer, startConsumingService } from '@mkib/testing';
import { startKafka } from '../kafka/kafka';

async function main() {
  process.env.MKIB_LOG_LEVEL ??= 'warn'; // a log line per event would measure the terminal
  const total = Number(process.env.BENCH_EVENTS ?? 5000);
  const db = await createTestDatabase();
  if (!db) throw new Error('set MKIB_TEST_DATABASE_URL (tools/postgres/start.sh prints one)');
  const kafka = process.env.MKIB_KAFKA_BROKERS
    ? null
    : await startKafka({ port: await freePort(), controllerPort: await freePort() });
  const brokers = process.env.MKIB_KAFKA_BROKERS?.split(',') ?? kafka!.brokers;
  const quiet = { warn: () => undefined, info: () => undefined };
  const consumerTransport = new KafkaTransport({
    brokers,
    clientId: 'bench-consumer',
    createTopics: true,
    logger: quiet,
  });
  const producerTransport = new KafkaTransport({
    brokers,
    clientId: 'bench-producer',
    createTopics: false,
    logger: quiet,
  });
  await consumerTransport.start();
  await producerTransport.start();
  const consumer = await startConsumingService(governanceService, db.url, consumerTransport);
  const producer = await startBurstProducer(db.url, producerTransport);
  try {
    const started = Date.now();
    for (let i = 1; i <= total; i++) await producer.emit(i);
    const committed = Date.now();
    let done = 0;
    while (done < total) {
      await new Promise((r) => setTimeout(r, 200));
      done = (await db.query('SELECT count(*)::int AS n FROM governance.smb_signal'))[0].n;
      if (Date.now() - committed > 600_000)
        throw new Error(`only ${done} of ${total} events arrived within 10 minutes`);
    }
    const finished = Date.now();
    const [lag] = await db.query(`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
             percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
      FROM (SELECT extract(epoch FROM s.received_at - o.created_at) * 1000 AS ms
            FROM governance.smb_signal s JOIN burst.outbox o ON o.event_id = s.source_event_id) l`);
    const result = {
      events: total,
      commitRatePerSecond: Math.round((total / (committed - started)) * 1000),
      sustainedEndToEndPerSecond: Math.round((total / (finished - started)) * 1000),
      lagMs: {
        p50: Math.round(lag.p50),
        p95: Math.round(lag.p95),
        p99: Math.round(lag.p99),
        max: Math.round(lag.max),
      },
      broker: process.env.MKIB_KAFKA_BROKERS ? 'external' : 'tools/kafka (Kafka 3.9.1, single node)',
      machine: '2 cores; producer, broker, consumer and PostgreSQL on the same machine',
    };
    console.table({
      events: result.events,
      'outbox commits/s (producer)': result.commitRatePerSecond,
      'events/s end to end (sustained)': result.sustainedEndToEndPerSecond,
      'lag p50 (ms)': result.lagMs.p50,
      'lag p95 (ms)': result.lagMs.p95,
      'lag p99 (ms)': result.lagMs.p99,
      'lag max (ms)': result.lagMs.max,
    });
    const out = join(__dirname, '..', '..', 'test-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'bench-events.json'), JSON.stringify(result, null, 2));
  } finally {
    await producer.stop();
    await consumer.stop();
    await producerTransport.stop();
    await consumerTransport.stop();
    await kafka?.destroy();
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

import type { DataSource } from 'typeorm';
import { FacilityBbnRaised } from '@mkib/contracts';
import { SystemClock } from '@mkib/domain-shared';
import { EventTransport, OutboxRelay, replayOnTopicLoss, UnitOfWork } from '@mkib/server-messaging';
import { createServiceDataSource, platformTablesUp } from '@mkib/server-persistence';
import { RunningService, ServiceDefinition, startService } from '@mkib/server-runtime';
import { isoDay } from './dates';

export interface BurstProducer {
  source: DataSource;
  relay: OutboxRelay;
  /** Commits one `risk.facility.bbn-raised` for facility `F<n>` through the outbox, as a service would. */
  emit(n: number): Promise<void>;
  pending(): Promise<number>;
  stop(): Promise<void>;
}

const quiet = { warn: () => undefined, info: () => undefined };

/** A producing service stand-in for fault tests and benchmarks: the real outbox, unit of work and relay. */
export async function startBurstProducer(
  databaseUrl: string,
  transport: EventTransport,
  schema = 'burst',
): Promise<BurstProducer> {
  const source = createServiceDataSource({
    connection: { url: databaseUrl },
    schema,
    entities: [],
    migrations: [],
  });
  await source.initialize();
  await source.query(`CREATE SCHEMA ${schema}`);
  for (const sql of platformTablesUp(schema)) await source.query(sql);
  const uow = new UnitOfWork(source, schema);
  const relay = new OutboxRelay(source, schema, transport, quiet, {
    pollMs: 200,
    batchSize: 500,
    maxBackoffMs: 2000,
  });
  uow.onEventsCommitted(() => relay.nudge());
  replayOnTopicLoss(transport, relay);
  relay.start();
  return {
    source,
    relay,
    async emit(n) {
      const code = `F${String(n).padStart(6, '0')}`;
      await uow.run({ actor: 'burst', party: 'lms', correlationId: `burst-${n}` }, async (tx) => {
        await tx.audit('burst.raised', code, {});
        await tx.emit(FacilityBbnRaised, code, {
          facilityCode: code,
          previousBbn: 2,
          newBbn: 3,
          supplementaryAnalysisRequired: true,
          reviewDue: isoDay(365),
        });
      });
    },
    async pending() {
      return (
        await source.query(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE published_at IS NULL`)
      )[0].n;
    },
    async stop() {
      await relay.stop();
      await source.destroy();
    },
  };
}

/**
 * Starts a service only to consume events (tests and benchmarks): its GraphQL API is up but no test
 * calls it, so the issuer is a placeholder that is never reached.
 */
export function startConsumingService(
  definition: ServiceDefinition,
  databaseUrl: string,
  transport: EventTransport,
): Promise<RunningService> {
  return startService(definition, {
    database: { url: databaseUrl },
    transport,
    issuer: 'http://127.0.0.1:1/realms/meldkamer',
    host: '127.0.0.1',
    port: 0,
    development: false,
    clock: new SystemClock(),
  });
}

import { join } from 'node:path';
import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { MixedList, EntitySchema } from 'typeorm';
import { Clock } from '@mkib/domain-shared';
import { createTokenVerifier } from '@mkib/server-auth';
import {
  applyServerKeepAlive,
  AuthorisationGuard,
  subgraphGraphQLModule,
  TOKEN_VERIFIER,
} from '@mkib/server-graphql';
import { EventTransport, OutboxRelay, replayOnTopicLoss, UnitOfWork } from '@mkib/server-messaging';
import { createLogger, Logger } from '@mkib/server-observability';
import { auditLogResolver } from './audit-log.resolver';
import { HealthRegistry, mountHealth } from './health';
import { HttpDrain, shutdownTimeoutFromEnvironment, trackHttpServer } from './http-drain';
import { DEFAULT_ANCHOR_INTERVAL_MS, startAuditAnchoring } from './audit-anchor';
import { eventsHealthCheck, eventsHealthHandler } from './events-health';
import {
  createServiceDataSource,
  DatabaseConnection,
  migrate,
  sqlStatements,
} from '@mkib/server-persistence';

/** What a composition root hands every service: configuration, never a mode switch. */
export interface ServiceRuntimeConfig {
  database: DatabaseConnection;
  transport: EventTransport;
  /** The OpenID Connect issuer whose tokens are accepted (Keycloak realm or the development issuer). */
  issuer: string;
  jwksUrl?: string;
  host: string;
  port: number;
  development: boolean;
  /** The one clock the service's rules, audit entries and events read "now" from. */
  clock: Clock;
  /**
   * The all-in-one host starts every relay itself once all services subscribed: in-process delivery
   * reaches only subscribers that exist, and a migration may have written events (seeded data).
   */
  deferRelayStart?: boolean;
  /** How often the service anchors its audit chain's head (default five minutes; 0: only on request). */
  auditAnchorIntervalMs?: number;
  /** How long stop() lets in-flight requests finish (default MKIB_SHUTDOWN_TIMEOUT_MS or 20 s). */
  shutdownTimeoutMs?: number;
}

export interface ServiceContext {
  dataSource: DataSource;
  clock: Clock;
  unitOfWork: UnitOfWork;
  transport: EventTransport;
  logger: Logger;
}

/** One bounded context: its schema, entities, migrations, Nest providers and event subscriptions. */
export interface ServiceDefinition {
  name: 'policy' | 'risk' | 'icv' | 'governance';
  schemaFile: string;
  entities: MixedList<Function | string | EntitySchema<any>>;
  migrations: MixedList<Function | string>;
  providers: Provider[];
  subscribe?(context: ServiceContext): Promise<void>;
}

export interface RunningService {
  name: string;
  url: string;
  app: INestApplication;
  context: ServiceContext;
  relay: OutboxRelay;
  /** Its checks: readiness is its database (never the broker); others may add informational checks. */
  health: HealthRegistry;
  http: HttpDrain;
  /**
   * Drains HTTP (readiness 503, no new requests, in-flight ones finish), stops anchoring and the outbox
   * relay, then `beforeDatabaseClose` (a process's own consumers leave their group), then the database.
   */
  stop(options?: { beforeDatabaseClose?: () => Promise<void> }): Promise<void>;
  /**
   * The first half of `stop`: HTTP drained, anchoring and the outbox relay stopped; the database stays
   * open. A host of several services quiesces them all before it stops the transport they share.
   */
  quiesce(): Promise<void>;
}

/** SDL every subgraph serves besides its own (the audit-log types); the supergraph tool adds it too. */
export const SHARED_SCHEMA_FILE = join(__dirname, 'audit-log.graphql');

@Module({})
class ServiceRootModule {}

/**
 * Boots one service: database and migrations, unit of work and outbox relay, the Nest subgraph with the
 * authorisation guard, its event subscriptions, and a health endpoint. Used by every composition root.
 */
export async function startService(
  definition: ServiceDefinition,
  config: ServiceRuntimeConfig,
): Promise<RunningService> {
  const logger = createLogger(`${definition.name}-service`);
  const dataSource = createServiceDataSource({
    connection: config.database,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  await dataSource.initialize();
  const applied = await migrate(dataSource, config.clock);
  if (applied.length) logger.info({ applied }, 'migrations applied');

  const unitOfWork = new UnitOfWork(dataSource, definition.name, config.clock);
  const relay = new OutboxRelay(dataSource, definition.name, config.transport, logger);
  unitOfWork.onEventsCommitted(() => relay.nudge());
  replayOnTopicLoss(config.transport, relay);
  const context: ServiceContext = {
    dataSource,
    clock: config.clock,
    unitOfWork,
    transport: config.transport,
    logger,
  };

  const module: DynamicModule = {
    module: ServiceRootModule,
    imports: [
      subgraphGraphQLModule({
        schemaFiles: [definition.schemaFile, SHARED_SCHEMA_FILE],
        logger,
        development: config.development,
      }),
    ],
    providers: [
      // Providers inject these by class: `constructor(private readonly uow: UnitOfWork, ...)`.
      { provide: UnitOfWork, useValue: unitOfWork },
      { provide: DataSource, useValue: dataSource },
      { provide: Clock, useValue: config.clock },
      {
        provide: TOKEN_VERIFIER,
        useValue: createTokenVerifier({ issuer: config.issuer, jwksUrl: config.jwksUrl }),
      },
      { provide: APP_GUARD, useClass: AuthorisationGuard },
      auditLogResolver(definition.name),
      ...definition.providers,
    ],
  };
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: ['error', 'warn'],
    bodyParser: true,
  });
  app.useBodyParser('json', { limit: '3mb' });
  // Every statement this request causes is counted under its correlation id (sql-statements.ts).
  app.use((req: { headers: Record<string, unknown> }, _res: unknown, next: () => void) => {
    const id = req.headers['x-correlation-id'];
    return typeof id === 'string' ? sqlStatements.within(id, next) : next();
  });
  const health = new HealthRegistry({ service: definition.name });
  // raw SQL: a readiness probe, no entity involved. The broker is not part of readiness: the outbox
  // keeps the events while it is away, so the API keeps serving.
  health.add('database', () => dataSource.query('SELECT 1').then(() => true), { readiness: true });
  const outboxes = [{ dataSource, schema: definition.name, relay }];
  // One source for both, so that /health and /health/events share the once-a-second computation.
  const eventsSource = { outboxes, transport: config.transport, clock: config.clock };
  // Events: the broker reachable and events flowing (backlog age, consumers joined, last error); either
  // failing degrades `/health`, never readiness.
  health.add(
    'events',
    async () => {
      const [reachable, flow] = await Promise.all([
        config.transport.ready(),
        eventsHealthCheck(eventsSource),
      ]);
      return reachable ? flow : { status: 'down', detail: { problems: ['broker unreachable'] } };
    },
    { readiness: false },
  );
  const adapter = app.getHttpAdapter();
  mountHealth({ get: (path, handler) => adapter.get(path, handler as never) }, health);
  app.getHttpAdapter().get('/health/events', eventsHealthHandler(eventsSource));
  // The gateway reuses connections to this server: keep them open far longer than the gateway keeps an
  // idle one (keep-alive.ts), so it is always the gateway that closes them, never a reset mid-request.
  applyServerKeepAlive(app.getHttpServer());
  await app.init();
  const http = trackHttpServer(app.getHttpServer(), {
    logger,
    timeoutMs: config.shutdownTimeoutMs ?? shutdownTimeoutFromEnvironment(),
    onDraining: () => health.markDraining(),
  });
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://${config.host}:${address.port}/graphql`;

  if (definition.subscribe) await definition.subscribe(context);
  if (!config.deferRelayStart) relay.start();
  const stopAnchoring = startAuditAnchoring(
    context,
    definition.name,
    config.auditAnchorIntervalMs ?? DEFAULT_ANCHOR_INTERVAL_MS,
  );
  health.markStarted();
  logger.info({ url }, 'service started');

  const quiesce = async () => {
    await http.drain();
    stopAnchoring();
    await relay.stop();
  };
  return {
    name: definition.name,
    url,
    app,
    context,
    relay,
    health,
    http,
    quiesce,
    async stop(options) {
      await quiesce();
      await options?.beforeDatabaseClose?.();
      await app.close();
      await dataSource.destroy();
    },
  };
}

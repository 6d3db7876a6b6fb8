import { randomUUID } from 'node:crypto';
import express from 'express';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
// The composition root is the one place that may import services: it hosts them.
import { createGateway } from '@mkib/gateway';
import { governanceService, registeredCoUsers } from '@mkib/governance-service';
import { policyService } from '@mkib/policy-service';
import { icvService } from '@mkib/icv-service';
import { riskService } from '@mkib/risk-service';
import { SHELL_CLIENT_ID } from '@mkib/server-auth';
import { createDevIssuer, DemoAccount } from '@mkib/server-dev-issuer';
import { applyServerKeepAlive } from '@mkib/server-graphql';
import { InProcessTransport } from '@mkib/server-messaging';
import { createLogger } from '@mkib/server-observability';
import {
  DatabaseConnection,
  openSqlClient,
  sqlStatements,
  startEmbeddedPostgres,
} from '@mkib/server-persistence';
import {
  HealthRegistry,
  mountHealth,
  RunningService,
  shutdownTimeoutFromEnvironment,
  startService,
  trackHttpServer,
} from '@mkib/server-runtime';
import { PlatformConfig } from './config';
import { webRouter } from './web';
// The events status of the hosted services (GET /health/events, and `degraded` on /health).
import { eventsHealthCheck, eventsHealthHandler } from '@mkib/server-runtime';

export interface RunningPlatform {
  url: string;
  issuer: string;
  services: RunningService[];
  transport: InProcessTransport;
  accounts: DemoAccount[];
  database: { embedded: boolean; url: string };
  health: HealthRegistry;
  stop(): Promise<void>;
}

/**
 * The all-in-one composition root: every service, the gateway, the issuer and the web front end in one
 * process on one origin, with the embedded database and the in-process event transport unless told
 * otherwise. Only this file knows which parts are embedded.
 */
export async function startPlatform(config: PlatformConfig): Promise<RunningPlatform> {
  const logger = createLogger('platform');
  // The embedded database locks MKIB_DATA_DIR: a second all-in-one on it refuses to start.
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(join(config.dataDir, 'pglite'), { lockDir: config.dataDir });
  const database: DatabaseConnection = embedded
    ? { url: embedded.url, driver: embedded.driver, poolSize: 1 }
    : { url: config.databaseUrl!, poolSize: 5, timeouts: config.databaseTimeouts };

  const transport = new InProcessTransport();
  await transport.start();

  // The built-in issuer unless an external one (Keycloak) is configured; its sessions are kept in the database.
  const issuerSql = config.oidcIssuer ? null : openSqlClient(database);
  // Co-users sign in as the party register has them (SK-5.4), read from governance once it runs.
  let coUsersOfRegister: (() => ReturnType<typeof registeredCoUsers>) | null = null;
  const devIssuer = config.oidcIssuer
    ? null
    : await createDevIssuer({
        sql: issuerSql!,
        publicUrl: config.publicUrl,
        dataDir: config.dataDir,
        demoPassword: config.demoPassword,
        clock: config.clock,
        registeredCoUsers: async () => (coUsersOfRegister ? coUsersOfRegister() : []),
      });
  const issuer = {
    issuer: config.oidcIssuer ?? devIssuer!.issuer,
    accounts: devIssuer?.accounts ?? [],
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const server: Server = createServer(app);
  // A proxy in front reuses connections too: keep them open longer than it keeps an idle one.
  applyServerKeepAlive(server);
  // Probes answer from the first moment (startup 503 until every part runs); SIGTERM drains (http-drain.ts).
  const health = new HealthRegistry();
  mountHealth(app, health);
  const http = trackHttpServer(server, {
    logger,
    timeoutMs: config.shutdownTimeoutMs ?? shutdownTimeoutFromEnvironment(),
    onDraining: () => health.markDraining(),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // Services fetch the issuer's keys over loopback, as they would fetch Keycloak's.
  const jwksUrl = devIssuer
    ? `http://127.0.0.1:${port}/realms/meldkamer/protocol/openid-connect/certs`
    : (config.oidcJwksUrl ?? `${issuer.issuer}/protocol/openid-connect/certs`);

  const services: RunningService[] = [];
  let gateway: { stop(): Promise<void> } | null = null;
  const stopAll = async () => {
    const step = async (name: string, fn: () => Promise<unknown>) => {
      const t = Date.now();
      // A part that does not stop within 5 s must not keep the whole process alive.
      const timeout = new Promise((_, reject) =>
        setTimeout(() => reject(new Error('timed out after 5 s')), 5000).unref(),
      );
      await Promise.race([fn(), timeout]).catch((err) =>
        logger.warn({ err: String(err) }, `${name} did not stop cleanly`),
      );
      logger.debug({ ms: Date.now() - t }, `${name} stopped`);
    };
    // First the requests: readiness 503, the listener closes, in-flight requests finish (their own limit).
    await http.drain();
    if (gateway) await step('gateway', () => gateway!.stop());
    // Then events: every relay stops (an in-process delivery in progress finishes) before the transport
    // goes, and only then does any service's database close: no event reaches a closed consumer.
    for (const s of [...services].reverse()) await step(`${s.name} relay`, () => s.quiesce());
    await step('transport', () => transport.stop());
    for (const s of [...services].reverse()) await step(s.name, () => s.stop());
    devIssuer?.stop();
    if (issuerSql) await step('issuer store', () => issuerSql.end());
    if (embedded) await step('database', () => embedded.stop());
  };
  try {
    for (const definition of [governanceService, policyService, riskService, icvService]) {
      services.push(
        await startService(definition, {
          database,
          transport,
          issuer: issuer.issuer,
          jwksUrl,
          host: '127.0.0.1',
          port: 0,
          development: config.development,
          clock: config.clock,
          auditAnchorIntervalMs: config.auditAnchorIntervalMs,
          deferRelayStart: true,
        }),
      );
    }
    for (const s of services) s.relay.start();
    // Failed sign-ins and lockouts at the built-in issuer land in governance's hash-chained audit log,
    // under the account's party when the name is a known account (its security officer reads them).
    const governance = services.find((s) => s.name === 'governance')!.context;
    const audited = governance.unitOfWork;
    coUsersOfRegister = () => registeredCoUsers(governance.dataSource, config.clock.today());
    devIssuer?.auditSignIns((e) =>
      audited.run({ actor: 'system:issuer', party: e.party, correlationId: randomUUID() }, (tx) =>
        tx.audit(`sign-in.${e.outcome}`, `account:${e.account}`, {
          clientAddress: e.clientAddress,
          ...(e.lockedOut ? { lockedOut: e.lockedOut } : {}),
        }),
      ),
    );
    const startedGateway = await createGateway({
      subgraphUrls: Object.fromEntries(services.map((s) => [s.name, s.url])),
      issuer: issuer.issuer,
      jwksUrl,
      development: config.development,
      corsOrigins: config.corsOrigins,
      rateLimitPerMinute: config.rateLimitPerMinute,
      retryReads: config.gatewayRetry,
    });

    // Ready when every hosted service's database answers (raw SQL: a probe, no entity involved).
    for (const s of services)
      health.add(s.name, () => s.context.dataSource.query('SELECT 1').then(() => true), { readiness: true });
    const eventsSource = {
      outboxes: services.map((s) => ({ dataSource: s.context.dataSource, schema: s.name, relay: s.relay })),
      transport,
      clock: config.clock,
    };
    // Events that do not flow degrade the platform's /health; they never take readiness (HTTP 200).
    health.add('events', () => eventsHealthCheck(eventsSource), { readiness: false });
    app.get('/health/events', eventsHealthHandler(eventsSource));
    if (config.countSql) {
      // Tests only (see config): what one request cost in SQL statements, across every service.
      app.get('/__test/sql-statements/:correlationId', (req, res) => {
        res.json({ statements: sqlStatements.count(req.params.correlationId) });
      });
    }
    if (devIssuer) app.use(devIssuer.router);
    gateway = startedGateway;
    app.use(startedGateway.router);
    app.use(webRouter({ webDir: config.webDir, issuer: issuer.issuer, clientId: SHELL_CLIENT_ID }));
    health.markStarted();
  } catch (err) {
    logger.error({ err: String(err) }, 'platform failed to start');
    await stopAll();
    throw err;
  }

  return {
    url: config.publicUrl,
    issuer: issuer.issuer,
    services,
    transport,
    accounts: issuer.accounts,
    database: { embedded: !!embedded, url: embedded?.url ?? '(external)' },
    health,
    stop: stopAll,
  };
}

import { clockFromEnvironment } from '@mkib/domain-shared';
import { KafkaTransport } from '@mkib/server-messaging';
import { createLogger } from '@mkib/server-observability';
import { databaseTimeoutsFromEnvironment } from '@mkib/server-persistence';
import { ServiceDefinition, startService } from './service-host';
import { shutdownTimeoutFromEnvironment } from './http-drain';

/** Reads a required variable, or stops the process with a message that says what to set. */
export function requireEnv(name: string, example: string): string {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`${name} is not set (for example ${name}=${example}).\n`);
    process.exit(2);
  }
  return value;
}

/**
 * The composition root of one service in the distributed mode: its own process, a real PostgreSQL, Kafka
 * and an external OpenID Connect issuer (Keycloak), all from the environment.
 */
export async function startServiceFromEnvironment(definition: ServiceDefinition): Promise<void> {
  const logger = createLogger(`${definition.name}-service`);
  const timeouts = databaseTimeoutsFromEnvironment(process.env);
  const transport = new KafkaTransport({
    brokers: requireEnv('MKIB_KAFKA_BROKERS', '127.0.0.1:9092').split(','),
    clientId: `mkib-${definition.name}`,
    createTopics: process.env.MKIB_KAFKA_CREATE_TOPICS !== 'false',
    logger,
  });
  await transport.start();
  const service = await startService(definition, {
    database: { url: requireEnv('MKIB_DATABASE_URL', 'postgres://mkib@127.0.0.1:5432/mkib'), timeouts },
    transport,
    issuer: requireEnv('MKIB_OIDC_ISSUER', 'https://keycloak.example/realms/meldkamer'),
    jwksUrl: process.env.MKIB_OIDC_JWKS_URL || undefined,
    host: process.env.MKIB_HOST ?? '127.0.0.1',
    port: Number(process.env.MKIB_SERVICE_PORT ?? 0),
    development: process.env.NODE_ENV !== 'production',
    clock: clockFromEnvironment(process.env),
    auditAnchorIntervalMs: process.env.MKIB_AUDIT_ANCHOR_INTERVAL_MS
      ? Number(process.env.MKIB_AUDIT_ANCHOR_INTERVAL_MS)
      : undefined,
  });
  // The process's one line on standard output: operators and the infra tests wait for it.
  process.stdout.write(`MKIB ${definition.name} service listening on ${service.url}\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: draining requests, then events, then the database');
    // Whatever hangs, the process ends a little after the drain's own limit.
    setTimeout(() => process.exit(1), shutdownTimeoutFromEnvironment() + 10_000).unref();
    // Requests finish first; then the relay stops, the consumers leave their group, the database closes.
    await service.stop({ beforeDatabaseClose: () => transport.stop() });
    logger.info({}, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

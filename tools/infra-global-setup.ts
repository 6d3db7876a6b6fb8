// Relative imports, not aliases: Jest loads this file from a global setup, where path aliases do not apply.
import { createServer } from 'node:net';
import { freePort } from '../libs/testing/src/platform-process';

/** A free port below the ephemeral range, so no port handed out later during the run can take it. */
async function reservedPort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    const free = await new Promise<boolean>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
}
import { startKafka } from './kafka/kafka';
import { startKeycloak } from './keycloak/keycloak';

/**
 * The real servers of the infrastructure tests, started once: Keycloak (its redirect URIs name the
 * platform's port) and a Kafka broker. PostgreSQL comes from MKIB_TEST_DATABASE_URL.
 */
export default async function setup() {
  if (!process.env.MKIB_TEST_DATABASE_URL) {
    throw new Error(
      'MKIB_TEST_DATABASE_URL is not set: start PostgreSQL with tools/postgres/start.sh and set it to the URL it prints.',
    );
  }
  const [kcPort, platformPort, kafkaPort, controllerPort] = [
    await freePort(),
    await reservedPort(),
    await freePort(),
    await freePort(),
  ];
  const [kc, kafka] = await Promise.all([
    startKeycloak({ port: kcPort, publicUrl: `http://127.0.0.1:${platformPort}` }),
    startKafka({ port: kafkaPort, controllerPort }),
  ]);
  (globalThis as any).__MKIB_INFRA__ = { kc, kafka };
  process.env.MKIB_KEYCLOAK_ISSUER = kc.issuer;
  process.env.MKIB_KAFKA_BROKERS = kafka.brokers.join(',');
  process.env.MKIB_INFRA_PLATFORM_PORT = String(platformPort);
}

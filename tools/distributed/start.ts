/**
 * `npm run start:distributed`: each service and the gateway as its own process, against a real
 * PostgreSQL (MKIB_DATABASE_URL), Kafka (MKIB_KAFKA_BROKERS) and Keycloak realm (MKIB_OIDC_ISSUER).
 * See the README for starting those three on this machine.
 */
import { startDistributed } from '@mkib/testing';

const missing = ['MKIB_DATABASE_URL', 'MKIB_KAFKA_BROKERS', 'MKIB_OIDC_ISSUER'].filter(
  (v) => !process.env[v],
);
if (missing.length) {
  console.error(`Set ${missing.join(', ')} first (see README, "Distributed mode").`);
  process.exit(2);
}
startDistributed({
  databaseUrl: process.env.MKIB_DATABASE_URL!,
  brokers: process.env.MKIB_KAFKA_BROKERS!,
  issuer: process.env.MKIB_OIDC_ISSUER!,
})
  .then((d) => {
    console.log(`MKIB (distributed) GraphQL: ${d.graphqlUrl}`);
    const stop = () => void d.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });

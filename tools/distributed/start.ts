/**
 * `npm run start:distributed [-- --fresh]`: each service and the gateway as its own process, with
 * PostgreSQL, Kafka and Keycloak waited for or started (see supervisor.ts and the README, "Distributed
 * mode").
 */
import { runSupervisor } from './supervisor';

runSupervisor(process.argv.slice(2)).catch((err) => {
  console.error(`[supervisor] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});

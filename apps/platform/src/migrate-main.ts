// Runs every service's migrations against MKIB_DATABASE_URL and exits: the Helm hook Job before an
// install or upgrade (services also migrate at start; with this Job done, they find nothing to do).
import { governanceService } from '@mkib/governance-service';
import { icvService } from '@mkib/icv-service';
import { policyService } from '@mkib/policy-service';
import { riskService } from '@mkib/risk-service';
import { clockFromEnvironment } from '@mkib/domain-shared';
import { createServiceDataSource, migrate } from '@mkib/server-persistence';

async function main() {
  const url = process.env.MKIB_DATABASE_URL;
  if (!url) throw new Error('MKIB_DATABASE_URL is not set: the PostgreSQL connection URL to migrate');
  const clock = clockFromEnvironment(process.env);
  // The order services start in: governance announces the register, policy and risk follow, then icv.
  for (const definition of [governanceService, policyService, riskService, icvService]) {
    const dataSource = createServiceDataSource({
      connection: { url },
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    await dataSource.initialize();
    try {
      const applied = await migrate(dataSource, clock);
      console.log(`${definition.name}: ${applied.length ? applied.join(', ') : 'up to date'}`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((err) => {
  console.error('migrations failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});

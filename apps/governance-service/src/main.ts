// The governance service as its own process (distributed mode); configuration from the environment.
import { startServiceFromEnvironment } from '@mkib/server-runtime';
import { governanceService } from './governance.service-definition';

startServiceFromEnvironment(governanceService).catch((err) => {
  console.error('the governance service could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});

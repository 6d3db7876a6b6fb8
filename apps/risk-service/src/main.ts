// The risk service as its own process (distributed mode); configuration from the environment.
import { startServiceFromEnvironment } from '@mkib/server-runtime';
import { riskService } from './risk.service-definition';

startServiceFromEnvironment(riskService).catch((err) => {
  console.error('the risk service could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});

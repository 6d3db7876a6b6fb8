// The policy service as its own process (distributed mode); configuration from the environment.
import { startServiceFromEnvironment } from '@mkib/server-runtime';
import { policyService } from './policy.service-definition';

startServiceFromEnvironment(policyService).catch((err) => {
  console.error('the policy service could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});

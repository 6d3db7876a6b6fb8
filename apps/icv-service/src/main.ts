// The icv service as its own process (distributed mode); configuration from the environment.
import { startServiceFromEnvironment } from '@mkib/server-runtime';
import { icvService } from './icv.service-definition';

startServiceFromEnvironment(icvService).catch((err) => {
  console.error('the icv service could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});

import { policyNl } from './policy';
import { icvNl } from './icv';
import { sharedNl } from './shared';
import { governanceNl } from './governance';
import { riskNl } from './risk';

/**
 * Dutch texts of every server message key, one file per context (the server's catalogues: each
 * context's `libs/domain/<context>/src/messages.ts`). Loaded as the i18next namespace `server`.
 */
export const serverMessagesNl: Record<string, string> = {
  ...governanceNl,
  ...riskNl,
  ...sharedNl,
  ...policyNl,
  ...icvNl,
};

import { governanceNl } from './governance';
import { riskNl } from './risk';
import { sharedNl } from './shared';

/**
 * Dutch texts of every server message key, one file per context (the server's catalogues: each
 * context's `libs/domain/<context>/src/messages.ts`). Loaded as the i18next namespace `server`.
 */
export const serverMessagesNl: Record<string, string> = {
  ...sharedNl,
  ...governanceNl,
  ...riskNl,
};

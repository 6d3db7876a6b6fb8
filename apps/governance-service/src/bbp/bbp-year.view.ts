import { toIsoTimestamp } from '@mkib/domain-shared';
import { BbpYearEntity } from './bbp-year.entity';
import { bbpDates } from './bbp.service';

/** The GraphQL shape of a BBP year (its calendar, wish parties and board item are fields). */
export const toBbpYear = (b: BbpYearEntity) => ({
  id: b.id,
  year: b.year,
  policyVersion: b.policyVersion,
  state: b.state,
  ...bbpDates(b),
  paragraph: b.paragraph,
  consolidatedBy: b.consolidatedBy,
  consolidatedAt: toIsoTimestamp(b.consolidatedAt),
  boardItemId: b.boardItemId,
  openedBy: b.openedBy,
  openedAt: toIsoTimestamp(b.openedAt)!,
});
export type BbpYearView = ReturnType<typeof toBbpYear>;

import { toIsoTimestamp } from '@mkib/domain-shared';
import { AgendaItemEntity } from './agenda-item.entity';

/** The GraphQL shape of an agenda item, kept apart from the entity. */
export const toAgendaItem = (a: AgendaItemEntity) => ({
  id: a.id,
  year: a.year,
  icvId: a.icvId,
  party: a.party,
  version: a.version,
  statement: a.statement,
  scope: a.scope,
  exceptionCount: a.exceptionCount,
  exceptions: a.exceptions ?? [],
  compliance: a.compliance ?? null,
  signedBy: a.signedBy,
  submittedAt: toIsoTimestamp(a.submittedAt),
  superseded: a.superseded,
  advice: a.advice,
  advisedBy: a.advisedBy,
  advisedAt: toIsoTimestamp(a.advisedAt),
  decision: a.decision,
  decisionText: a.decisionText,
  decidedBy: a.decidedBy,
  decidedAt: toIsoTimestamp(a.decidedAt),
});
export type AgendaItemView = ReturnType<typeof toAgendaItem>;

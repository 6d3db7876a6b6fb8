import { toIsoTimestamp } from '@mkib/domain-shared';
import { AgendaException, AgendaItemEntity, progressPeriodOf } from './agenda-item.entity';

/** An exception in its GraphQL shape, from either schema version of icv.submitted. */
export const toAgendaException = (e: AgendaException) => {
  const measures = e.measures ?? [];
  const legacy =
    e.legacy ??
    (e.measures
      ? null
      : { subject: e.subject ?? '', description: e.description ?? '', improvement: e.improvement ?? '' });
  const plannedDate = e.plannedDate ?? e.dueDate ?? '';
  return {
    measures,
    explanation:
      e.explanation ??
      `${legacy!.subject}: ${legacy!.description} (verbetermaatregel: ${legacy!.improvement})`,
    plannedDate,
    subject: legacy?.subject ?? measures.map((r) => `${r.frameworkCode}:${r.identifier}`).join(', '),
    description: legacy?.description ?? e.explanation ?? '',
    improvement: legacy?.improvement ?? '',
    dueDate: plannedDate,
  };
};

/** The GraphQL shape of an ICV agenda item (kind ICV: its ICV columns are set), kept apart from the entity. */
export const toAgendaItem = (a: AgendaItemEntity) => ({
  id: a.id,
  year: a.year,
  icvId: a.icvId!,
  party: a.party,
  version: a.version!,
  statement: a.statement!,
  scope: a.scope!,
  exceptionCount: a.exceptionCount!,
  exceptions: (a.exceptions ?? []).map(toAgendaException),
  compliance: a.compliance ?? null,
  proposal: a.proposal ?? null,
  proposedStatement: a.proposal?.statement ?? null,
  deviatesFromProposal: a.proposal != null && a.proposal.statement !== a.statement,
  missingReports: a.missingReports ?? [],
  signedBy: a.signedBy!,
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

/** The GraphQL shape of an item of any kind (`BoardItem`). */
export const toBoardItem = (a: AgendaItemEntity) => ({
  id: a.id,
  kind: a.kind,
  subjectId: a.subjectId,
  title: a.title,
  party: a.party,
  year: a.year,
  submittedAt: toIsoTimestamp(a.submittedAt),
  superseded: a.superseded,
  advice: a.advice,
  advisedBy: a.advisedBy,
  advisedAt: toIsoTimestamp(a.advisedAt),
  decision: a.decision,
  decisionText: a.decisionText,
  decidedBy: a.decidedBy,
  decidedAt: toIsoTimestamp(a.decidedAt),
  /** PROGRESS_REPORTS: the period (the field `progressPeriod` resolves its roll-up). */
  periodNumber: progressPeriodOf(a)?.period ?? null,
  /** PROGRESS_REPORTS decided: the roll-up frozen at the decision. */
  frozenPeriod: progressPeriodOf(a)?.rollUp ?? null,
});
export type BoardItemView = ReturnType<typeof toBoardItem>;

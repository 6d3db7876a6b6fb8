import { randomUUID } from 'node:crypto';
import { PolicyChangeProposed } from '@mkib/contracts';
import { policyChangeItemTitle } from '@mkib/domain-governance';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { AgendaItemEntity } from './agenda-item.entity';

/**
 * A change proposal the LMS submitted goes on the boards' agenda (SK-3.1, SK-4.4): the SMB advises, the
 * BMB adopts or rejects it. The item concerns the LMS and the year of the submission; a second delivery
 * adds nothing (the event id is unique, and a proposal is on the agenda once).
 */
export function consumePolicyChangeProposed(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'governance',
    consumer: 'governance',
    contract: PolicyChangeProposed,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const items = tx.manager.getRepository(AgendaItemEntity);
      if (await items.exist({ where: { kind: 'POLICY_CHANGE', subjectId: d.proposalId } })) {
        await tx.audit('agenda-item.duplicate-ignored', d.proposalId, { eventId: event.id });
        return;
      }
      const id = randomUUID();
      const submittedAt = new Date(event.time);
      const title = policyChangeItemTitle(d);
      await items.insert({
        id,
        kind: 'POLICY_CHANGE',
        subjectId: d.proposalId,
        title,
        year: submittedAt.getUTCFullYear(),
        party: 'lms',
        submittedAt,
        sourceEventId: event.id,
        details: {
          number: d.number,
          summary: d.summary,
          triggerKind: d.triggerKind,
          baseVersion: d.baseVersion,
          carriesRequirementChanges: d.carriesRequirementChanges,
          awaitingResponse: d.awaitingResponse,
        },
      });
      await tx.audit('agenda-item.added', id, {
        kind: 'POLICY_CHANGE',
        subjectId: d.proposalId,
        party: 'lms',
        year: submittedAt.getUTCFullYear(),
        title,
        sourceEventId: event.id,
      });
    },
  });
}

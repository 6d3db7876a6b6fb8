import { FindingChanged } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { FindingViewEntity } from './finding-view.entity';

/**
 * Keeps `risk.finding_view` from `icv.finding.changed` (OPEN and AFGEROND): the latest change of a finding
 * wins, so a late redelivery of an older change does not reopen a closed finding.
 */
export function consumeFindingChanged(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'risk',
    consumer: 'risk',
    contract: FindingChanged,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const changedAt = new Date(d.changedAt);
      const repo = tx.manager.getRepository(FindingViewEntity);
      const current = await repo.findOne({
        where: { findingId: d.findingId },
        lock: { mode: 'pessimistic_write' },
      });
      if (current && current.changedAt.getTime() > changedAt.getTime()) {
        await tx.audit('finding-view.stale-ignored', d.findingId, { sourceEventId: event.id });
        return;
      }
      await repo.save({
        findingId: d.findingId,
        party: d.party,
        year: d.year,
        frameworkCode: d.frameworkCode,
        identifier: d.identifier,
        description: d.description,
        action: d.action,
        owner: d.owner,
        dueDate: d.dueDate,
        status: d.status,
        riskTreatmentId: d.riskTreatmentId,
        changedAt,
        sourceEventId: event.id,
      });
      await tx.audit('finding-view.updated', d.findingId, {
        party: d.party,
        status: d.status,
        sourceEventId: event.id,
      });
    },
  });
}

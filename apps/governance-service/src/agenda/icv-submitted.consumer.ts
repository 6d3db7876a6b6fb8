import { randomUUID } from 'node:crypto';
import { LessThan } from 'typeorm';
import { IcvSubmitted } from '@mkib/contracts';
import { icvItemTitle } from '@mkib/domain-governance';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { AgendaItemEntity } from './agenda-item.entity';

/**
 * A submitted ICV goes on the boards' agenda of its year (SK-3.5); a correction supersedes the earlier
 * version. Schema versions 1 and 2 are accepted (version 1 arrives upgraded: no proposal, free-text
 * exceptions).
 */
export function consumeIcvSubmitted(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'governance',
    consumer: 'governance',
    contract: IcvSubmitted,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const id = randomUUID();
      const items = tx.manager.getRepository(AgendaItemEntity);
      await items.update({ icvId: d.icvId, version: LessThan(d.version) }, { superseded: true });
      await items.insert({
        id,
        kind: 'ICV',
        subjectId: d.icvId,
        title: icvItemTitle(d),
        year: d.year,
        icvId: d.icvId,
        party: d.party,
        version: d.version,
        statement: d.statement,
        scope: d.scope,
        exceptionCount: d.exceptionCount,
        signedBy: d.signedBy,
        submittedAt: new Date(event.time),
        sourceEventId: event.id,
        exceptions: d.exceptions.map((e) => ({
          measures: e.measures,
          explanation: e.explanation,
          plannedDate: e.plannedDate,
          legacy: e.legacy ?? null,
        })),
        compliance: d.compliance,
        proposal: d.proposal,
        missingReports: d.missingReports,
      });
      await tx.audit('agenda-item.added', id, {
        party: d.party,
        year: d.year,
        version: d.version,
        sourceEventId: event.id,
      });
    },
  });
}

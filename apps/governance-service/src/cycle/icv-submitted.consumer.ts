import { randomUUID } from 'node:crypto';
import { IcvSubmitted } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';

/** A submitted ICV goes on the boards' agenda of its year (SK-3.5); a correction supersedes the earlier version. */
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
      await tx.manager.query(
        `UPDATE governance.agenda_item SET superseded = true WHERE icv_id = $1 AND version < $2`,
        [d.icvId, d.version],
      );
      await tx.manager.query(
        `INSERT INTO governance.agenda_item (id, year, icv_id, party, version, statement, scope, exception_count,
           signed_by, submitted_at, source_event_id, exceptions, compliance) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
        [
          id,
          d.year,
          d.icvId,
          d.party,
          d.version,
          d.statement,
          d.scope,
          d.exceptionCount,
          d.signedBy,
          new Date(event.time),
          event.id,
          JSON.stringify(d.exceptions),
          JSON.stringify(d.compliance),
        ],
      );
      await tx.audit('agenda-item.added', id, {
        party: d.party,
        year: d.year,
        version: d.version,
        sourceEventId: event.id,
      });
    },
  });
}

import { randomUUID } from 'node:crypto';
import { FacilityBbnRaised } from '@mkib/contracts';
import { bbnRaisedSignal } from '@mkib/domain-governance';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { SmbSignalEntity } from './smb-signal.entity';

/** A facility raised above BBN2 is a signal for the SMB's monitoring feed (SK-3.3, SK-4.3). */
export function consumeBbnRaised(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'governance',
    consumer: 'governance',
    contract: FacilityBbnRaised,
    logger: context.logger,
    async handle(tx, event) {
      const signal = bbnRaisedSignal(event.data);
      const id = randomUUID();
      await tx.manager.getRepository(SmbSignalEntity).insert({
        id,
        kind: signal.kind,
        subject: event.data.facilityCode,
        summary: signal.summary,
        occurredAt: new Date(event.time),
        receivedAt: tx.clock.now(),
        actor: event.actor,
        sourceEventId: event.id,
      });
      await tx.audit('smb-signal.recorded', id, {
        kind: signal.kind,
        subject: event.data.facilityCode,
        sourceEventId: event.id,
      });
    },
  });
}

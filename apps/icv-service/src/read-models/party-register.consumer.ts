import { PartyRegisterPublished } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { PartyRefRepository } from './party-ref.repository';

/** Keeps the part of governance's party register the icv context needs: kinds and who reports to whom. */
export function consumePartyRegister(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'icv',
    consumer: 'icv',
    contract: PartyRegisterPublished,
    logger: context.logger,
    async handle(tx, event) {
      await new PartyRefRepository(tx.manager).replaceAll(
        event.data.parties.map((p) => ({
          code: p.code,
          kind: p.kind,
          reportsTo: p.reportsTo,
          endsOn: p.endsOn ?? null,
        })),
      );
      await tx.audit('party-register.received', 'party-register', {
        sourceEventId: event.id,
        parties: event.data.parties.length,
      });
    },
  });
}

import { PartyRegisterPublished } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';

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
      await tx.manager.query(`DELETE FROM icv.party_ref`);
      for (const p of event.data.parties)
        await tx.manager.query(`INSERT INTO icv.party_ref (code, kind, reports_to) VALUES ($1, $2, $3)`, [
          p.code,
          p.kind,
          p.reportsTo,
        ]);
      await tx.audit('party-register.received', 'party-register', {
        sourceEventId: event.id,
        parties: event.data.parties.length,
      });
    },
  });
}

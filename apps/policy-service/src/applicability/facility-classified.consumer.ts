import { FacilityClassified } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { ApplicabilityRepository } from './applicability.repository';
import { publishApplicability } from './applicability.service';

/** Keeps each facility's BBN and hoofdgebruikers as the risk context announces them; what applies follows. */
export function consumeFacilityClassified(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'policy',
    consumer: 'policy',
    contract: FacilityClassified,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      await new ApplicabilityRepository(tx.manager).saveFacilityState(
        { code: d.facilityCode, bbn: d.bbn, usedBy: d.usedBy },
        tx.clock.now(),
      );
      await tx.audit('facility-state.received', d.facilityCode, {
        bbn: d.bbn,
        usedBy: d.usedBy,
        sourceEventId: event.id,
      });
      await publishApplicability(tx);
    },
  });
}

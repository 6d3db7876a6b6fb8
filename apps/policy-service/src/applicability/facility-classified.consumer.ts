import { FacilityClassified } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
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
      await tx.manager.query(
        `INSERT INTO policy.facility_state (code, bbn, used_by, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (code) DO UPDATE SET bbn = EXCLUDED.bbn, used_by = EXCLUDED.used_by, updated_at = now()`,
        [d.facilityCode, d.bbn, d.usedBy],
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

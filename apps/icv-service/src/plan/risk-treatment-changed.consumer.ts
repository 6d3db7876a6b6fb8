import { RiskTreatmentChanged } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { applyRiskTreatmentChanged } from './risk-treatment-view';

/**
 * A risk treatment changed (issue 17): the treatments plan lines may link follow it (risk_treatment_view).
 * Treatments finalised before the upgrade arrive through risk's announcing migration. Every event is audited.
 */
export function consumeRiskTreatmentChanged(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'icv',
    consumer: 'icv',
    contract: RiskTreatmentChanged,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const viewed = await applyRiskTreatmentChanged(tx.manager, d);
      await tx.audit('risk-treatment.received', `risk-treatment/${d.treatmentId}`, {
        sourceEventId: event.id,
        originId: d.originId,
        number: d.analysisNumber,
        version: d.analysisVersion,
        ownerParty: d.ownerParty,
        status: d.status,
        viewed,
      });
    },
  });
}

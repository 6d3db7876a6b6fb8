import { PolicyVersionAdopted } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { PlanService } from '../plan/plan.service';
import { PolicyReviewService } from './policy-review.service';

/**
 * The BMB adopted a new policy version (SK-3.1): every open self-assessment of the parties that give an
 * ICV is marked "policy changed: review", and every plan keeper gets a plan for the version that must be
 * brought up to date (BIJWERKEN_VEREIST, issue 17). A redelivery or an older version changes nothing.
 */
export function consumePolicyVersionAdopted(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'icv',
    consumer: 'icv',
    contract: PolicyVersionAdopted,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const marked = await PolicyReviewService.markOpenAssessments(tx.manager, {
        version: d.version,
        adoptedAt: new Date(d.adoptedAt),
      });
      const plansOpened = await PlanService.openForAdoptedVersion(tx, {
        version: d.version,
        previousVersion: d.previousVersion,
        adoptedAt: new Date(d.adoptedAt),
      });
      await tx.audit('policy-version.received', `policy-version/${d.version}`, {
        sourceEventId: event.id,
        version: d.version,
        proposalId: d.proposalId,
        marked,
        plansOpened,
      });
    },
  });
}

import { ApplicabilityChanged } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { ApplicableMeasureRepository } from './applicable-measure.repository';

/** Keeps the measures that apply to each party, as the policy context publishes them (SK-2.2b). */
export function consumeApplicability(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'icv',
    consumer: 'icv',
    contract: ApplicabilityChanged,
    logger: context.logger,
    async handle(tx, event) {
      const { party, profileVersion, measures } = event.data;
      await new ApplicableMeasureRepository(tx.manager).replace(
        party,
        profileVersion,
        measures,
        tx.clock.now(),
      );
      await tx.audit('applicability.received', party, {
        profileVersion,
        measures: measures.length,
        sourceEventId: event.id,
      });
    },
  });
}

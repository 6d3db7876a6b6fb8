import { EvaluationRecorded } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { EvaluationRefEntity } from './evaluation-ref.entity';

/**
 * An evaluation audit of the Minister was started, recorded or completed (SK-6): policy keeps it as a
 * record a change proposal may name as its trigger. A completed one stays completed whatever arrives late.
 */
export function consumeEvaluationRecorded(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'policy',
    consumer: 'policy',
    contract: EvaluationRecorded,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const refs = tx.manager.getRepository(EvaluationRefEntity);
      const existing = await refs.findOne({
        where: { id: d.evaluationId },
        lock: { mode: 'pessimistic_write' },
      });
      const late = existing?.state === 'AFGEROND' && d.state !== 'AFGEROND';
      if (!late)
        await refs.upsert(
          {
            id: d.evaluationId,
            kind: d.kind,
            title: d.title,
            state: d.state,
            periodFrom: d.periodFrom,
            periodTo: d.periodTo,
            completedOn: d.completedOn,
            receivedAt: tx.clock.now(),
          },
          ['id'],
        );
      await tx.audit('evaluation.received', d.evaluationId, {
        sourceEventId: event.id,
        kind: d.kind,
        title: d.title,
        state: d.state,
        periodFrom: d.periodFrom,
        periodTo: d.periodTo,
        completedOn: d.completedOn,
        ignoredAsLate: late,
      });
    },
  });
}

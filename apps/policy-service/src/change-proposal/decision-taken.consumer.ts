import {
  DecisionTaken,
  EventValidationError,
  parseEnvelope,
  EventEnvelope,
  DecisionTakenData,
} from '@mkib/contracts';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Clock } from '@mkib/domain-shared';
import { PoisonMessageError, UnitOfWork } from '@mkib/server-messaging';
import { quoteSchema } from '@mkib/server-persistence';
import type { ServiceContext } from '@mkib/server-runtime';
import { BoardDecisionEntity } from './change-proposal.entities';
import type { ChangeProposalService } from './change-proposal.service';

const CONSUMER = 'policy';

/**
 * The BMB's decisions (`governance.decision.taken`): every one is kept as a record a proposal may name as
 * its trigger (an ICV outcome, an instruction); a decision on a policy change proposal adopts or rejects
 * it. As `consumeEvent` (validated at the edge, the event id in the inbox in the same transaction as the
 * effect, so a redelivery has no second effect), but acting as the BMB member who decided: the audit
 * entries and the rows the adoption writes name them.
 */
export async function consumeDecisionTaken(
  context: ServiceContext,
  proposals: () => ChangeProposalService,
): Promise<void> {
  const { transport, unitOfWork, logger } = context;
  await transport.subscribe({
    topic: DecisionTaken.topic,
    group: `mkib-${CONSUMER}`,
    handle: async (message) => {
      const type = (message.value as { type?: unknown } | null)?.type;
      if (type !== DecisionTaken.type) return;
      let event: EventEnvelope<DecisionTakenData>;
      try {
        event = parseEnvelope(DecisionTaken, message.value);
      } catch (err) {
        if (err instanceof EventValidationError) throw new PoisonMessageError(err.message, message);
        throw err;
      }
      const d = event.data;
      const outcome = await unitOfWork.run(
        { actor: d.decidedBy, party: event.partyId ?? 'bmb', correlationId: event.correlationId },
        async (tx) => {
          const inserted: unknown[] = await tx.manager.query(
            `INSERT INTO ${quoteSchema('policy')}.inbox (consumer, event_id, event_type) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING event_id`,
            [CONSUMER, event.id, event.type],
          );
          if (inserted.length === 0) {
            await tx.audit('event.duplicate-ignored', event.subject, { eventId: event.id, type: event.type });
            return 'DUPLICATE';
          }
          const row: BoardDecisionEntity = {
            agendaItemId: d.agendaItemId,
            kind: d.kind,
            subjectId: d.subjectId,
            party: d.party,
            year: d.year,
            title: d.title,
            decision: d.decision,
            decidedAt: new Date(d.decidedAt),
            instructionId: d.instructionId,
            instructionDescription: d.instructionDescription,
          };
          await tx.manager.getRepository(BoardDecisionEntity).upsert(row, ['agendaItemId']);
          await tx.audit('board-decision.recorded', d.agendaItemId, {
            kind: d.kind,
            subjectId: d.subjectId,
            party: d.party,
            year: d.year,
            decision: d.decision,
            instructionId: d.instructionId,
            sourceEventId: event.id,
          });
          if (d.kind !== 'POLICY_CHANGE') return 'RECORDED';
          return proposals().decide(tx, d, (msg, details) =>
            logger.warn({ ...details, eventId: event.id }, msg),
          );
        },
      );
      logger.info(
        { eventId: event.id, type: event.type, correlationId: event.correlationId, outcome },
        'event consumed',
      );
    },
  });
}

/**
 * The consumer runs outside the Nest container (subscriptions get the service context): this builds the
 * procedure's service and what it needs from their constructors' parameter types, over the context's
 * clock, data source and unit of work (the same instances the container holds).
 */
export function changeProposalServiceFor(
  context: ServiceContext,
  root: new (...args: never[]) => ChangeProposalService,
): ChangeProposalService {
  const made = new Map<unknown, unknown>([
    [Clock, context.clock],
    [DataSource, context.dataSource],
    [UnitOfWork, context.unitOfWork],
  ]);
  const make = (type: new (...args: unknown[]) => unknown): unknown => {
    if (made.has(type)) return made.get(type);
    const params: (new (...args: unknown[]) => unknown)[] =
      Reflect.getMetadata('design:paramtypes', type) ?? [];
    const instance = new type(...params.map(make));
    made.set(type, instance);
    return instance;
  };
  return make(root as unknown as new (...args: unknown[]) => unknown) as ChangeProposalService;
}

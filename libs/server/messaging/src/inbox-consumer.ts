import { EventContract, EventEnvelope, EventValidationError, parseEnvelope } from '@mkib/contracts';
import { quoteSchema } from '@mkib/server-persistence';
import type { EventTransport, TransportMessage } from './transport';
import type { Transaction, UnitOfWork } from './unit-of-work';

// raw SQL (platform table): every service has its own `inbox` in its own schema, named at run time;
// TypeORM entities are bound to one schema when declared. ON CONFLICT DO NOTHING RETURNING is the test.

export interface ConsumerLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** Thrown for a message that can never be handled (it does not parse): retrying will not help. */
export class PoisonMessageError extends Error {
  constructor(
    message: string,
    readonly original: TransportMessage,
  ) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}

/**
 * Subscribes a handler for one event type. The message is validated at the edge before any effect; the
 * event id goes into the inbox in the same transaction as the effect, so a redelivered event has no
 * second effect.
 */
export async function consumeEvent<T>(params: {
  transport: EventTransport;
  unitOfWork: UnitOfWork;
  schema: string;
  /** The consuming service, e.g. `governance`; also the consumer group. */
  consumer: string;
  contract: EventContract<T>;
  logger: ConsumerLogger;
  handle(tx: Transaction, event: EventEnvelope<T>): Promise<void>;
}): Promise<void> {
  const { transport, unitOfWork, schema, consumer, contract, logger, handle } = params;
  await transport.subscribe({
    topic: contract.topic,
    group: `mkib-${consumer}`,
    handle: async (message) => {
      const type = (message.value as { type?: unknown } | null)?.type;
      if (type !== contract.type) return; // another event on the same topic, for another handler
      let event: EventEnvelope<T>;
      try {
        event = parseEnvelope(contract, message.value);
      } catch (err) {
        if (err instanceof EventValidationError) throw new PoisonMessageError(err.message, message);
        throw err;
      }
      const handled = await unitOfWork.run(
        { actor: `system:${consumer}`, party: null, correlationId: event.correlationId },
        async (tx) => {
          const inserted: unknown[] = await tx.manager.query(
            `INSERT INTO ${quoteSchema(schema)}.inbox (consumer, event_id, event_type) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING event_id`,
            [consumer, event.id, event.type],
          );
          if (inserted.length === 0) {
            await tx.audit('event.duplicate-ignored', event.subject, { eventId: event.id, type: event.type });
            return false;
          }
          await handle(tx, event);
          return true;
        },
      );
      logger.info(
        { eventId: event.id, type: event.type, correlationId: event.correlationId, handled },
        'event consumed',
      );
    },
  });
}

import type { DataSource, EntityManager } from 'typeorm';
import { createEnvelope, EventContract, EventEnvelope } from '@mkib/contracts';
import { Clock, SystemClock } from '@mkib/domain-shared';
import { appendAudit, quoteSchema } from '@mkib/server-persistence';
import { IdempotencyKeys, IdempotentRequest, idempotencyWindowFromEnvironment } from './idempotency';

// raw SQL (platform table): the outbox lives in each service's own schema, named at run time.

/** Who is acting: from the verified token, or `system:<component>` for event handlers. */
export interface ActingContext {
  actor: string;
  party: string | null;
  correlationId: string;
  /**
   * A mutation sent with an idempotency key: the first unit of work of the call claims the key, and a
   * retry gets that unit's result again without running it (idempotency.ts).
   */
  idempotency?: IdempotentRequest;
}

/** A row of the audit chain by its place and hash: what an anchor holds. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export interface Transaction {
  manager: EntityManager;
  /** The service's clock: "now" for what the work records. */
  clock: Clock;
  /** Records the change in the service's hash-chained audit log. */
  audit(action: string, subject: string, details: Record<string, unknown>): Promise<void>;
  /** As `audit`, and gives the new row's place and hash (the chain's new head, for anchoring). */
  auditHead(action: string, subject: string, details: Record<string, unknown>): Promise<AuditHead>;
  /** Writes an event to the outbox; it is published only if the transaction commits. */
  emit<T>(contract: EventContract<T>, subject: string, data: T): Promise<EventEnvelope<T>>;
}

/**
 * The one way a service changes state: the change, its audit entry and its events commit together or not
 * at all. A mutation that throws leaves no row, no audit entry and no event.
 */
export class UnitOfWork {
  private readonly afterCommit: Array<() => void> = [];
  private readonly idempotencyKeys: IdempotencyKeys;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    /** Stamps the audit entries and events: the service's one clock. */
    readonly clock: Clock = new SystemClock(),
    /** How long an idempotency key's result is replayed (MKIB_IDEMPOTENCY_WINDOW_HOURS, default 24 h). */
    idempotencyWindowMs: number = idempotencyWindowFromEnvironment(),
  ) {
    this.idempotencyKeys = new IdempotencyKeys(schema, idempotencyWindowMs);
  }

  /** The outbox relay registers here to publish right after a commit that wrote events. */
  onEventsCommitted(listener: () => void): void {
    this.afterCommit.push(listener);
  }

  /**
   * Runs `work` in one transaction. With an idempotency key (`ctx.idempotency`), the key is claimed
   * first: a key used before gives the stored result and `work` does not run (no write, audit entry or
   * event); else the result is stored with the key in this transaction. A failure stores nothing.
   */
  async run<R>(ctx: ActingContext, work: (tx: Transaction) => Promise<R>): Promise<R> {
    let emitted = 0;
    let audited = 0;
    const keyed = ctx.idempotency && !ctx.idempotency.settled ? ctx.idempotency : undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      if (keyed) {
        const stored = await this.idempotencyKeys.claim(manager, keyed, this.clock.now());
        if (stored) return stored.replay as R;
      }
      const tx: Transaction = {
        manager,
        clock: this.clock,
        audit: async (action, subject, details) => {
          await tx.auditHead(action, subject, details);
        },
        auditHead: async (action, subject, details) => {
          const row = await appendAudit(
            manager,
            this.schema,
            {
              actor: ctx.actor,
              party: ctx.party,
              action,
              subject,
              correlationId: ctx.correlationId,
              details,
            },
            this.clock.now(),
          );
          audited++;
          return { seq: row.seq, hash: row.hash };
        },
        emit: async (contract, subject, data) => {
          const envelope = createEnvelope(
            contract,
            { subject, partyId: ctx.party, actor: ctx.actor, correlationId: ctx.correlationId },
            data,
            this.clock.now(),
          );
          await manager.query(
            `INSERT INTO ${quoteSchema(this.schema)}.outbox (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4)`,
            [envelope.id, contract.topic, subject, JSON.stringify(envelope)],
          );
          emitted++;
          return envelope;
        },
      };
      const value = await work(tx);
      if (audited === 0) {
        // Every change lands in the audit log: a unit of work that audits nothing is a programming error.
        throw new Error('a unit of work must record at least one audit entry');
      }
      if (keyed) await this.idempotencyKeys.store(manager, keyed, value);
      return value;
    });
    if (emitted > 0) for (const listener of this.afterCommit) listener();
    if (keyed) {
      keyed.settled = true;
      await this.idempotencyKeys.cleanUp(this.dataSource.manager, this.clock.now());
    }
    return result;
  }
}

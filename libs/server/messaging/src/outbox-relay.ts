import type { DataSource } from 'typeorm';
import { quoteSchema } from '@mkib/server-persistence';
import { FlowError, flowError } from './event-flow-status';
import type { EventTransport } from './transport';

// raw SQL (platform table): every service has its own `outbox` in its own schema, named at run time;
// TypeORM entities are bound to one schema when declared.

export interface RelayLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Publishes committed outbox rows in commit order, then marks them published. It never holds a database
 * connection while publishing: with the in-process transport the consumer needs one to handle the event.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly transport: EventTransport,
    private readonly logger: RelayLogger,
    private readonly options: { pollMs?: number; batchSize?: number; maxBackoffMs?: number } = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Called after a commit that wrote events: publish now rather than at the next poll. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** Publishes everything pending; resolves when the outbox is empty or publishing failed. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.publishBatch();
      total += n;
      if (n === 0) return total;
    }
  }

  private failures = 0;
  private error: FlowError | null = null;

  /** The last publish error, until a publish succeeds again (for the events status). */
  get lastError(): FlowError | null {
    return this.error;
  }

  /**
   * Marks the rows published in the last `seconds` as unpublished again and publishes them: the broker
   * lost them (its topics vanished). Consumers' inboxes ignore the ones they had already handled.
   */
  async republishRecent(seconds: number): Promise<number> {
    const s = quoteSchema(this.schema);
    // published_at is the database's technical time: compare it with the database's now().
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE ${s}.outbox SET published_at = NULL
        WHERE published_at IS NOT NULL AND published_at > now() - make_interval(secs => $1) RETURNING seq`,
      [seconds],
    );
    this.logger.warn(
      { schema: this.schema, events: rows.length, seconds },
      'outbox relay: the broker lost its topics; publishing recent events again',
    );
    this.nudge();
    return rows.length;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.drain()
        .then(() => {
          this.failures = 0;
          this.error = null;
        })
        .catch((err) => {
          this.failures++;
          this.error = flowError(err);
          this.logger.warn(
            { err: String(err), schema: this.schema, failures: this.failures },
            'outbox relay: publish failed, will retry',
          );
        })
        .finally(() => {
          this.running = null;
          const backoff = Math.min(
            this.options.maxBackoffMs ?? 10_000,
            200 * 2 ** Math.min(this.failures, 6),
          );
          const next =
            this.again && this.failures === 0 ? 0 : this.failures ? backoff : (this.options.pollMs ?? 1000);
          this.again = false;
          this.schedule(next);
        });
    }, ms);
    this.timer.unref?.();
  }

  private async publishBatch(): Promise<number> {
    const s = quoteSchema(this.schema);
    const rows: { seq: string; topic: string; message_key: string; envelope: unknown }[] =
      await this.dataSource.query(
        `SELECT seq, topic, message_key, envelope FROM ${s}.outbox WHERE published_at IS NULL ORDER BY seq LIMIT $1`,
        [this.options.batchSize ?? 100],
      );
    if (rows.length === 0) return 0;
    try {
      await this.transport.publish(
        rows.map((r) => ({ topic: r.topic, key: r.message_key, value: r.envelope })),
      );
    } catch (err) {
      await this.dataSource.query(
        `UPDATE ${s}.outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = $1`,
        [rows[0].seq, String(err).slice(0, 2000)],
      );
      throw err;
    }
    // published_at is technical time (when the relay sent it), not business time: the database's now() is right.
    await this.dataSource.query(
      `UPDATE ${s}.outbox SET published_at = now(), last_error = NULL WHERE seq = ANY($1::bigint[])`,
      [rows.map((r) => r.seq)],
    );
    return rows.length;
  }
}

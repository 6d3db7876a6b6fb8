import type { EntityManager } from 'typeorm';
import { shared } from '@mkib/domain-shared';
import { quoteSchema } from '@mkib/server-persistence';

// raw SQL (platform table): the idempotency keys live in each service's own schema, named at run time.

/**
 * A mutation sent with an idempotency key (issue 14, §3), as the GraphQL layer hands it to the unit of
 * work: who sent it, which mutation field, the key and a hash of the field's arguments.
 */
export interface IdempotentRequest {
  /** The caller: `<party>/<actor>`. One caller's keys never meet another's. */
  scope: string;
  /** The mutation field, e.g. `classifyFacility`. */
  operation: string;
  key: string;
  /** SHA-256 (hex) of the field's arguments: the same key with other arguments is a CONFLICT. */
  requestHash: string;
  /** Set once a unit of work committed under the key: later units of work of the same call run plainly. */
  settled?: boolean;
}

/** The default window in which a key's result is replayed: 24 hours. */
export const DEFAULT_IDEMPOTENCY_WINDOW_HOURS = 24;

/** MKIB_IDEMPOTENCY_WINDOW_HOURS as milliseconds; a mistyped setting stops the start. */
export function idempotencyWindowFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MKIB_IDEMPOTENCY_WINDOW_HOURS;
  if (raw === undefined || raw === '') return DEFAULT_IDEMPOTENCY_WINDOW_HOURS * 3_600_000;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 366)
    throw new Error(`MKIB_IDEMPOTENCY_WINDOW_HOURS must be a number of hours above 0, not ${raw}`);
  return hours * 3_600_000;
}

const TAG = {
  date: '$mkib:date',
  buffer: '$mkib:buffer',
  map: '$mkib:map',
  set: '$mkib:set',
  undefined: '$mkib:undefined',
} as const;

/**
 * A unit of work's result as text, such that `decodeResult` gives back an equal value: dates stay dates
 * (GraphQL then serialises a replay exactly like the first answer), and so do buffers, maps and sets.
 * Class instances come back as plain objects with the same own fields.
 */
export function encodeResult(value: unknown): string {
  return JSON.stringify({ v: value }, function (this: Record<string, unknown>, key, converted) {
    const original = this[key];
    if (original instanceof Date)
      return { [TAG.date]: Number.isNaN(original.getTime()) ? null : original.toISOString() };
    if (Buffer.isBuffer(original)) return { [TAG.buffer]: original.toString('base64') };
    if (original instanceof Map) return { [TAG.map]: [...original.entries()] };
    if (original instanceof Set) return { [TAG.set]: [...original.values()] };
    return converted;
  });
}

export function decodeResult(text: string): unknown {
  return (
    JSON.parse(text, (_key, value: unknown) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const keys = Object.keys(value);
      if (keys.length !== 1) return value;
      const tagged = (value as Record<string, unknown>)[keys[0]];
      switch (keys[0]) {
        case TAG.date:
          return tagged === null ? new Date(NaN) : new Date(tagged as string);
        case TAG.buffer:
          return Buffer.from(tagged as string, 'base64');
        case TAG.map:
          return new Map(tagged as [unknown, unknown][]);
        case TAG.set:
          return new Set(tagged as unknown[]);
        default:
          return value;
      }
    }) as { v: unknown }
  ).v;
}

/** The idempotency table of one service: claims a key in a transaction, and stores its result there. */
export class IdempotencyKeys {
  private lastCleanup = 0;

  constructor(
    private readonly schema: string,
    /** How long a key's result is replayed, in milliseconds. */
    readonly windowMs: number,
  ) {}

  private get table() {
    return `${quoteSchema(this.schema)}.idempotency_key`;
  }

  /**
   * Claims the key inside the transaction, before the work runs. Gives `{ replay }` with the stored
   * result when the key was used before (within the window, for the same request), or `undefined` when
   * this transaction owns the key now: its row is locked until the transaction ends, so a concurrent
   * call with the same key waits here and then reads this one's result (or, after a rollback, claims
   * the key itself). A key used for another request is a CONFLICT.
   */
  async claim(
    manager: EntityManager,
    request: IdempotentRequest,
    now: Date,
  ): Promise<{ replay: unknown } | undefined> {
    const pk = [request.scope, request.operation, request.key];
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO ${this.table} (scope, operation, idempotency_key, request_hash, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING scope`,
        [...pk, request.requestHash, now],
      );
      if (inserted.length) return undefined;
      const [row]: { request_hash: string; result: string | null; created_at: Date }[] = await manager.query(
        `SELECT request_hash, result, created_at FROM ${this.table}
         WHERE scope = $1 AND operation = $2 AND idempotency_key = $3`,
        pk,
      );
      if (!row) continue; // removed (expired) between the two statements: claim again
      if (new Date(row.created_at).getTime() <= now.getTime() - this.windowMs) {
        // Past the window: the key is free again. The DELETE locks the row, so one caller takes it over.
        await manager.query(
          `DELETE FROM ${this.table} WHERE scope = $1 AND operation = $2 AND idempotency_key = $3 AND created_at = $4`,
          [...pk, row.created_at],
        );
        continue;
      }
      if (row.request_hash !== request.requestHash) throw shared.conflict('idempotency.keyReused');
      if (row.result === null) throw new Error('an idempotency key was stored without its result');
      return { replay: decodeResult(row.result) };
    }
    throw new Error('could not claim an idempotency key');
  }

  /** Stores the result with the claimed key, in the transaction that made the effect. */
  async store(manager: EntityManager, request: IdempotentRequest, result: unknown): Promise<void> {
    await manager.query(
      `UPDATE ${this.table} SET result = $4 WHERE scope = $1 AND operation = $2 AND idempotency_key = $3`,
      [request.scope, request.operation, request.key, encodeResult(result)],
    );
  }

  /**
   * Removes keys past the window, at most once an hour (by the service clock) and only after a keyed
   * write: its own statement after the commit, so the cleanup never makes a mutation fail.
   */
  async cleanUp(manager: EntityManager, now: Date): Promise<void> {
    if (now.getTime() - this.lastCleanup < 3_600_000 && this.lastCleanup <= now.getTime()) return;
    this.lastCleanup = now.getTime();
    await manager
      .query(`DELETE FROM ${this.table} WHERE created_at < $1`, [new Date(now.getTime() - this.windowMs)])
      .catch(() => undefined);
  }
}

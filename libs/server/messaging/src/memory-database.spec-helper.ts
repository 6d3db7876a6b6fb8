import type { DataSource, EntityManager } from 'typeorm';

/**
 * A stand-in for the few tables the messaging library writes (audit_log, outbox, inbox), for unit tests
 * of its orchestration: what is written, in which order, and that a failed transaction leaves nothing.
 * The SQL itself is tested against a real PostgreSQL by the integration tests.
 */
export class MemoryDatabase {
  audit: { seq: number; action: string; subject: string; hash: string }[] = [];
  outbox: {
    seq: number;
    topic: string;
    message_key: string;
    envelope: unknown;
    published_at: string | null;
    attempts: number;
    last_error: string | null;
  }[] = [];
  inbox = new Set<string>();
  idempotencyKeys = new Map<string, { request_hash: string; result: string | null; created_at: Date }>();
  statements: string[] = [];

  readonly manager = { query: (sql: string, params: unknown[] = []) => this.query(sql, params) };

  query(sql: string, params: unknown[] = []): Promise<any[]> {
    const s = sql.replace(/\s+/g, ' ').trim();
    this.statements.push(s);
    if (s.startsWith('LOCK TABLE')) return Promise.resolve([]);
    if (/^SELECT seq, hash FROM \S+\.audit_log/.test(s)) {
      const last = this.audit.at(-1);
      return Promise.resolve(last ? [{ seq: String(last.seq), hash: last.hash }] : []);
    }
    if (/^INSERT INTO \S+\.audit_log/.test(s)) {
      this.audit.push({
        seq: params[0] as number,
        action: params[4] as string,
        subject: params[5] as string,
        hash: params[9] as string,
      });
      return Promise.resolve([]);
    }
    if (/^INSERT INTO \S+\.outbox/.test(s)) {
      this.outbox.push({
        seq: this.outbox.length + 1,
        topic: params[1] as string,
        message_key: params[2] as string,
        envelope: JSON.parse(params[3] as string),
        published_at: null,
        attempts: 0,
        last_error: null,
      });
      return Promise.resolve([]);
    }
    if (/^SELECT seq, topic, message_key, envelope FROM \S+\.outbox WHERE published_at IS NULL/.test(s)) {
      const limit = params[0] as number;
      return Promise.resolve(
        this.outbox
          .filter((r) => !r.published_at)
          .slice(0, limit)
          .map((r) => ({ ...r, seq: String(r.seq) })),
      );
    }
    if (/^UPDATE \S+\.outbox SET attempts/.test(s)) {
      const row = this.outbox.find((r) => String(r.seq) === String(params[0]))!;
      row.attempts++;
      row.last_error = params[1] as string;
      return Promise.resolve([]);
    }
    if (/^UPDATE \S+\.outbox SET published_at/.test(s)) {
      const seqs = (params[0] as string[]).map(String);
      for (const r of this.outbox)
        if (seqs.includes(String(r.seq))) r.published_at = new Date(0).toISOString();
      return Promise.resolve([]);
    }
    if (/^INSERT INTO \S+\.inbox/.test(s)) {
      const key = `${params[0]}/${params[1]}`;
      if (this.inbox.has(key)) return Promise.resolve([]);
      this.inbox.add(key);
      return Promise.resolve([{ event_id: params[1] }]);
    }
    if (/^INSERT INTO \S+\.idempotency_key/.test(s)) {
      const key = params.slice(0, 3).join('/');
      if (this.idempotencyKeys.has(key)) return Promise.resolve([]);
      this.idempotencyKeys.set(key, {
        request_hash: params[3] as string,
        result: null,
        created_at: params[4] as Date,
      });
      return Promise.resolve([{ scope: params[0] }]);
    }
    if (/^SELECT request_hash, result, created_at FROM \S+\.idempotency_key/.test(s)) {
      const row = this.idempotencyKeys.get(params.slice(0, 3).join('/'));
      return Promise.resolve(row ? [{ ...row }] : []);
    }
    if (/^UPDATE \S+\.idempotency_key SET result/.test(s)) {
      this.idempotencyKeys.get(params.slice(0, 3).join('/'))!.result = params[3] as string;
      return Promise.resolve([]);
    }
    if (/^DELETE FROM \S+\.idempotency_key WHERE scope/.test(s)) {
      this.idempotencyKeys.delete(params.slice(0, 3).join('/'));
      return Promise.resolve([[], 1]);
    }
    if (/^DELETE FROM \S+\.idempotency_key WHERE created_at </.test(s)) {
      for (const [k, row] of this.idempotencyKeys)
        if (row.created_at < (params[0] as Date)) this.idempotencyKeys.delete(k);
      return Promise.resolve([[], 0]);
    }
    throw new Error(`MemoryDatabase does not know: ${s}`);
  }

  /** A transaction: on failure every table is as it was before. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const before = {
      audit: [...this.audit],
      outbox: this.outbox.map((r) => ({ ...r })),
      inbox: new Set(this.inbox),
      idempotencyKeys: new Map([...this.idempotencyKeys].map(([k, v]) => [k, { ...v }])),
    };
    try {
      return await work(this.manager as unknown as EntityManager);
    } catch (err) {
      Object.assign(this, before);
      throw err;
    }
  }

  asDataSource(): DataSource {
    return this as unknown as DataSource;
  }
}

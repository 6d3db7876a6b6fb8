import type { DataSource } from 'typeorm';
import type { UnitOfWork } from '@mkib/server-messaging';
import { anchorAuditLog, startAuditAnchoring } from './audit-anchor';
import type { ServiceContext } from './service-host';

/** A service whose log has a last anchor at row 4 and `fresh` rows of other kinds after it. */
function fakeService(fresh: number) {
  const emitted: { type: string; data: any }[] = [];
  const audited: { action: string; details: any }[] = [];
  const dataSource = {
    query: async (sql: string) => {
      if (/^LOCK TABLE/.test(sql)) return [];
      if (/WHERE action = \$1/.test(sql)) return [{ seq: '4', hash: 'a'.repeat(64) }];
      if (/count\(\*\)/.test(sql)) return [{ n: String(fresh) }];
      throw new Error(`unexpected ${sql}`);
    },
  } as unknown as DataSource;
  const unitOfWork = {
    run: async (_acting: unknown, work: (tx: any) => Promise<unknown>) =>
      work({
        // The transaction's manager reads the same log, under the table lock.
        manager: dataSource,
        auditHead: async (action: string, _subject: string, details: unknown) => {
          audited.push({ action, details });
          return { seq: 9, hash: 'b'.repeat(64) };
        },
        emit: async (contract: { type: string }, _subject: string, data: unknown) => {
          emitted.push({ type: contract.type, data });
          return { time: new Date().toISOString() };
        },
      }),
  } as unknown as UnitOfWork;
  return { dataSource, unitOfWork, emitted, audited };
}
const acting = { actor: 'system:risk', party: null, correlationId: 'c' };

describe('anchoring an audit chain', () => {
  it('appends an audit.anchored row and announces it with the head anchored before', async () => {
    const s = fakeService(2);
    const anchored = await anchorAuditLog(s, 'risk', 'INTERVAL', acting);
    expect(s.audited).toEqual([
      {
        action: 'audit.anchored',
        details: { trigger: 'INTERVAL', previousSeq: 4, previousHash: 'a'.repeat(64) },
      },
    ]);
    expect(s.emitted).toEqual([
      {
        type: 'risk.audit.anchored',
        data: {
          service: 'risk',
          seq: 9,
          hash: 'b'.repeat(64),
          previousSeq: 4,
          previousHash: 'a'.repeat(64),
          trigger: 'INTERVAL',
        },
      },
    ]);
    expect(anchored).toEqual(expect.objectContaining({ seq: 9, anchoredAt: expect.any(String) }));
  });

  it('skips the interval when only received anchors came after its last anchor, never a request', async () => {
    const s = fakeService(0);
    expect(await anchorAuditLog(s, 'policy', 'INTERVAL', acting)).toBeNull();
    expect(s.emitted).toEqual([]);
    await anchorAuditLog(s, 'policy', 'REQUEST', acting);
    expect(s.emitted.map((e) => e.type)).toEqual(['policy.audit.anchored']);
  });

  it('anchors on an unref’d interval that stops, and not at all with interval 0', async () => {
    jest.useFakeTimers();
    try {
      const s = fakeService(1);
      const context = { ...s, logger: { warn: jest.fn() } } as unknown as ServiceContext;
      const stop = startAuditAnchoring(context, 'icv', 60_000);
      await jest.advanceTimersByTimeAsync(60_000);
      expect(s.emitted).toHaveLength(1);
      stop();
      await jest.advanceTimersByTimeAsync(180_000);
      expect(s.emitted).toHaveLength(1);
      const none = startAuditAnchoring(context, 'icv', 0);
      await jest.advanceTimersByTimeAsync(180_000);
      expect(s.emitted).toHaveLength(1);
      none();
    } finally {
      jest.useRealTimers();
    }
  });
});

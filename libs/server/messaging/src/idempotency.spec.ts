import { FacilityBbnRaised } from '@mkib/contracts';
import { FixedClock, isDomainError } from '@mkib/domain-shared';
import {
  decodeResult,
  encodeResult,
  IdempotentRequest,
  idempotencyWindowFromEnvironment,
} from './idempotency';
import { MemoryDatabase } from './memory-database.spec-helper';
import { ActingContext, UnitOfWork } from './unit-of-work';

const HOUR = 3_600_000;
const raised = {
  facilityCode: 'GMS',
  previousBbn: 2,
  newBbn: 3,
  supplementaryAnalysisRequired: true as const,
  reviewDue: new Date(HOUR * 24 * 365 * 60).toISOString().slice(0, 10),
};
const keyed = (over: Partial<IdempotentRequest> = {}): ActingContext => ({
  actor: 'lms-operator@lms',
  party: 'lms',
  correlationId: 'corr-1',
  idempotency: {
    scope: 'lms/lms-operator@lms',
    operation: 'classifyFacility',
    key: 'key-0001',
    requestHash: 'a'.repeat(64),
    ...over,
  },
});

describe('the idempotency result encoding', () => {
  it('gives back dates, buffers, maps, sets and nested values as they were', () => {
    const value = {
      at: new Date('2030-02-03T04:05:06.789Z'),
      list: [{ due: new Date(0), n: 1, s: 'x', none: null }],
      bytes: Buffer.from('inhoud'),
      map: new Map([['a', new Date(5)]]),
      set: new Set([1, 2]),
      bad: new Date(NaN),
    };
    const back = decodeResult(encodeResult(value)) as typeof value;
    expect(back.at).toEqual(value.at);
    expect(back.list).toEqual(value.list);
    expect(back.bytes.equals(value.bytes)).toBe(true);
    expect(back.map.get('a')).toEqual(new Date(5));
    expect([...back.set]).toEqual([1, 2]);
    expect(Number.isNaN(back.bad.getTime())).toBe(true);
  });

  it('keeps undefined, null, scalars and class instances (as their own fields)', () => {
    class Entity {
      code = 'GMS';
      get label() {
        return 'not kept';
      }
    }
    expect(decodeResult(encodeResult(undefined))).toBeUndefined();
    expect(decodeResult(encodeResult(null))).toBeNull();
    expect(decodeResult(encodeResult('text'))).toBe('text');
    expect(decodeResult(encodeResult(new Entity()))).toEqual({ code: 'GMS' });
  });
});

describe('MKIB_IDEMPOTENCY_WINDOW_HOURS', () => {
  it('defaults to 24 hours and takes a positive number of hours', () => {
    expect(idempotencyWindowFromEnvironment({})).toBe(24 * HOUR);
    expect(idempotencyWindowFromEnvironment({ MKIB_IDEMPOTENCY_WINDOW_HOURS: '0.5' })).toBe(HOUR / 2);
  });

  it.each(['0', '-1', 'day', '100000'])('refuses %p', (raw) => {
    expect(() => idempotencyWindowFromEnvironment({ MKIB_IDEMPOTENCY_WINDOW_HOURS: raw })).toThrow(
      /MKIB_IDEMPOTENCY_WINDOW_HOURS/,
    );
  });
});

describe('UnitOfWork with an idempotency key', () => {
  const setup = (windowHours = 24) => {
    const db = new MemoryDatabase();
    const clock = new FixedClock(new Date('2030-01-01T10:00:00Z'));
    const uow = new UnitOfWork(db.asDataSource(), 'risk', clock, windowHours * HOUR);
    let runs = 0;
    const work = (ctx: ActingContext) =>
      uow.run(ctx, async (tx) => {
        runs++;
        await tx.audit('facility.classified', 'GMS', { run: runs });
        await tx.emit(FacilityBbnRaised, 'GMS', raised);
        return { run: runs, at: clock.now() };
      });
    return { db, clock, uow, work, runs: () => runs };
  };

  it('runs once and gives the first result again on a retry: one audit entry, one event', async () => {
    const { db, work, runs } = setup();
    const first = await work(keyed());
    const again = await work(keyed());
    expect(again).toEqual(first);
    expect(again.at).toBeInstanceOf(Date);
    expect(runs()).toBe(1);
    expect(db.audit).toHaveLength(1);
    expect(db.outbox).toHaveLength(1);
  });

  it('refuses the same key for another request with CONFLICT, and writes nothing', async () => {
    const { db, work } = setup();
    await work(keyed());
    const err = await work(keyed({ requestHash: 'b'.repeat(64) })).catch((e: unknown) => e);
    expect(isDomainError(err) && [err.code, err.key]).toEqual(['CONFLICT', 'idempotency.keyReused']);
    expect(db.audit).toHaveLength(1);
  });

  it('keeps keys apart per caller, mutation and key', async () => {
    const { work, runs } = setup();
    await work(keyed());
    await work(keyed({ scope: 'lms/other@lms' }));
    await work(keyed({ operation: 'publishBbnProfile' }));
    await work(keyed({ key: 'key-0002' }));
    expect(runs()).toBe(4);
  });

  it('stores nothing for a failed mutation: the retry runs (and fails) again', async () => {
    const { db, uow } = setup();
    let runs = 0;
    const failing = () =>
      uow.run(keyed(), async (tx) => {
        runs++;
        await tx.audit('facility.classified', 'GMS', {});
        throw new Error('rule broken');
      });
    await expect(failing()).rejects.toThrow('rule broken');
    await expect(failing()).rejects.toThrow('rule broken');
    expect(runs).toBe(2);
    expect(db.idempotencyKeys.size).toBe(0);
    expect(db.audit).toEqual([]);
  });

  it('runs again once the window has passed, and cleans up expired keys', async () => {
    const { db, clock, work, runs } = setup(1);
    await work(keyed());
    clock.set(new Date(clock.now().getTime() + 2 * HOUR));
    await work(keyed({ key: 'key-other' }));
    expect(db.idempotencyKeys.size).toBe(1); // the first key was past the window
    clock.set(new Date(clock.now().getTime() + 30 * 60_000));
    await work(keyed({ key: 'key-other' }));
    expect(runs()).toBe(2);
    clock.set(new Date(clock.now().getTime() + 2 * HOUR));
    await work(keyed({ key: 'key-other' }));
    expect(runs()).toBe(3);
  });

  it('claims the key only for the first unit of work of a call', async () => {
    const { uow, db } = setup();
    const ctx = keyed();
    const step = (n: number) =>
      uow.run(ctx, async (tx) => {
        await tx.audit('step', String(n), {});
        return n;
      });
    expect([await step(1), await step(2)]).toEqual([1, 2]);
    expect(db.audit).toHaveLength(2);
  });
});

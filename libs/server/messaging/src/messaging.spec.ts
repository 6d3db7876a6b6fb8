import { FacilityBbnRaised } from '@mkib/contracts';
import { consumeEvent, PoisonMessageError } from './inbox-consumer';
import { InProcessTransport } from './in-process-transport';
import { MemoryDatabase } from './memory-database.spec-helper';
import { OutboxRelay } from './outbox-relay';
import type { TransportMessage } from './transport';
import { UnitOfWork } from './unit-of-work';

const ctx = { actor: 'lms-operator@lms', party: 'lms', correlationId: 'corr-1' };
const raised = {
  facilityCode: 'GMS',
  previousBbn: 2,
  newBbn: 3,
  supplementaryAnalysisRequired: true as const,
  reviewDue: new Date().toISOString().slice(0, 10),
};
const quiet = { warn: () => undefined, info: () => undefined };

describe('UnitOfWork', () => {
  it('commits the change, its audit entry and its events together and then tells the relay', async () => {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'risk');
    const nudges: number[] = [];
    uow.onEventsCommitted(() => nudges.push(db.outbox.length));
    const envelope = await uow.run(ctx, async (tx) => {
      await tx.audit('facility.classified', 'GMS', { bbn: 3 });
      return tx.emit(FacilityBbnRaised, 'GMS', raised);
    });
    expect(db.audit.map((a) => [a.seq, a.action, a.subject])).toEqual([[1, 'facility.classified', 'GMS']]);
    expect(db.outbox).toHaveLength(1);
    expect(db.outbox[0]).toEqual(
      expect.objectContaining({ topic: FacilityBbnRaised.topic, message_key: 'GMS' }),
    );
    expect(envelope).toEqual(
      expect.objectContaining({
        type: 'risk.facility.bbn-raised',
        subject: 'GMS',
        actor: ctx.actor,
        correlationId: 'corr-1',
        data: raised,
      }),
    );
    // The relay hears of it only after the commit, with the event already in the outbox.
    expect(nudges).toEqual([1]);
  });

  it('leaves no row, audit entry or event when the work fails, and tells nobody', async () => {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'risk');
    const nudge = jest.fn();
    uow.onEventsCommitted(nudge);
    await expect(
      uow.run(ctx, async (tx) => {
        await tx.audit('facility.classified', 'GMS', {});
        await tx.emit(FacilityBbnRaised, 'GMS', raised);
        throw new Error('rule broken');
      }),
    ).rejects.toThrow('rule broken');
    expect(db.audit).toEqual([]);
    expect(db.outbox).toEqual([]);
    expect(nudge).not.toHaveBeenCalled();
  });

  it('refuses a change that audits nothing', async () => {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'risk');
    await expect(uow.run(ctx, async (tx) => tx.emit(FacilityBbnRaised, 'GMS', raised))).rejects.toThrow(
      'a unit of work must record at least one audit entry',
    );
    expect(db.outbox).toEqual([]);
  });

  it('refuses an event whose payload breaks its contract, before anything is written', async () => {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'risk');
    await expect(
      uow.run(ctx, async (tx) => {
        await tx.audit('facility.classified', 'GMS', {});
        await tx.emit(FacilityBbnRaised, 'GMS', { ...raised, newBbn: 7 });
      }),
    ).rejects.toThrow(/invalid risk.facility.bbn-raised payload/);
    expect(db.audit).toEqual([]);
  });

  it('does not tell the relay about a change without events', async () => {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'risk');
    const nudge = jest.fn();
    uow.onEventsCommitted(nudge);
    await uow.run(ctx, (tx) => tx.audit('note', 'x', {}));
    expect(nudge).not.toHaveBeenCalled();
  });
});

describe('InProcessTransport', () => {
  const message = (topic = 't'): TransportMessage => ({ topic, key: 'k', value: { n: 1 } });

  it('delivers a message to every group subscribed to its topic, and only to those', async () => {
    const transport = new InProcessTransport();
    const seen: string[] = [];
    await transport.subscribe({ topic: 't', group: 'a', handle: async () => void seen.push('a') });
    await transport.subscribe({ topic: 't', group: 'b', handle: async () => void seen.push('b') });
    await transport.subscribe({ topic: 'other', group: 'c', handle: async () => void seen.push('c') });
    await transport.publish([message()]);
    expect(seen).toEqual(['a', 'b']);
  });

  it('reports every subscribed group as assigned, for the events status', async () => {
    const transport = new InProcessTransport();
    await transport.subscribe({ topic: 't', group: 'a', handle: async () => undefined });
    await transport.subscribe({ topic: 'u', group: 'a', handle: async () => undefined });
    await transport.subscribe({ topic: 't', group: 'b', handle: async () => undefined });
    expect(transport.flowState()).toEqual({
      kind: 'in-process',
      error: null,
      groups: [
        { group: 'a', topics: ['t', 'u'], joined: true, partitions: 1, error: null },
        { group: 'b', topics: ['t'], joined: true, partitions: 1, error: null },
      ],
    });
  });

  it('still delivers to the other groups when one fails, then fails the publish so it is retried', async () => {
    const transport = new InProcessTransport();
    const seen: string[] = [];
    await transport.subscribe({
      topic: 't',
      group: 'a',
      handle: async () => Promise.reject(new Error('db down')),
    });
    await transport.subscribe({ topic: 't', group: 'b', handle: async () => void seen.push('b') });
    await expect(transport.publish([message()])).rejects.toThrow('db down');
    expect(seen).toEqual(['b']);
  });

  it('parks a message no handler can parse as a dead letter and goes on', async () => {
    const transport = new InProcessTransport();
    await transport.subscribe({
      topic: 't',
      group: 'a',
      handle: async (m) => Promise.reject(new PoisonMessageError('not an envelope', m)),
    });
    await expect(transport.publish([message()])).resolves.toBeUndefined();
    expect(transport.deadLetters).toEqual([{ message: message(), group: 'a', reason: 'not an envelope' }]);
  });
});

describe('OutboxRelay', () => {
  it('publishes pending events in commit order and marks them published', async () => {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'risk');
    for (const code of ['GMS', 'OIS', 'IVICT'])
      await uow.run(ctx, async (tx) => {
        await tx.audit('facility.classified', code, {});
        await tx.emit(FacilityBbnRaised, code, { ...raised, facilityCode: code });
      });
    const transport = new InProcessTransport();
    const keys: string[] = [];
    await transport.subscribe({
      topic: FacilityBbnRaised.topic,
      group: 'g',
      handle: async (m) => void keys.push(m.key),
    });
    const relay = new OutboxRelay(db.asDataSource(), 'risk', transport, quiet, { batchSize: 2 });
    expect(await relay.drain()).toBe(3);
    expect(keys).toEqual(['GMS', 'OIS', 'IVICT']);
    expect(db.outbox.every((r) => r.published_at)).toBe(true);
    expect(await relay.drain()).toBe(0);
  });

  it('keeps an event that could not be published, with the attempt and the error, for the next try', async () => {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'risk');
    await uow.run(ctx, async (tx) => {
      await tx.audit('facility.classified', 'GMS', {});
      await tx.emit(FacilityBbnRaised, 'GMS', raised);
    });
    const transport = new InProcessTransport();
    let fail = true;
    await transport.subscribe({
      topic: FacilityBbnRaised.topic,
      group: 'g',
      handle: async () => (fail ? Promise.reject(new Error('broker away')) : undefined),
    });
    const relay = new OutboxRelay(db.asDataSource(), 'risk', transport, quiet);
    await expect(relay.drain()).rejects.toThrow('broker away');
    expect(db.outbox[0]).toEqual(
      expect.objectContaining({ published_at: null, attempts: 1, last_error: 'Error: broker away' }),
    );
    fail = false;
    expect(await relay.drain()).toBe(1);
    expect(db.outbox[0].published_at).not.toBeNull();
  });
});

describe('consumeEvent', () => {
  async function setUp() {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'governance');
    const transport = new InProcessTransport();
    const handled: string[] = [];
    await consumeEvent({
      transport,
      unitOfWork: uow,
      schema: 'governance',
      consumer: 'governance',
      contract: FacilityBbnRaised,
      logger: quiet,
      handle: async (tx, event) => {
        handled.push(event.data.facilityCode);
        await tx.audit('signal.recorded', event.subject, {});
      },
    });
    const source = new MemoryDatabase();
    const envelope = await new UnitOfWork(source.asDataSource(), 'risk').run(ctx, async (tx) => {
      await tx.audit('facility.classified', 'GMS', {});
      return tx.emit(FacilityBbnRaised, 'GMS', raised);
    });
    return { db, transport, handled, envelope };
  }

  it('handles an event once: a redelivery is recorded as a duplicate and has no second effect', async () => {
    const { db, transport, handled, envelope } = await setUp();
    const msg = { topic: FacilityBbnRaised.topic, key: 'GMS', value: envelope };
    await transport.publish([msg]);
    await transport.publish([msg]);
    expect(handled).toEqual(['GMS']);
    expect(db.audit.map((a) => a.action)).toEqual(['signal.recorded', 'event.duplicate-ignored']);
  });

  it('sends a message that breaks the contract to the dead letters without any effect', async () => {
    const { db, transport, handled, envelope } = await setUp();
    const broken = { ...envelope, data: { ...envelope.data, newBbn: 'drie' } };
    await transport.publish([{ topic: FacilityBbnRaised.topic, key: 'GMS', value: broken }]);
    expect(handled).toEqual([]);
    expect(db.audit).toEqual([]);
    expect(transport.deadLetters).toHaveLength(1);
    expect(transport.deadLetters[0].reason).toMatch(/risk.facility.bbn-raised/);
  });

  it('leaves the inbox empty when the handler fails, so a redelivery is handled', async () => {
    const db = new MemoryDatabase();
    const uow = new UnitOfWork(db.asDataSource(), 'governance');
    const transport = new InProcessTransport();
    let attempts = 0;
    await consumeEvent({
      transport,
      unitOfWork: uow,
      schema: 'governance',
      consumer: 'governance',
      contract: FacilityBbnRaised,
      logger: quiet,
      handle: async (tx) => {
        attempts++;
        if (attempts === 1) throw new Error('first attempt fails');
        await tx.audit('signal.recorded', 'GMS', {});
      },
    });
    const source = new MemoryDatabase();
    const envelope = await new UnitOfWork(source.asDataSource(), 'risk').run(ctx, async (tx) => {
      await tx.audit('facility.classified', 'GMS', {});
      return tx.emit(FacilityBbnRaised, 'GMS', raised);
    });
    const msg = { topic: FacilityBbnRaised.topic, key: 'GMS', value: envelope };
    await expect(transport.publish([msg])).rejects.toThrow('first attempt fails');
    expect(db.inbox.size).toBe(0);
    await transport.publish([msg]);
    expect(db.audit.map((a) => a.action)).toEqual(['signal.recorded']);
  });
});

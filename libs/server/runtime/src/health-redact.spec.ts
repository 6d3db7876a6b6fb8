import type { EventFlowStatus } from '@mkib/server-messaging';
import { HealthRegistry } from './health';
import { failureReason, logHealthFailure, resetHealthFailureLog } from './health-redact';
import { eventsHealth, EventsHealthSource, redactEventFlow } from './events-health';

const sink = { warn: jest.fn() };
beforeEach(() => {
  sink.warn.mockReset();
  resetHealthFailureLog(sink);
});
afterAll(() => resetHealthFailureLog());

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('public failure reasons', () => {
  it.each([
    [withCode('connect ECONNREFUSED db.internal:5432', 'ECONNREFUSED'), 'unreachable'],
    [new Error('getaddrinfo ENOTFOUND postgres.prod.example'), 'unreachable'],
    [new Error('Connection terminated unexpectedly'), 'unreachable'],
    [new Error('Query read timeout'), 'timeout'],
    [new Error('timeout exceeded when trying to connect'), 'timeout'],
    [new Error('relation "risk.outbox" does not exist'), 'error'],
    ['KafkaJSConnectionError: Connection error: connect ECONNREFUSED kafka-0.svc:9092', 'unreachable'],
  ])('%s is %s', (err, reason) => expect(failureReason(err)).toBe(reason));
});

describe('a failing health check', () => {
  it('shows a stable reason, never the error text, and logs the error once a minute', async () => {
    const health = new HealthRegistry({ service: 'risk' }, 1000).add(
      'database',
      async () => {
        throw withCode('connect ECONNREFUSED db.internal:5432', 'ECONNREFUSED');
      },
      { readiness: true },
    );
    health.markStarted();
    const status = await health.status();
    await health.status();
    expect(status).toMatchObject({
      status: 'unavailable',
      database: 'down',
      details: { database: { error: 'unreachable' } },
    });
    expect(JSON.stringify(status)).not.toContain('db.internal');
    expect(sink.warn).toHaveBeenCalledTimes(1);
    expect(sink.warn.mock.calls[0][0]).toMatchObject({
      check: 'database',
      err: expect.stringContaining('db.internal'),
    });
  });

  it('logs the same error again after a minute, and a different one at once', () => {
    logHealthFailure('database', new Error('a'), 0);
    logHealthFailure('database', new Error('a'), 59_000);
    logHealthFailure('database', new Error('b'), 59_000);
    logHealthFailure('database', new Error('a'), 60_000);
    expect(sink.warn).toHaveBeenCalledTimes(3);
  });
});

describe('the public events status', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const raw: EventFlowStatus = {
    status: 'not-flowing',
    problems: [
      'outbox risk: publishing fails: KafkaJSConnectionError: connect ECONNREFUSED kafka-0.svc:9092',
      'consumer group mkib-governance: not assigned (last error: KafkaJSError: broker kafka-1.svc:9092 gone)',
      'outbox policy: 3 events waiting, the oldest for 61 s (limit 60 s)',
    ],
    outboxes: [
      {
        schema: 'risk',
        backlog: 2,
        oldestAgeSeconds: 5,
        error: { message: 'KafkaJSConnectionError: connect ECONNREFUSED kafka-0.svc:9092', at },
      },
      { schema: 'policy', backlog: 3, oldestAgeSeconds: 61, error: null },
    ],
    transport: {
      kind: 'kafka',
      groups: [
        {
          group: 'mkib-governance',
          topics: ['risk'],
          joined: false,
          partitions: 0,
          error: { message: 'KafkaJSError: broker kafka-1.svc:9092 gone', at },
        },
      ],
      error: null,
    },
  };

  it('keeps statuses, counts and ages, and replaces error texts with their reason', () => {
    const shown = redactEventFlow(raw);
    expect(JSON.stringify(shown)).not.toMatch(/svc|ECONNREFUSED|KafkaJS/);
    expect(shown.problems).toEqual([
      'outbox risk: publishing fails: unreachable',
      'consumer group mkib-governance: not assigned (last error: unreachable)',
      'outbox policy: 3 events waiting, the oldest for 61 s (limit 60 s)',
    ]);
    expect(shown.outboxes).toEqual([
      { schema: 'risk', backlog: 2, oldestAgeSeconds: 5, error: { message: 'unreachable', at } },
      raw.outboxes[1],
    ]);
    expect(shown.transport.groups[0]).toMatchObject({ joined: false, error: { message: 'unreachable', at } });
    expect(sink.warn).toHaveBeenCalledTimes(2);
  });

  it('is computed at most once a second per process', async () => {
    const query = jest.fn(async () => [{ backlog: 0, oldest: null }]);
    const source = {
      outboxes: [{ dataSource: { query }, schema: 'risk', relay: { lastError: null } }],
      transport: { ready: async () => true },
      clock: { now: () => new Date(at) },
    } as unknown as EventsHealthSource;
    await eventsHealth(source, 1_000).catch(() => undefined);
    await eventsHealth(source, 1_500).catch(() => undefined);
    const first = query.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    await eventsHealth(source, 2_100).catch(() => undefined);
    expect(query.mock.calls.length).toBeGreaterThan(first);
  });
});

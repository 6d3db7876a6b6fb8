import {
  ConsumerGroupState,
  evaluateEventFlow,
  OutboxState,
  staleSecondsFromEnvironment,
} from './event-flow-status';

const now = new Date('2031-03-01T12:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const outbox = (o: Partial<OutboxState> = {}): OutboxState => ({
  schema: 'risk',
  backlog: 0,
  oldestOccurredAt: null,
  error: null,
  ...o,
});
const group = (g: Partial<ConsumerGroupState> = {}): ConsumerGroupState => ({
  group: 'mkib-governance',
  topics: ['mkib.risk.events'],
  joined: true,
  partitions: 3,
  error: null,
  ...g,
});
const evaluate = (
  outboxes: OutboxState[],
  groups: ConsumerGroupState[],
  error = null as null | { message: string; at: string },
) => evaluateEventFlow({ now, staleSeconds: 60, outboxes, transport: { kind: 'kafka', groups, error } });

describe('the events status', () => {
  it('flows with an empty outbox and every group assigned', () => {
    const s = evaluate([outbox()], [group()]);
    expect(s.status).toBe('flowing');
    expect(s.problems).toEqual([]);
    expect(s.outboxes).toEqual([{ schema: 'risk', backlog: 0, oldestAgeSeconds: null, error: null }]);
  });

  it('flows with a backlog younger than the limit, and reports its size and age', () => {
    const s = evaluate([outbox({ backlog: 12, oldestOccurredAt: secondsAgo(59) })], [group()]);
    expect(s.status).toBe('flowing');
    expect(s.outboxes[0]).toMatchObject({ backlog: 12, oldestAgeSeconds: 59 });
  });

  it('does not flow when the oldest waiting event is older than the limit', () => {
    const s = evaluate([outbox({ backlog: 244, oldestOccurredAt: secondsAgo(61) })], [group()]);
    expect(s.status).toBe('not-flowing');
    expect(s.problems).toEqual(['outbox risk: 244 events waiting, the oldest for 61 s (limit 60 s)']);
  });

  it('does not flow while a consumer group is not assigned, and names its last error', () => {
    const s = evaluate(
      [outbox()],
      [group({ joined: false, error: { message: 'KafkaJSConnectionError: gone', at: now.toISOString() } })],
    );
    expect(s.status).toBe('not-flowing');
    expect(s.problems).toEqual([
      'consumer group mkib-governance: not assigned (last error: KafkaJSConnectionError: gone)',
    ]);
  });

  it('counts a joined member with no partitions (more members than partitions) as flowing', () => {
    expect(evaluate([outbox()], [group({ partitions: 0 })]).status).toBe('flowing');
  });

  it('does not flow while the relay cannot publish, even before the backlog is old', () => {
    const error = {
      message: 'KafkaJSProtocolError: This server does not host this topic-partition',
      at: now.toISOString(),
    };
    const s = evaluate([outbox({ backlog: 3, oldestOccurredAt: secondsAgo(2), error })], [group()]);
    expect(s.status).toBe('not-flowing');
    expect(s.problems).toEqual([`outbox risk: publishing fails: ${error.message}`]);
  });

  it('does not flow while the transport reports an error (topics missing and managed externally)', () => {
    const s = evaluate([outbox()], [group()], { message: 'topics missing', at: now.toISOString() });
    expect(s.problems).toEqual(['transport: topics missing']);
  });

  it('measures age against the clock it is given, never the wall clock', () => {
    const s = evaluateEventFlow({
      now: new Date('1999-12-31T23:59:59Z'),
      staleSeconds: 60,
      outboxes: [outbox({ backlog: 1, oldestOccurredAt: new Date('1999-12-31T23:00:00Z') })],
      transport: { kind: 'in-process', groups: [], error: null },
    });
    expect(s.outboxes[0].oldestAgeSeconds).toBe(3599);
    expect(s.status).toBe('not-flowing');
  });

  it('takes the limit from MKIB_EVENTS_STALE_SECONDS, 60 s by default', () => {
    expect(staleSecondsFromEnvironment({})).toBe(60);
    expect(staleSecondsFromEnvironment({ MKIB_EVENTS_STALE_SECONDS: '15' })).toBe(15);
    expect(staleSecondsFromEnvironment({ MKIB_EVENTS_STALE_SECONDS: 'x' })).toBe(60);
  });
});

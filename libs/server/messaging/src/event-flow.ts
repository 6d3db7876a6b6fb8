import type { DataSource } from 'typeorm';
import type { Clock } from '@mkib/domain-shared';
import { quoteSchema } from '@mkib/server-persistence';
import {
  evaluateEventFlow,
  EventFlowStatus,
  flowError,
  OutboxState,
  TransportFlowState,
} from './event-flow-status';
import type { OutboxRelay } from './outbox-relay';
import type { EventTransport } from './transport';

// raw SQL (platform table): every service's outbox lives in its own schema, named at run time.

/** The transport's own view of the flow; a transport that keeps none is taken as flowing. */
export function transportFlowState(transport: EventTransport): TransportFlowState {
  return transport.flowState?.() ?? { kind: 'in-process', groups: [], error: null };
}

/** One service's outbox as the events status reads it: the backlog and the oldest waiting event. */
export async function readOutboxState(
  dataSource: DataSource,
  schema: string,
  relay: OutboxRelay,
  timeoutMs = 1000,
): Promise<OutboxState> {
  const s = quoteSchema(schema);
  const query = Promise.all([
    dataSource.query(`SELECT count(*)::int AS n FROM ${s}.outbox WHERE published_at IS NULL`),
    // the envelope's time is the service clock's: the age is measured against the same clock.
    dataSource.query(
      `SELECT envelope->>'time' AS occurred_at FROM ${s}.outbox WHERE published_at IS NULL ORDER BY seq LIMIT 1`,
    ),
  ]);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the outbox did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const [[{ n }], oldest] = await Promise.race([query, timeout]);
    const occurredAt = oldest[0]?.occurred_at;
    return {
      schema,
      backlog: n,
      oldestOccurredAt: occurredAt ? new Date(occurredAt) : null,
      error: relay.lastError,
    };
  } catch (err) {
    query.catch(() => undefined);
    return { schema, backlog: 0, oldestOccurredAt: null, error: relay.lastError ?? flowError(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** The events status of a process: its services' outboxes and its transport, judged at the clock's now. */
export async function eventFlowStatus(params: {
  outboxes: Array<{ dataSource: DataSource; schema: string; relay: OutboxRelay }>;
  transport: EventTransport;
  clock: Clock;
  staleSeconds: number;
}): Promise<EventFlowStatus> {
  const outboxes = await Promise.all(
    params.outboxes.map((o) => readOutboxState(o.dataSource, o.schema, o.relay)),
  );
  return evaluateEventFlow({
    now: params.clock.now(),
    staleSeconds: params.staleSeconds,
    outboxes,
    transport: transportFlowState(params.transport),
  });
}

/**
 * When the broker lost events it had acknowledged (its topics vanished, or it came back as a new cluster),
 * the relay publishes the recently published rows again; the consumers' inboxes ignore what they had.
 */
export function replayOnTopicLoss(
  transport: EventTransport,
  relay: OutboxRelay,
  replaySeconds = replaySecondsFromEnvironment(process.env),
): void {
  transport.onTopicsLost?.(() => relay.republishRecent(replaySeconds));
}

/** How far back the relay publishes again after the broker lost its topics (MKIB_EVENTS_REPLAY_SECONDS). */
export function replaySecondsFromEnvironment(env: Record<string, string | undefined>): number {
  const value = Number(env.MKIB_EVENTS_REPLAY_SECONDS);
  return Number.isFinite(value) && value >= 0 && env.MKIB_EVENTS_REPLAY_SECONDS ? value : 900;
}

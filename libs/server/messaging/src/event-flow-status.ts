/**
 * Whether events flow, as pure rules: given what the outbox relays and the transport know (backlog, the
 * oldest waiting event, whether each consumer group has joined, the errors not yet resolved) and "now",
 * say `flowing` or `not-flowing` with the reasons. `/health/events` serves the result; the platform's
 * `/health` shows `degraded` when events do not flow (the API itself still serves).
 */

/** An error a part of the event flow ran into and has not yet got past (cleared by the next success). */
export interface FlowError {
  message: string;
  /** When it happened (technical time, ISO 8601). */
  at: string;
}

/** One consumer group of this process. */
export interface ConsumerGroupState {
  group: string;
  topics: string[];
  /** A member of its group with an assignment (possibly of no partitions when the group has more members). */
  joined: boolean;
  partitions: number;
  error: FlowError | null;
}

/** What the transport knows about itself. */
export interface TransportFlowState {
  kind: 'kafka' | 'in-process';
  groups: ConsumerGroupState[];
  /** The transport's unresolved error (a failed publish, topics missing, …). */
  error: FlowError | null;
}

/** One service's outbox: rows not yet published and the oldest of them. */
export interface OutboxState {
  schema: string;
  backlog: number;
  /** When the oldest waiting event occurred (the service clock, from its envelope); null when none waits. */
  oldestOccurredAt: Date | null;
  /** The relay's unresolved publish error. */
  error: FlowError | null;
}

export interface EventFlowStatus {
  status: 'flowing' | 'not-flowing';
  /** Why not, one line each; empty when flowing. */
  problems: string[];
  outboxes: Array<{
    schema: string;
    backlog: number;
    oldestAgeSeconds: number | null;
    error: FlowError | null;
  }>;
  transport: TransportFlowState;
}

/** How old the oldest waiting event may be before events count as not flowing (MKIB_EVENTS_STALE_SECONDS). */
export const DEFAULT_EVENTS_STALE_SECONDS = 60;

export function staleSecondsFromEnvironment(env: Record<string, string | undefined>): number {
  const value = Number(env.MKIB_EVENTS_STALE_SECONDS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_EVENTS_STALE_SECONDS;
}

export function evaluateEventFlow(input: {
  now: Date;
  staleSeconds: number;
  outboxes: OutboxState[];
  transport: TransportFlowState;
}): EventFlowStatus {
  const problems: string[] = [];
  const outboxes = input.outboxes.map((o) => {
    const oldestAgeSeconds = o.oldestOccurredAt
      ? Math.max(0, Math.round((input.now.getTime() - o.oldestOccurredAt.getTime()) / 1000))
      : null;
    if (o.backlog > 0 && oldestAgeSeconds !== null && oldestAgeSeconds > input.staleSeconds) {
      problems.push(
        `outbox ${o.schema}: ${o.backlog} events waiting, the oldest for ${oldestAgeSeconds} s (limit ${input.staleSeconds} s)`,
      );
    }
    if (o.error) problems.push(`outbox ${o.schema}: publishing fails: ${o.error.message}`);
    return { schema: o.schema, backlog: o.backlog, oldestAgeSeconds, error: o.error };
  });
  for (const g of input.transport.groups) {
    if (!g.joined) {
      problems.push(
        `consumer group ${g.group}: not assigned${g.error ? ` (last error: ${g.error.message})` : ''}`,
      );
    }
  }
  if (input.transport.error) problems.push(`transport: ${input.transport.error.message}`);
  return {
    status: problems.length ? 'not-flowing' : 'flowing',
    problems,
    outboxes,
    transport: input.transport,
  };
}

/** Turns an error into a `FlowError` stamped now. */
export function flowError(err: unknown, at: Date = new Date()): FlowError {
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { message: message.slice(0, 500), at: at.toISOString() };
}

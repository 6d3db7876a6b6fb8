import type { DataSource } from 'typeorm';
import type { Clock } from '@mkib/domain-shared';
import {
  EventFlowStatus,
  eventFlowStatus,
  EventTransport,
  FlowError,
  OutboxRelay,
  staleSecondsFromEnvironment,
} from '@mkib/server-messaging';
import { failureReason, logHealthFailure } from './health-redact';

/** What the events status of a process reads: its services' outboxes, its transport and its clock. */
export interface EventsHealthSource {
  outboxes: Array<{ dataSource: DataSource; schema: string; relay: OutboxRelay }>;
  transport: EventTransport;
  clock: Clock;
}

/** How long one computation of the events status is served again (it reads every outbox). */
export const EVENTS_HEALTH_CACHE_MS = 1000;

const cache = new WeakMap<EventsHealthSource, { at: number; status: Promise<EventFlowStatus> }>();

/**
 * The events status now (MKIB_EVENTS_STALE_SECONDS: how old a waiting event may be), computed at most
 * once a second per process (the endpoint is public: it must not be a way to hammer the database).
 * Public: error texts are replaced by a stable reason and logged (see health-redact.ts).
 */
export function eventsHealth(source: EventsHealthSource, now = Date.now()): Promise<EventFlowStatus> {
  const hit = cache.get(source);
  if (hit && now - hit.at < EVENTS_HEALTH_CACHE_MS) return hit.status;
  const status = eventFlowStatus({ ...source, staleSeconds: staleSecondsFromEnvironment(process.env) }).then(
    redactEventFlow,
  );
  cache.set(source, { at: now, status });
  // A failed computation is not served again.
  status.catch(() => cache.delete(source));
  return status;
}

/** The status with every error message replaced by its reason (`timeout`, `unreachable`, `error`); logs them. */
export function redactEventFlow(status: EventFlowStatus): EventFlowStatus {
  const texts = new Map<string, string>();
  const redact = (where: string, e: FlowError | null): FlowError | null => {
    if (!e) return null;
    const reason = failureReason(e.message);
    logHealthFailure(`events ${where}`, e.message);
    texts.set(e.message, reason);
    return { message: reason, at: e.at };
  };
  const outboxes = status.outboxes.map((o) => ({ ...o, error: redact(`outbox ${o.schema}`, o.error) }));
  const transport = {
    ...status.transport,
    groups: status.transport.groups.map((g) => ({ ...g, error: redact(`group ${g.group}`, g.error) })),
    error: redact('transport', status.transport.error),
  };
  const problems = status.problems.map((p) => {
    let line = p;
    for (const [text, reason] of texts) line = line.split(text).join(reason);
    return line;
  });
  return { ...status, problems, outboxes, transport };
}

/** `GET /health/events`: 200 with the details while events flow, 503 while they do not (or cannot be read). */
export function eventsHealthHandler(source: EventsHealthSource) {
  // any: Express's response here, the Nest HTTP adapter's in a service.
  return async (_req: unknown, res: any) => {
    try {
      const status = await eventsHealth(source);
      res.status(status.status === 'flowing' ? 200 : 503).json(status);
    } catch (err) {
      logHealthFailure('events', err);
      res.status(503).json({ status: 'unknown', reason: failureReason(err) });
    }
  };
}

/**
 * The events status as a health check that only degrades `/health` (never readiness: the outbox keeps
 * the events while the broker is away): `up` while events flow, `degraded` with the problems otherwise.
 */
export async function eventsHealthCheck(
  source: EventsHealthSource,
): Promise<{ status: 'up' | 'degraded'; detail?: Record<string, unknown> }> {
  const status = await eventsHealth(source);
  return status.status === 'flowing'
    ? { status: 'up' }
    : { status: 'degraded', detail: { problems: status.problems } };
}

import type { DataSource } from 'typeorm';
import type { Clock } from '@mkib/domain-shared';
import {
  EventFlowStatus,
  eventFlowStatus,
  EventTransport,
  OutboxRelay,
  staleSecondsFromEnvironment,
} from '@mkib/server-messaging';

/** What the events status of a process reads: its services' outboxes, its transport and its clock. */
export interface EventsHealthSource {
  outboxes: Array<{ dataSource: DataSource; schema: string; relay: OutboxRelay }>;
  transport: EventTransport;
  clock: Clock;
}

/** The events status now (MKIB_EVENTS_STALE_SECONDS: how old a waiting event may be). */
export function eventsHealth(source: EventsHealthSource): Promise<EventFlowStatus> {
  return eventFlowStatus({ ...source, staleSeconds: staleSecondsFromEnvironment(process.env) });
}

/** `GET /health/events`: 200 with the details while events flow, 503 while they do not. */
export function eventsHealthHandler(source: EventsHealthSource) {
  // any: Express's response here, the Nest HTTP adapter's in a service.
  return async (_req: unknown, res: any) => {
    const status = await eventsHealth(source);
    res.status(status.status === 'flowing' ? 200 : 503).json(status);
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

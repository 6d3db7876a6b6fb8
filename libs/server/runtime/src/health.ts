import type { IncomingMessage, ServerResponse } from 'node:http';
import { failureReason, logHealthFailure } from './health-redact';

/**
 * Health of one process, as three probes and one status document:
 * - `/health/live`: the process is alive and answers; no dependency is checked (a database or broker
 *   outage must never restart the pod);
 * - `/health/startup`: 503 until startup finished (migrations, subscriptions, listener);
 * - `/health/ready`: the process can serve now: 503 before startup finished, while draining (SIGTERM),
 *   or when a check it needs to serve fails (a service: its database; the gateway: its subgraphs);
 * - `/health`: every check, for people: `ok`, `degraded` (only checks that do not decide readiness
 *   failed, e.g. event flow) or `unavailable` (not ready). HTTP 503 only when unavailable.
 * Every check has a timeout, so no probe hangs on a dependency that does not answer.
 */
export type CheckStatus = 'up' | 'down' | 'degraded';

export interface CheckResult {
  status: CheckStatus;
  /**
   * Anything worth reading in the status document (a backlog, a stable failure reason). Public: never a
   * raw error text (a failing check's error is logged, and shown as `timeout`/`unreachable`/`error`).
   */
  detail?: Record<string, unknown>;
}

export interface HealthCheckOptions {
  /** Whether the process can serve without this check passing: false means it only degrades `/health`. */
  readiness: boolean;
  /** Per-check timeout in ms (default the registry's). */
  timeoutMs?: number;
}

type Check = () => Promise<CheckStatus | CheckResult | boolean>;

export const DEFAULT_HEALTH_TIMEOUT_MS = 1500;

export class HealthRegistry {
  private readonly checks = new Map<string, { run: Check } & HealthCheckOptions>();
  private started = false;
  private draining = false;

  constructor(
    /** Fields every status document starts with, e.g. `{ service: 'risk' }`. */
    private readonly identity: Record<string, string> = {},
    private readonly timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS,
  ) {}

  /** Adds (or replaces) a check under a name; the name is its key in the status document. */
  add(name: string, run: Check, options: HealthCheckOptions): this {
    this.checks.set(name, { run, ...options });
    return this;
  }

  markStarted(): void {
    this.started = true;
  }

  /** From now on not ready: the load balancer stops sending new requests (SIGTERM). */
  markDraining(): void {
    this.draining = true;
  }

  get isStarted(): boolean {
    return this.started;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  private async run(name: string): Promise<CheckResult> {
    const check = this.checks.get(name)!;
    const ms = check.timeoutMs ?? this.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<CheckResult>((resolve) => {
      timer = setTimeout(() => {
        logHealthFailure(name, new Error(`no answer within ${ms} ms (timeout)`));
        resolve({ status: 'down', detail: { error: 'timeout' } });
      }, ms);
      timer.unref();
    });
    const result = Promise.resolve()
      .then(check.run)
      .then(
        (r): CheckResult =>
          typeof r === 'boolean' ? { status: r ? 'up' : 'down' } : typeof r === 'string' ? { status: r } : r,
        (err: unknown): CheckResult => {
          logHealthFailure(name, err);
          return { status: 'down', detail: { error: failureReason(err) } };
        },
      );
    try {
      return await Promise.race([result, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async runAll(filter: (o: HealthCheckOptions) => boolean): Promise<Record<string, CheckResult>> {
    const names = [...this.checks].filter(([, c]) => filter(c)).map(([n]) => n);
    const results = await Promise.all(names.map((n) => this.run(n)));
    return Object.fromEntries(names.map((n, i) => [n, results[i]]));
  }

  /** Readiness: started, not draining, and every readiness check up. */
  async ready(): Promise<{ ready: boolean; reason?: string; checks: Record<string, CheckResult> }> {
    if (!this.started) return { ready: false, reason: 'starting', checks: {} };
    if (this.draining) return { ready: false, reason: 'draining', checks: {} };
    const checks = await this.runAll((c) => c.readiness);
    const failed = Object.entries(checks).filter(([, r]) => r.status !== 'up');
    return failed.length
      ? { ready: false, reason: `${failed.map(([n]) => n).join(', ')} down`, checks }
      : { ready: true, checks };
  }

  /** The status document of `/health`. */
  async status(): Promise<{ status: 'ok' | 'degraded' | 'unavailable'; [key: string]: unknown }> {
    const results = await this.runAll(() => true);
    const readinessDown = [...this.checks].some(([name, c]) => c.readiness && results[name].status !== 'up');
    const otherDown = Object.values(results).some((r) => r.status !== 'up');
    const phase = !this.started ? 'starting' : this.draining ? 'draining' : 'running';
    const status = phase !== 'running' || readinessDown ? 'unavailable' : otherDown ? 'degraded' : 'ok';
    const details = Object.fromEntries(
      Object.entries(results).flatMap(([n, r]) => (r.detail ? [[n, r.detail]] : [])),
    );
    return {
      status,
      ...this.identity,
      phase,
      ...Object.fromEntries(Object.entries(results).map(([n, r]) => [n, r.status])),
      ...(Object.keys(details).length ? { details } : {}),
    };
  }
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** The four endpoints of a registry, by path: mount each with `app.get(path, handler)`. */
export function healthHandlers(registry: HealthRegistry): Record<string, Handler> {
  return {
    '/health/live': (_req, res) => json(res, 200, { status: 'ok' }),
    '/health/startup': (_req, res) =>
      registry.isStarted
        ? json(res, 200, { status: 'ok' })
        : json(res, 503, { status: 'unavailable', reason: 'starting' }),
    '/health/ready': (_req, res) => {
      void registry.ready().then(
        (r) =>
          r.ready
            ? json(res, 200, { status: 'ok' })
            : json(res, 503, {
                status: 'unavailable',
                reason: r.reason,
                ...Object.fromEntries(Object.entries(r.checks).map(([n, c]) => [n, c.status])),
              }),
        (err: unknown) => {
          logHealthFailure('ready', err);
          json(res, 503, { status: 'unavailable', reason: failureReason(err) });
        },
      );
    },
    '/health': (_req, res) => {
      void registry.status().then(
        (s) => json(res, s.status === 'unavailable' ? 503 : 200, s),
        (err: unknown) => {
          logHealthFailure('status', err);
          json(res, 503, { status: 'unavailable', reason: failureReason(err) });
        },
      );
    },
  };
}

/** Mounts the endpoints on anything with an Express-like `get` (Express, Nest's HTTP adapter). */
export function mountHealth(
  app: { get(path: string, handler: Handler): unknown },
  registry: HealthRegistry,
): void {
  for (const [path, handler] of Object.entries(healthHandlers(registry))) app.get(path, handler);
}

/**
 * Readiness of a remote process from its URL: `/health/ready` on the origin of e.g. a subgraph's
 * `http://risk:4000/graphql`, with a short timeout.
 */
export function remoteReadiness(url: string, timeoutMs = 1000): () => Promise<CheckResult> {
  const target = new URL('/health/ready', url).toString();
  return async () => {
    const res = await fetch(target, { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return res.ok ? { status: 'up' } : { status: 'down', detail: { http: res.status } };
  };
}

/** Up while at least one of the checks is up (the gateway serves what its reachable subgraphs serve). */
export function anySubgraphReady(checks: Array<() => Promise<CheckResult>>): () => Promise<CheckResult> {
  return async () => {
    const results = await Promise.all(checks.map((c) => c().catch((): CheckResult => ({ status: 'down' }))));
    const up = results.filter((r) => r.status === 'up').length;
    return up > 0
      ? { status: 'up', detail: { up, of: checks.length } }
      : { status: 'down', detail: { up, of: checks.length } };
  };
}

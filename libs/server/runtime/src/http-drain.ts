import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import { DRAINING_HEADER } from '@mkib/server-graphql';

/** How long a process finishes in-flight requests after SIGTERM before it closes what is left. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 20_000;

/** How long a drain lets clients use (and so close) their kept-alive connections before it cuts them. */
const LINGER_MS = 1500;
const QUIET_MS = 400;

/** Seconds a client is told to wait (Retry-After) when it is refused during a drain or an outage. */
export const RETRY_AFTER_SECONDS = 5;

/** `MKIB_SHUTDOWN_TIMEOUT_MS`, or the default. */
export function shutdownTimeoutFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.MKIB_SHUTDOWN_TIMEOUT_MS);
  return Number.isFinite(value) && value >= 0 && env.MKIB_SHUTDOWN_TIMEOUT_MS
    ? value
    : DEFAULT_SHUTDOWN_TIMEOUT_MS;
}

export interface DrainLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface DrainResult {
  /** Requests being served when the drain began. */
  inFlight: number;
  /** Requests still unfinished when the timeout closed their connections (0: a clean drain). */
  abandoned: number;
  /** Requests answered 503 + Retry-After while draining. */
  refused: number;
  ms: number;
}

export interface HttpDrain {
  readonly draining: boolean;
  readonly inFlight: number;
  /**
   * Stops accepting: the listener closes (new connections are refused), a request on a connection
   * already open gets 503 with Retry-After and `Connection: close`, and in-flight requests finish
   * within the timeout; then every connection closes. Idempotent: a second call waits for the first.
   */
  drain(): Promise<DrainResult>;
}

/** The JSON body of a refusal: a GraphQL error with the stable code and its message key. */
export const UNAVAILABLE_BODY = JSON.stringify({
  errors: [
    {
      message: 'The service is temporarily unavailable. Try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE', i18n: { key: 'service.unavailable', params: {} } },
    },
  ],
});

/**
 * The one drain of every process kind (all-in-one, service, gateway). Call it once the server has its
 * request handler (Express app or Nest adapter): it puts itself in front of that handler to count the
 * requests in flight and to refuse new ones while draining. Health endpoints keep answering during the
 * drain, so readiness says 503 (the registry's `markDraining`) and liveness stays 200.
 */
export function trackHttpServer(
  server: Server,
  options: { logger: DrainLogger; timeoutMs?: number; onDraining?: () => void },
): HttpDrain {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  const active = new Set<ServerResponse>();
  // Open connections, so the drain can wait for kept-alive ones to be used (and closed) before it cuts them.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  let draining = false;
  let refused = 0;
  let idle: (() => void) | null = null;
  let running: Promise<DrainResult> | null = null;

  // When a request last arrived or a response was last sent: a client that just got its answer picks a
  // kept-alive connection from its pool for the next request, so both count as traffic.
  let lastTrafficAt = 0;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    lastTrafficAt = Date.now();
    res.once('finish', () => (lastTrafficAt = Date.now()));
    if (draining && !(req.url ?? '').startsWith('/health')) {
      refused++;
      res.shouldKeepAlive = false;
      res.writeHead(503, {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(RETRY_AFTER_SECONDS),
        connection: 'close',
        // Nothing was done: the gateway may send it again elsewhere (keep-alive.ts, withDrainRetry).
        [DRAINING_HEADER]: '1',
      });
      res.end(UNAVAILABLE_BODY);
      return;
    }
    active.add(res);
    if (draining) res.shouldKeepAlive = false;
    res.on('close', () => {
      active.delete(res);
      if (!active.size) idle?.();
    });
    for (const handler of handlers) handler.call(server, req, res);
  });

  const drain = async (): Promise<DrainResult> => {
    draining = true;
    options.onDraining?.();
    const started = Date.now();
    const inFlight = active.size;
    options.logger.info(
      { inFlight, timeoutMs },
      'draining: refusing new requests, finishing those in flight',
    );
    // Stop listening only: http.Server#close would also cut the open idle connections at once, and a
    // request a client is sending on one at this moment would get a reset instead of an answer. They
    // stay open and such a request gets 503 + Retry-After + Connection: close.
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    // Responses not yet started close their connection once sent: no keep-alive into a stopping process.
    for (const res of active) res.shouldKeepAlive = false;
    if (active.size) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (idle = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    }
    const abandoned = active.size;
    // A kept-alive connection cut while its client is sending on it resets that request. Clients still
    // sending reuse such connections within moments and get 503 + Connection: close, which closes them:
    // give them up to LINGER_MS (within the timeout), then cut what is left.
    const lingerUntil = Date.now() + Math.min(LINGER_MS, Math.max(0, timeoutMs - (Date.now() - started)));
    // Quiet connections (no request nor answer for QUIET_MS, e.g. a gateway's pool that is itself
    // stopping) do not hold the stop up. The last answers were just sent when the in-flight requests
    // finished, so this waits at least QUIET_MS for the clients that got them.
    while (sockets.size > 0 && Date.now() < lingerUntil && Date.now() - lastTrafficAt < QUIET_MS)
      await new Promise((r) => setTimeout(r, 50));
    server.closeIdleConnections();
    server.closeAllConnections();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 1000).unref())]);
    const result = { inFlight, abandoned, refused, ms: Date.now() - started };
    if (abandoned) options.logger.warn(result, `drain timed out after ${timeoutMs} ms: requests abandoned`);
    else options.logger.info(result, 'drained: every request in flight finished');
    return result;
  };

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return active.size;
    },
    drain: () => (running ??= drain()),
  };
}

import { Agent as HttpAgent, Server } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import fetch from 'node-fetch';
import type { RequestInit, Response } from 'node-fetch';

/**
 * Keep-alive between the gateway and the subgraphs. A connection must always be closed by the side that
 * sends the next request (the gateway), never by the side that waits for it (the subgraph): otherwise the
 * gateway may write a request on a connection the subgraph is closing at that moment, and the request
 * fails with `socket hang up` / `ECONNRESET`.
 *
 * Node's HTTP server closes an idle connection after 5 s (plus a second's grace), while the agent of
 * Apollo's default fetcher (make-fetch-happen) keeps idle connections without any time limit, and Node's
 * agent ignores the server's `Keep-Alive: timeout=5` hint when it has no timeout of its own. So the
 * subgraphs keep idle connections far longer than the gateway, and the gateway closes them first.
 */
export const KEEP_ALIVE = {
  /** How long a subgraph (or any of our HTTP servers) keeps an idle connection open. */
  serverMs: 65_000,
  /** How long the gateway keeps an idle connection to a subgraph before closing it itself. */
  clientIdleMs: 15_000,
} as const;

/** Gives a server the keep-alive timeout of KEEP_ALIVE (headers timeout just above, as Node requires). */
export function applyServerKeepAlive(server: Server, keepAliveMs: number = KEEP_ALIVE.serverMs): void {
  server.keepAliveTimeout = keepAliveMs;
  server.headersTimeout = keepAliveMs + 1_000;
}

export type SubgraphFetcher = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * The gateway's fetcher for one subgraph: node-fetch on a keep-alive agent of its own that closes a
 * connection idle for `idleMs` (shorter than the subgraph's keep-alive timeout) and reuses the most
 * recently used connection first, so rarely used ones expire on the gateway's side.
 */
export function createSubgraphFetcher(
  url: string,
  idleMs: number = KEEP_ALIVE.clientIdleMs,
): SubgraphFetcher & { agent: HttpAgent } {
  const options = { keepAlive: true, timeout: idleMs, scheduling: 'lifo' as const };
  const agent = new URL(url).protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
  const fetcher = (target: string, init?: RequestInit) => fetch(target, { ...init, agent });
  return Object.assign(fetcher, { agent });
}

const RESET = /ECONNRESET|EPIPE|socket hang up/i;

/** True for a failure of the connection itself, where the subgraph never answered. */
export function isConnectionReset(err: unknown): boolean {
  const e = err as { code?: string; errno?: string; message?: string } | null;
  return !!e && RESET.test(`${e.code ?? ''} ${e.errno ?? ''} ${e.message ?? ''}`);
}

/** True when the subgraph request's body is a query (a read), never for a mutation. */
export function isQueryBody(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    const query = (JSON.parse(body) as { query?: unknown }).query;
    return typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
  } catch {
    return false;
  }
}

/**
 * The second line of defence only: retries a query (never a mutation) once when the connection was
 * reset before the subgraph answered. The keep-alive timeouts above are the fix; this retry must not hide
 * them, so it can be switched off (the soak runs without it) and every retry is reported.
 */
export function withReadRetry(fetcher: SubgraphFetcher, onRetry: (err: unknown) => void): SubgraphFetcher {
  return async (url, init) => {
    try {
      return await fetcher(url, init);
    } catch (err) {
      if (!isConnectionReset(err) || !isQueryBody(init?.body)) throw err;
      onRetry(err);
      return fetcher(url, init);
    }
  };
}

/** Marks a 503 a draining process gave without handling the request (http-drain.ts): safe to send again. */
export const DRAINING_HEADER = 'x-mkib-draining';

/**
 * A subgraph that is draining (SIGTERM) answers a request on a connection the gateway kept alive with 503
 * and this header, and nothing was done: the gateway sends it once more, on a new connection (which a
 * load balancer gives a pod that is not stopping). Safe for a mutation too, so it is not switched off
 * with the read retry. Every retry is reported.
 */
export function withDrainRetry(fetcher: SubgraphFetcher, onRetry: () => void): SubgraphFetcher {
  return async (url, init) => {
    const res = await fetcher(url, init);
    if (res.status !== 503 || res.headers.get(DRAINING_HEADER) !== '1') return res;
    await res.text().catch(() => undefined);
    onRetry();
    return fetcher(url, init);
  };
}

import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  applyServerKeepAlive,
  createSubgraphFetcher,
  isConnectionReset,
  isQueryBody,
  KEEP_ALIVE,
  SubgraphFetcher,
  withDrainRetry,
  withReadRetry,
} from './keep-alive';

const reset = () =>
  Object.assign(new Error('request to x failed, reason: socket hang up'), { code: 'ECONNRESET' });
const body = (query: string) => ({ method: 'POST', body: JSON.stringify({ query }) });
const ok = { ok: true } as unknown as Awaited<ReturnType<SubgraphFetcher>>;

describe('keep-alive between the gateway and the subgraphs', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      const delay = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('delay') ?? 0);
      req.on('end', () => setTimeout(() => res.end('{"data":{}}'), delay));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('the gateway lets an idle connection go well before a subgraph would close it', () => {
    expect(KEEP_ALIVE.clientIdleMs * 2).toBeLessThanOrEqual(KEEP_ALIVE.serverMs);
    applyServerKeepAlive(server);
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE.serverMs);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('reuses a connection while it is fresh and closes it itself once idle', async () => {
    applyServerKeepAlive(server);
    const fetcher = createSubgraphFetcher(url, 300);
    for (let i = 0; i < 3; i++) expect((await fetcher(url, body('{ a }'))).status).toBe(200);
    const free = () => Object.values(fetcher.agent.freeSockets).flat().length;
    expect(free()).toBe(1);
    await new Promise((r) => setTimeout(r, 800));
    expect(free()).toBe(0);
    expect((await fetcher(url, body('{ a }'))).status).toBe(200);
    fetcher.agent.destroy();
  });

  it('never writes on a connection a subgraph is closing (Node default server timeout, reuse at ~6 s idle)', async () => {
    // The subgraph as Node leaves it: closes an idle connection after 5 s (plus Node's second of grace).
    server.keepAliveTimeout = 5_000;
    server.headersTimeout = 60_000;
    const fetcher = createSubgraphFetcher(url);
    const failures: unknown[] = [];
    // 40 connections, each used again right around the moment the server closes it.
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        await fetcher(url, body('{ a }'));
        await new Promise((r) => setTimeout(r, 5_985 + i * 0.75));
        await fetcher(url, body('{ a }')).catch((err) => failures.push(err));
      }),
    );
    fetcher.agent.destroy();
    expect(failures).toEqual([]);
  }, 20_000);

  it('does not cut off a slow answer: the idle limit is for unused connections only', async () => {
    const fetcher = createSubgraphFetcher(url, 200);
    expect((await fetcher(`${url}?delay=600`, body('{ a }'))).status).toBe(200);
    fetcher.agent.destroy();
  });
});

describe('the retry of reads on a reset connection (second line of defence)', () => {
  it('retries a query once', async () => {
    const fetcher = jest.fn<ReturnType<SubgraphFetcher>, Parameters<SubgraphFetcher>>();
    fetcher.mockRejectedValueOnce(reset()).mockResolvedValueOnce(ok);
    const onRetry = jest.fn();
    await expect(withReadRetry(fetcher, onRetry)('u', body('query Q { a }'))).resolves.toBe(ok);
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('never retries a mutation, nor any other failure', async () => {
    for (const [query, error] of [
      ['mutation M { a }', reset()],
      ['query Q { a }', new Error('invalid json response body')],
    ] as const) {
      const fetcher = jest.fn<ReturnType<SubgraphFetcher>, Parameters<SubgraphFetcher>>();
      fetcher.mockRejectedValue(error);
      await expect(withReadRetry(fetcher, jest.fn())('u', body(query))).rejects.toBe(error);
      expect(fetcher).toHaveBeenCalledTimes(1);
    }
  });

  it('tells a reset and a query apart', () => {
    expect(isConnectionReset(reset())).toBe(true);
    expect(isConnectionReset({ message: 'request failed, reason: read ECONNRESET' })).toBe(true);
    expect(isConnectionReset(new Error('timeout'))).toBe(false);
    expect(isQueryBody(JSON.stringify({ query: '{ a }' }))).toBe(true);
    expect(
      isQueryBody(JSON.stringify({ query: 'query($r: [_Any!]!) { _entities(representations: $r) { x } }' })),
    ).toBe(true);
    expect(isQueryBody(JSON.stringify({ query: 'mutation { a }' }))).toBe(false);
    expect(isQueryBody('not json')).toBe(false);
  });
});

describe('withDrainRetry', () => {
  const answer = (status: number, headers: Record<string, string> = {}) =>
    ({
      status,
      headers: { get: (h: string) => headers[h.toLowerCase()] ?? null },
      text: async () => '',
    }) as unknown as Awaited<ReturnType<SubgraphFetcher>>;

  it('sends a request again, a mutation too, when a draining subgraph refused it', async () => {
    const fetcher = jest.fn<ReturnType<SubgraphFetcher>, Parameters<SubgraphFetcher>>();
    const done = answer(200);
    fetcher.mockResolvedValueOnce(answer(503, { 'x-mkib-draining': '1' })).mockResolvedValueOnce(done);
    const onRetry = jest.fn();
    await expect(withDrainRetry(fetcher, onRetry)('u', body('mutation M { a }'))).resolves.toBe(done);
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('passes any other answer through, a plain 503 included, and retries only once', async () => {
    for (const first of [answer(503), answer(200), answer(500, { 'x-mkib-draining': '1' })]) {
      const fetcher = jest.fn<ReturnType<SubgraphFetcher>, Parameters<SubgraphFetcher>>();
      fetcher.mockResolvedValue(first);
      await expect(withDrainRetry(fetcher, jest.fn())('u', body('query Q { a }'))).resolves.toBe(first);
      expect(fetcher).toHaveBeenCalledTimes(1);
    }
    const draining = answer(503, { 'x-mkib-draining': '1' });
    const fetcher = jest.fn<ReturnType<SubgraphFetcher>, Parameters<SubgraphFetcher>>();
    fetcher.mockResolvedValue(draining);
    await expect(withDrainRetry(fetcher, jest.fn())('u', body('query Q { a }'))).resolves.toBe(draining);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });
});

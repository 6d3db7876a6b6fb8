import { createServer, Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { shutdownTimeoutFromEnvironment, trackHttpServer } from './http-drain';

const logger = { info: jest.fn(), warn: jest.fn() };

/** A server whose /slow answers after `ms`, and whose /fast answers at once. */
async function serve(ms: number) {
  const server: Server = createServer((req, res) => {
    if (req.url === '/slow') setTimeout(() => res.end('slow done'), ms).unref();
    else res.end('fast');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Until a request reached the server: a loaded machine may take a while (the limit is against hangs). */
async function reached(http: { inFlight: number }) {
  for (const until = Date.now() + 5000; http.inFlight === 0 && Date.now() < until; )
    await new Promise((r) => setTimeout(r, 10));
}

describe('trackHttpServer', () => {
  it('finishes requests in flight, refuses new ones with 503 + Retry-After, then closes', async () => {
    const { server, origin } = await serve(300);
    const onDraining = jest.fn();
    const http = trackHttpServer(server, { logger, timeoutMs: 5000, onDraining });
    const slow = fetch(`${origin}/slow`).then(async (r) => ({ status: r.status, body: await r.text() }));
    await reached(http);
    expect(http.inFlight).toBe(1);
    const drained = http.drain();
    expect(onDraining).toHaveBeenCalled();
    expect(http.draining).toBe(true);
    // A new connection is refused: the listener is closed.
    await expect(fetch(`${origin}/fast`)).rejects.toThrow();
    expect(await slow).toEqual({ status: 200, body: 'slow done' });
    expect(await drained).toEqual(expect.objectContaining({ inFlight: 1, abandoned: 0 }));
    expect(server.listening).toBe(false);
    // A second drain waits for the same one.
    expect(await http.drain()).toEqual(await drained);
  });

  it('answers a request that arrives on an open connection with 503, Retry-After and Connection: close', async () => {
    const { server, origin } = await serve(300);
    const http = trackHttpServer(server, { logger, timeoutMs: 5000 });
    const { port } = new URL(origin);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const ended = new Promise((r) => socket.on('close', r));
    await new Promise((r) => socket.once('connect', r));
    // The request has begun (so the connection is not idle) when the drain starts, and completes after.
    socket.write('GET /fast HTTP/1.1\r\nHost: x\r\n');
    // Something else is in flight, so the drain waits for it.
    const slow = fetch(`${origin}/slow`);
    await reached(http);
    const drained = http.drain();
    socket.write('\r\n');
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 503/);
    expect(answer).toMatch(/retry-after: 5/i);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('SERVICE_UNAVAILABLE');
    expect((await slow).status).toBe(200);
    expect(await drained).toEqual(expect.objectContaining({ refused: 1 }));
  });

  it('abandons what is still running when the timeout passes', async () => {
    const { server, origin } = await serve(10_000);
    const http = trackHttpServer(server, { logger, timeoutMs: 100 });
    const slow = fetch(`${origin}/slow`).then(
      () => 'answered',
      () => 'cut off',
    );
    await reached(http);
    expect(await http.drain()).toEqual(expect.objectContaining({ inFlight: 1, abandoned: 1 }));
    expect(await slow).toBe('cut off');
    expect(logger.warn).toHaveBeenCalled();
  });

  it('reads its timeout from MKIB_SHUTDOWN_TIMEOUT_MS', () => {
    expect(shutdownTimeoutFromEnvironment({})).toBe(20_000);
    expect(shutdownTimeoutFromEnvironment({ MKIB_SHUTDOWN_TIMEOUT_MS: '5000' })).toBe(5000);
    expect(shutdownTimeoutFromEnvironment({ MKIB_SHUTDOWN_TIMEOUT_MS: 'soon' })).toBe(20_000);
  });
});

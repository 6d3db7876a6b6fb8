import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { anySubgraphReady, healthHandlers, HealthRegistry, remoteReadiness } from './health';
import { resetHealthFailureLog } from './health-redact';

// The failures these tests cause are logged; not into the test output.
beforeAll(() => resetHealthFailureLog({ warn: () => undefined }));
afterAll(() => resetHealthFailureLog());

describe('HealthRegistry', () => {
  it('is not ready before startup finished, nor while draining', async () => {
    const health = new HealthRegistry().add('database', async () => true, { readiness: true });
    expect(await health.ready()).toEqual({ ready: false, reason: 'starting', checks: {} });
    health.markStarted();
    expect((await health.ready()).ready).toBe(true);
    health.markDraining();
    expect(await health.ready()).toEqual({ ready: false, reason: 'draining', checks: {} });
  });

  it('is not ready when a readiness check fails, throws or does not answer in time', async () => {
    const health = new HealthRegistry({}, 50)
      .add('database', () => new Promise(() => undefined), { readiness: true })
      .add(
        'other',
        async () => {
          throw new Error('gone');
        },
        { readiness: true },
      );
    health.markStarted();
    expect(await health.ready()).toEqual({
      ready: false,
      reason: 'database, other down',
      checks: {
        database: { status: 'down', detail: { error: 'timeout' } },
        other: { status: 'down', detail: { error: 'error' } },
      },
    });
  });

  it('stays ready but reports degraded when only a check outside readiness fails', async () => {
    const health = new HealthRegistry({ service: 'risk' }, 50)
      .add('database', async () => 'up', { readiness: true })
      .add('events', () => new Promise(() => undefined), { readiness: false });
    health.markStarted();
    expect((await health.ready()).ready).toBe(true);
    expect(await health.status()).toEqual({
      status: 'degraded',
      service: 'risk',
      phase: 'running',
      database: 'up',
      events: 'down',
      details: { events: { error: 'timeout' } },
    });
  });
});

describe('the health endpoints', () => {
  let server: Server;
  let origin: string;
  const health = new HealthRegistry({}, 100);
  let databaseUp = true;
  health.add('database', async () => databaseUp, { readiness: true });

  beforeAll(async () => {
    const handlers = healthHandlers(health);
    server = createServer((req, res) => {
      const handler = handlers[req.url ?? ''];
      if (handler) handler(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const statusOf = async (path: string) => (await fetch(`${origin}${path}`)).status;

  it('answer live at once, startup and ready only after startup, and ready not with the database down', async () => {
    expect(await statusOf('/health/live')).toBe(200);
    expect(await statusOf('/health/startup')).toBe(503);
    expect(await statusOf('/health/ready')).toBe(503);
    health.markStarted();
    expect(await statusOf('/health/startup')).toBe(200);
    expect(await statusOf('/health/ready')).toBe(200);
    expect(await statusOf('/health')).toBe(200);
    databaseUp = false;
    expect(await statusOf('/health/ready')).toBe(503);
    expect(await statusOf('/health/live')).toBe(200);
    const res = await fetch(`${origin}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', phase: 'running', database: 'down' });
    databaseUp = true;
  });

  it('let another process read readiness from a URL on this origin', async () => {
    expect(await remoteReadiness(`${origin}/graphql`)()).toEqual({ status: 'up' });
    databaseUp = false;
    expect(await remoteReadiness(`${origin}/graphql`)()).toEqual({ status: 'down', detail: { http: 503 } });
    databaseUp = true;
  });
});

describe('anySubgraphReady (the gateway)', () => {
  const up = async () => ({ status: 'up' as const });
  const down = async () => ({ status: 'down' as const });
  const broken = async (): Promise<never> => {
    throw new Error('refused');
  };

  it('is up while one subgraph is, and down only when none is', async () => {
    expect(await anySubgraphReady([down, up, broken])()).toEqual({ status: 'up', detail: { up: 1, of: 3 } });
    expect(await anySubgraphReady([down, broken])()).toEqual({ status: 'down', detail: { up: 0, of: 2 } });
  });

  it('makes a gateway with one subgraph down degraded but ready', async () => {
    const health = new HealthRegistry({ service: 'gateway' })
      .add('risk', down, { readiness: false })
      .add('policy', up, { readiness: false })
      .add('subgraphs', anySubgraphReady([down, up]), { readiness: true });
    health.markStarted();
    expect((await health.ready()).ready).toBe(true);
    expect((await health.status()).status).toBe('degraded');
  });
});

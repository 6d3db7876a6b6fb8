import { createServer, Server, Socket } from 'node:net';
import {
  classifiedGraphql,
  createTestDatabase,
  eventually,
  freePort,
  graphql,
  loadUntil,
  NodeProcess,
  PlatformProcess,
  signIn,
  startNodeProcess,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/**
 * Stops and outages as operations see them, on the all-in-one (embedded PostgreSQL, its own data
 * folder; no external database needed):
 * - a gateway process whose subgraph is down is degraded but ready (not ready only when none answers), and a query that needs that subgraph gets
 *   HTTP 503 with Retry-After and SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR with 200;
 * - SIGTERM while ~30 clients read and write: every request succeeds, is refused, or gets 503 with
 *   Retry-After; and every acknowledged write is there after a restart on the same data folder.
 * Slow and operational: integration tier, not run under faketime (tools/faketime/run.sh).
 */
const PARTIES = ['politie', 'ambulance', 'brandweer', 'kmar'];
const FACILITIES = `{ facilities { code } }`;
const FRAMEWORKS = `{ frameworks { code } }`;
const START_ICV = `mutation($y: Int!) { startIcv(year: $y) { id } }`;
const ASSESSMENT = `query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } findings { id description } } }`;
const RECORD_FINDING = `mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`;

let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as = (party: string) => tokens[party];

beforeAll(async () => {
  platform = await startPlatformProcess(
    {
      MKIB_RATE_LIMIT_PER_MINUTE: '1000000',
      // A retry would hide a reset connection: the drain must not need one.
      MKIB_GATEWAY_RETRY: 'off',
      MKIB_LOG_LEVEL: 'info',
      MKIB_SHUTDOWN_TIMEOUT_MS: '20000',
    },
    undefined,
    { keepDataDir: true },
  );
  for (const party of PARTIES)
    tokens[party] = (
      await signIn({ baseUrl: platform.baseUrl, username: `security-officer@${party}`, password: 'demo' })
    ).accessToken;
});

afterAll(async () => {
  await platform?.stop();
});

describe('a gateway whose subgraph is down', () => {
  let gateway: NodeProcess;
  let origin: string;

  beforeAll(async () => {
    // The platform's subgraphs, except risk: a port where nothing listens.
    const dead = `http://127.0.0.1:${await freePort()}/graphql`;
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    gateway = await startNodeProcess(
      'gateway',
      'apps/gateway/src/main.ts',
      {
        MKIB_PORT: String(port),
        MKIB_OIDC_ISSUER: `${platform.baseUrl}/realms/meldkamer`,
        MKIB_SUBGRAPH_URLS: Object.entries({ ...platform.subgraphs, risk: dead })
          .map(([name, url]) => `${name}=${url}`)
          .join(','),
      },
      /gateway listening on/,
    );
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('is alive, started and ready (the other subgraphs serve), and degraded naming the one down', async () => {
    expect((await fetch(`${origin}/health/live`)).status).toBe(200);
    expect((await fetch(`${origin}/health/startup`)).status).toBe(200);
    expect((await fetch(`${origin}/health/ready`)).status).toBe(200);
    const status = await fetch(`${origin}/health`);
    expect(status.status).toBe(200);
    expect(await status.json()).toEqual(
      expect.objectContaining({
        status: 'degraded',
        risk: 'down',
        policy: 'up',
        governance: 'up',
        icv: 'up',
        subgraphs: 'up',
      }),
    );
  });

  it('is not ready when no subgraph answers', async () => {
    const port = await freePort();
    const dead = `http://127.0.0.1:${await freePort()}/graphql`;
    const lonely = await startNodeProcess(
      'gateway',
      'apps/gateway/src/main.ts',
      {
        MKIB_PORT: String(port),
        MKIB_OIDC_ISSUER: `${platform.baseUrl}/realms/meldkamer`,
        MKIB_SUBGRAPH_URLS: Object.keys(platform.subgraphs)
          .map((name) => `${name}=${dead}`)
          .join(','),
      },
      /gateway listening on/,
    );
    try {
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual(
        expect.objectContaining({ status: 'unavailable', subgraphs: 'down' }),
      );
    } finally {
      await lonely.stop();
    }
  });

  it('answers a query that needs it with HTTP 503, Retry-After and SERVICE_UNAVAILABLE', async () => {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${as('politie')}` },
      body: JSON.stringify({ query: FACILITIES }),
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors.map((e) => e.extensions)).toEqual([
      { code: 'SERVICE_UNAVAILABLE', i18n: { key: 'service.unavailable', params: {} } },
    ]);
  });

  it('still answers a query the other subgraphs serve', async () => {
    const r = await graphql(`${origin}/graphql`, FRAMEWORKS, undefined, as('politie'));
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });
});

/**
 * A TCP proxy in front of PostgreSQL that the test can cut (every connection reset, new ones refused),
 * or turn into a black hole (connections accepted and kept, not a byte forwarded: a paused or
 * unreachable server) until it forwards again.
 */
async function databaseProxy(target: URL) {
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  const pairs = new Set<[Socket, Socket]>();
  let holding = false;
  const forward = ([client, upstream]: [Socket, Socket]) => {
    client.pipe(upstream);
    upstream.pipe(client);
  };
  const hold = ([client, upstream]: [Socket, Socket]) => {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  };
  const listen = (port: number) =>
    new Promise<boolean>((resolve) => {
      const candidate = createServer((client) => {
        const upstream = new Socket();
        upstream.connect(Number(target.port || 5432), target.hostname);
        const pair: [Socket, Socket] = [client, upstream];
        pairs.add(pair);
        for (const s of pair) {
          sockets.add(s);
          s.on('close', () => {
            sockets.delete(s);
            pairs.delete(pair);
          });
          s.on('error', () => undefined);
        }
        if (holding) hold(pair);
        else forward(pair);
      });
      candidate.once('error', () => resolve(false));
      candidate.listen(port, '127.0.0.1', () => {
        server = candidate;
        resolve(true);
      });
    });
  // Below the ephemeral range: no outgoing connection can take the port while the proxy is cut.
  let port = 0;
  while (!port) {
    const candidate = 20000 + Math.floor(Math.random() * 10000);
    if (await listen(candidate)) port = candidate;
  }
  const open = async () => {
    if (!(await listen(port))) throw new Error(`the proxy could not listen on ${port} again`);
  };
  const url = new URL(target);
  url.host = `127.0.0.1:${port}`;
  return {
    url: url.toString(),
    open,
    blackHole: () => {
      holding = true;
      for (const pair of pairs) hold(pair);
    },
    forward: () => {
      holding = false;
      for (const pair of pairs) forward(pair);
    },
    cut: () =>
      new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

describe('a database that is down (all-in-one on PostgreSQL behind a proxy)', () => {
  let db: TestDatabase;
  let proxy: Awaited<ReturnType<typeof databaseProxy>>;
  let onProxy: PlatformProcess;
  let token: string;

  beforeAll(async () => {
    db = (await createTestDatabase())!;
    proxy = await databaseProxy(new URL(db.url));
    onProxy = await startPlatformProcess({
      MKIB_DATABASE_URL: proxy.url,
      // Small limits, so that a black-holed database answers quickly (the defaults are 10 s and 60 s).
      MKIB_DATABASE_CONNECT_TIMEOUT_MS: '1000',
      MKIB_DATABASE_QUERY_TIMEOUT_MS: '2000',
    });
    token = (
      await signIn({ baseUrl: onProxy.baseUrl, username: 'security-officer@politie', password: 'demo' })
    ).accessToken;
  });
  afterAll(async () => {
    await onProxy?.stop();
    await proxy?.cut();
    await db?.drop();
  });

  it('is not ready and answers SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, and recovers', async () => {
    expect((await graphql(onProxy.graphqlUrl, FACILITIES, undefined, token)).errors).toBeUndefined();
    await proxy.cut();
    const ready = await fetch(`${onProxy.baseUrl}/health/ready`, { signal: AbortSignal.timeout(10_000) });
    expect(ready.status).toBe(503);
    expect((await fetch(`${onProxy.baseUrl}/health/live`)).status).toBe(200);
    const res = await fetch(onProxy.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: FACILITIES }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect({ status: res.status, codes: body.errors.map((e) => e.extensions.code) }).toEqual({
      status: 503,
      codes: ['SERVICE_UNAVAILABLE'],
    });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);

    await proxy.open();
    await eventually(
      () => graphql(onProxy.graphqlUrl, FACILITIES, undefined, token),
      (r) => r.status === 200 && !r.errors,
      'the platform serving again once the database is back',
      60_000,
    );
    expect((await fetch(`${onProxy.baseUrl}/health/ready`)).status).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE instead of hanging when the database never answers, and recovers', async () => {
    expect((await graphql(onProxy.graphqlUrl, FACILITIES, undefined, token)).errors).toBeUndefined();
    proxy.blackHole();
    try {
      // The limits are hang guards, not durations under test.
      const ready = await fetch(`${onProxy.baseUrl}/health/ready`, { signal: AbortSignal.timeout(20_000) });
      expect(ready.status).toBe(503);
      const res = await fetch(onProxy.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: FACILITIES }),
        signal: AbortSignal.timeout(20_000),
      });
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect({ status: res.status, codes: body.errors.map((e) => e.extensions.code) }).toEqual({
        status: 503,
        codes: ['SERVICE_UNAVAILABLE'],
      });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      proxy.forward();
    }
    await eventually(
      () => graphql(onProxy.graphqlUrl, FACILITIES, undefined, token),
      (r) => r.status === 200 && !r.errors,
      'the platform serving again once the database answers',
      60_000,
    );
    expect(
      (await fetch(`${onProxy.baseUrl}/health/ready`, { signal: AbortSignal.timeout(20_000) })).status,
    ).toBe(200);
  });
});

describe('SIGTERM under load (all-in-one)', () => {
  it('fails no accepted request, and keeps every acknowledged write across a restart', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const measures: Record<string, { frameworkCode: string; identifier: string }[]> = {};
    for (const party of PARTIES) {
      await graphql(platform.graphqlUrl, START_ICV, { y: year }, as(party));
      // The applicable measures arrive by events from the seeded facilities.
      const r = await eventually(
        () => graphql(platform.graphqlUrl, ASSESSMENT, { y: year }, as(party)),
        (x) => x.data?.assessment.entries.length > 0,
        `the measures ${party} assesses`,
        60_000,
      );
      measures[party] = r.data.assessment.entries.slice(0, 5);
    }
    const acknowledged: { party: string; description: string }[] = [];
    // 30 clients, half writing findings, half reading assessments; SIGTERM after a second and a half.
    const summary = await loadUntil({
      concurrency: 30,
      until: new Promise((r) => setTimeout(r, 1500)).then(() => platform.stop()),
      step: async (w, i) => {
        const party = PARTIES[w % PARTIES.length];
        if (w % 2) return classifiedGraphql(platform.graphqlUrl, ASSESSMENT, { y: year }, as(party));
        const description = `Drain ${w}-${i}: bevinding tijdens het stoppen.`;
        const r = await classifiedGraphql(
          platform.graphqlUrl,
          RECORD_FINDING,
          {
            i: {
              year,
              ...measures[party][i % measures[party].length],
              description,
              action: 'Herstellen.',
              owner: 'Test',
              dueDate: `${year}-06-30`,
            },
          },
          as(party),
        );
        if (r.outcome === 'ok') acknowledged.push({ party, description });
        return r;
      },
    });
    const drained = platform
      .output()
      .split('\n')
      .filter((l) => /draining|drained|drain timed out/.test(l));
    process.stdout.write(
      `SIGTERM under load (all-in-one): ${JSON.stringify(summary.counts)}, writes acknowledged ${acknowledged.length}\n` +
        `${drained.join('\n')}\n`,
    );
    expect(summary.failures).toEqual([]);
    expect(summary.counts.ok).toBeGreaterThan(0);
    expect(summary.counts.refused + summary.counts.unavailable).toBeGreaterThan(0);
    expect(platform.output()).toMatch(/drained: every request in flight finished/);

    // The same data folder again: every acknowledged finding is there.
    platform = await startPlatformProcess({}, undefined, { dataDir: platform.dataDir });
    for (const party of PARTIES)
      tokens[party] = (
        await signIn({ baseUrl: platform.baseUrl, username: `security-officer@${party}`, password: 'demo' })
      ).accessToken;
    const stored = new Set<string>();
    for (const party of PARTIES) {
      const r = await graphql(platform.graphqlUrl, ASSESSMENT, { y: year }, as(party));
      for (const f of r.data.assessment.findings as { description: string }[])
        stored.add(`${party}/${f.description}`);
    }
    expect(acknowledged.filter((a) => !stored.has(`${a.party}/${a.description}`))).toEqual([]);
  });
});

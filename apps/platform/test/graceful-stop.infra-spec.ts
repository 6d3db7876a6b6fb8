import {
  classifiedGraphql,
  createTestDatabase,
  DistributedPlatform,
  eventually,
  freePort,
  graphql,
  isoDay,
  keycloakPasswordGrant,
  loadUntil,
  startDistributed,
  TestDatabase,
} from '@mkib/testing';
// The test stops and starts the broker it owns; the broker tool is a script, not a library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { RunningKafka, startKafka } from '../../../tools/kafka/kafka';

/**
 * The distributed mode (each service and the gateway its own process, a broker of this file's own, the
 * real Keycloak) when things stop:
 * - the broker stopped: every service stays ready, `/health` says degraded and answers at once, a write
 *   goes through (the outbox keeps its event) and the event arrives once the broker is back;
 * - SIGTERM to a service and then to the gateway while ~30 clients read and write: every request
 *   succeeds, is refused, or gets 503 with Retry-After; every acknowledged write is there afterwards.
 */
const PARTIES = ['politie', 'ambulance', 'brandweer', 'kmar'];
const FACILITIES = `{ facilities { code } }`;
const START_ICV = `mutation($y: Int!) { startIcv(year: $y) { id } }`;
const ASSESSMENT = `query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } findings { id description } } }`;
const RECORD_FINDING = `mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`;
const CLASSIFY = `mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { bbn } }`;

let kafka: RunningKafka;
let db: TestDatabase;
let platform: DistributedPlatform;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  kafka = await startKafka({ port: await freePort(), controllerPort: await freePort() });
  db = (await createTestDatabase())!;
  platform = await startDistributed({
    databaseUrl: db.url,
    brokers: kafka.brokers.join(','),
    issuer: process.env.MKIB_KEYCLOAK_ISSUER!,
    serviceEnv: { MKIB_LOG_LEVEL: 'info' },
    gatewayEnv: { MKIB_LOG_LEVEL: 'info', MKIB_RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  for (const account of [...PARTIES.map((p) => `security-officer@${p}`), 'lms-operator@lms'])
    tokens[account] = await keycloakPasswordGrant(process.env.MKIB_KEYCLOAK_ISSUER!, account);
});

afterAll(async () => {
  await platform?.stop();
  await kafka?.destroy();
  await db?.drop();
});

const health = async (url: string) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

it('answers every health endpoint while the broker is paused (hung, not gone), and stays ready', async () => {
  kafka.pause();
  try {
    for (const [name, origin] of Object.entries(platform.serviceOrigins)) {
      // `health` gives up after 5 s: a probe that waits on a hung broker fails here.
      expect({ name, live: (await health(`${origin}/health/live`)).status }).toEqual({ name, live: 200 });
      expect({ name, ready: (await health(`${origin}/health/ready`)).status }).toEqual({ name, ready: 200 });
      const status = await health(`${origin}/health`);
      expect({ name, ...status }).toEqual({
        name,
        status: 200,
        body: expect.objectContaining({ status: 'degraded', database: 'up', events: 'down' }),
      });
      expect([200, 503]).toContain((await health(`${origin}/health/events`)).status);
    }
  } finally {
    kafka.resume();
  }
});

it('keeps every service ready while the broker is stopped, and delivers the outbox afterwards', async () => {
  await kafka.stop();
  try {
    for (const [name, origin] of Object.entries(platform.serviceOrigins)) {
      expect({ name, ready: (await health(`${origin}/health/ready`)).status }).toEqual({ name, ready: 200 });
      const status = await health(`${origin}/health`);
      expect({ name, ...status }).toEqual({
        name,
        status: 200,
        body: expect.objectContaining({ status: 'degraded', database: 'up', events: 'down' }),
      });
    }
    const gatewayOrigin = new URL(platform.graphqlUrl).origin;
    expect((await health(`${gatewayOrigin}/health/ready`)).status).toBe(200);
    // A write goes through: its event waits in the outbox.
    const r = await graphql(
      platform.graphqlUrl,
      CLASSIFY,
      {
        i: {
          facilityCode: 'GMS',
          biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
          bbn: 3,
          rationale: 'Terwijl de broker stilstaat',
          reviewDue: isoDay(365),
        },
      },
      tokens['lms-operator@lms'],
    );
    expect(r.errors).toBeUndefined();
  } finally {
    await kafka.restart();
  }
  await eventually(
    () => db.query(`SELECT subject FROM governance.smb_signal WHERE subject = 'GMS'`),
    (rows) => rows.length > 0,
    'the signal of the classification made while the broker was stopped',
    120_000,
  );
});

it('fails no accepted request when a service and then the gateway get SIGTERM under load', async () => {
  const year = new Date().getUTCFullYear() + 1;
  const measures: Record<string, { frameworkCode: string; identifier: string }[]> = {};
  const as = (party: string) => tokens[`security-officer@${party}`];
  for (const party of PARTIES) {
    await graphql(platform.graphqlUrl, START_ICV, { y: year }, as(party));
    const r = await eventually(
      () => graphql(platform.graphqlUrl, ASSESSMENT, { y: year }, as(party)),
      (x) => x.data?.assessment.entries.length > 0,
      `the measures ${party} assesses`,
      120_000,
    );
    measures[party] = r.data.assessment.entries.slice(0, 5);
  }
  const acknowledged: { party: string; description: string }[] = [];
  const load = (label: string, stop: () => Promise<void>) =>
    loadUntil({
      concurrency: 30,
      until: new Promise((r) => setTimeout(r, 1500)).then(stop),
      step: async (w, i) => {
        const party = PARTIES[w % PARTIES.length];
        // Reads from risk, writes to icv: each needs one subgraph, so an answer is whole or unavailable.
        if (w % 2) return classifiedGraphql(platform.graphqlUrl, FACILITIES, undefined, as(party));
        const description = `${label} ${w}-${i}: bevinding tijdens het stoppen.`;
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

  const service = await load('Risk', () => platform.processes.risk.stop());
  const riskDrain = platform.processes.risk
    .output()
    .split('\n')
    .filter((l) => /drain/.test(l));
  await platform.restart('risk');
  const gateway = await load('Gateway', () => platform.processes.gateway.stop());
  const gatewayDrain = platform.processes.gateway
    .output()
    .split('\n')
    .filter((l) => /drain/.test(l));
  process.stdout.write(
    `SIGTERM under load (distributed): risk ${JSON.stringify(service.counts)}, gateway ${JSON.stringify(gateway.counts)}, ` +
      `writes acknowledged ${acknowledged.length}\n${[...riskDrain, ...gatewayDrain].join('\n')}\n`,
  );
  expect({ risk: service.failures, gateway: gateway.failures }).toEqual({ risk: [], gateway: [] });
  expect(service.counts.ok).toBeGreaterThan(0);
  expect(gateway.counts.ok).toBeGreaterThan(0);

  await platform.restart('gateway');
  const stored = new Set<string>();
  for (const party of PARTIES) {
    const r = await graphql(platform.graphqlUrl, ASSESSMENT, { y: year }, as(party));
    for (const f of r.data.assessment.findings as { description: string }[])
      stored.add(`${party}/${f.description}`);
  }
  expect(acknowledged.filter((a) => !stored.has(`${a.party}/${a.description}`))).toEqual([]);
});

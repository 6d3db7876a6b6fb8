/**
 * The supervisor behind `npm run start:distributed`: the distributed mode on one machine.
 *
 * 1. Its dependencies. Each one named in the environment (MKIB_DATABASE_URL, MKIB_KAFKA_BROKERS,
 *    MKIB_OIDC_ISSUER) is waited for, saying what it waits for and how to start it. Each one not named is
 *    used when it already answers on its port, else started here and stopped again at the end:
 *    PostgreSQL by tools/postgres/start.sh, Kafka by tools/kafka, Keycloak by tools/keycloak. PostgreSQL's
 *    and Kafka's data are kept across restarts unless --fresh is given.
 * 2. The four services, one after the other (each migrates its schema and creates its topics) as soon
 *    as PostgreSQL and Kafka answer, then the gateway once Keycloak does too; each its own process, their
 *    output passed through line by line as `[risk] …`.
 * 3. Every URL, health URL, port and process id, once all are ready.
 * 4. When a child dies, it says so (`[supervisor] risk (pid …) died …`) and stops everything, with exit
 *    code 1: no restart, so a crash is seen, not hidden. Ctrl-C (SIGINT) or SIGTERM stop everything too.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { startKafka } from '../kafka/kafka';
import { DEV_PASSWORD, startKeycloak } from '../keycloak/keycloak';

const ROOT = join(__dirname, '..', '..');
const CACHE = process.env.MKIB_CACHE ?? join(ROOT, '.cache');
export const SERVICES = ['governance', 'policy', 'risk', 'icv'] as const;
type Service = (typeof SERVICES)[number];

const say = (line: string) => process.stdout.write(`[supervisor] ${line}\n`);
/** Set on the way out: waiting for a dependency then gives up. */
let stopping = false;

/** MKIB_SERVICE_PORTS: a base port (the services take it and the next three) or `risk=8083,…` for all four. */
export function servicePorts(spec: string | undefined, gatewayPort: number): Record<Service, number> {
  if (!spec || /^\d+$/.test(spec.trim())) {
    const base = spec ? Number(spec) : gatewayPort + 1;
    return Object.fromEntries(SERVICES.map((s, i) => [s, base + i])) as Record<Service, number>;
  }
  const pairs = Object.fromEntries(spec.split(',').map((p) => p.trim().split('=')));
  const missing = SERVICES.filter((s) => !/^\d+$/.test(pairs[s] ?? ''));
  if (missing.length)
    throw new Error(
      `MKIB_SERVICE_PORTS must be a base port or give all four services (missing ${missing.join(', ')})`,
    );
  return Object.fromEntries(SERVICES.map((s) => [s, Number(pairs[s])])) as Record<Service, number>;
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function kafkaAnswers(brokers: string): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'mkib-supervisor',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function issuerAnswers(issuer: string): Promise<boolean> {
  try {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(3000),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/** Waits until `check` passes, saying every 10 s what it waits for and how to start it. */
async function waitFor(what: string, check: () => Promise<boolean>, hint: string): Promise<void> {
  let told = 0;
  while (!(await check())) {
    if (stopping) throw new Error(`stopped while waiting for ${what}`);
    if (Date.now() - told > 10_000) {
      say(`waiting for ${what}. ${hint}`);
      told = Date.now();
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  say(`${what} answers`);
}

/** Runs a script, its stderr passed through; resolves with the last line of its stdout and its stderr. */
function runScript(
  args: string[],
  env: NodeJS.ProcessEnv,
  prefix: string,
): Promise<{ last: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stdout.on('data', (d) => (out += d));
    createInterface({ input: child.stderr }).on('line', (l) => {
      stderr += `${l}\n`;
      process.stdout.write(`[${prefix}] ${l}\n`);
    });
    // 'close', not 'exit': after the last line of its output has been read.
    child.once('close', (code) =>
      code === 0
        ? resolve({ last: out.trim().split('\n').pop() ?? '', stderr })
        : reject(new Error(`${args.join(' ')} failed (${code})`)),
    );
  });
}

interface Dependency {
  name: string;
  lines: string[];
  stop?: () => Promise<void>;
}

async function postgres(fresh: boolean): Promise<Dependency> {
  const configured = process.env.MKIB_DATABASE_URL;
  if (configured) {
    await waitFor(
      `PostgreSQL at ${configured.replace(/:[^:@/]*@/, ':***@')} (MKIB_DATABASE_URL)`,
      () => postgresAnswers(configured),
      'Start it (bash tools/postgres/start.sh prints a URL), or unset MKIB_DATABASE_URL and this starts one.',
    );
    return { name: 'PostgreSQL', lines: [configured] };
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PGPORT: process.env.PGPORT ?? '15432' };
  const data = env.PGDATA ?? join(CACHE, 'postgres', 'data');
  const { last: url, stderr } = await runScript(
    ['tools/postgres/start.sh', ...(fresh ? ['--fresh'] : [])],
    env,
    'postgres',
  );
  process.env.MKIB_DATABASE_URL = url;
  if (/already running/.test(stderr))
    return { name: 'PostgreSQL', lines: [`${url}   (already running; left running)`] };
  return {
    name: 'PostgreSQL',
    lines: [
      `${url}   data ${fresh ? 'fresh (fsync off)' : 'kept (fsync on)'} in ${data}`,
      'stopped at the end, data kept: bash tools/postgres/start.sh brings it back',
    ],
    stop: async () => void (await runScript(['tools/postgres/stop.sh'], env, 'postgres').catch(() => '')),
  };
}

async function kafka(fresh: boolean): Promise<Dependency> {
  const configured = process.env.MKIB_KAFKA_BROKERS;
  if (configured) {
    await waitFor(
      `Kafka at ${configured} (MKIB_KAFKA_BROKERS)`,
      () => kafkaAnswers(configured),
      'Start it (npm run kafka -- <port>), or unset MKIB_KAFKA_BROKERS and this starts one.',
    );
    return { name: 'Kafka', lines: [configured] };
  }
  const port = Number(process.env.MKIB_KAFKA_PORT ?? 19092);
  const brokers = `127.0.0.1:${port}`;
  process.env.MKIB_KAFKA_BROKERS = brokers;
  if (await kafkaAnswers(brokers)) {
    say(`using the Kafka broker already running on ${brokers}`);
    return { name: 'Kafka', lines: [`${brokers}   (already running; left running)`] };
  }
  const controllerPort = Number(process.env.MKIB_KAFKA_CONTROLLER_PORT ?? port + 1);
  const dataDir = process.env.MKIB_KAFKA_DATA ?? join(CACHE, `kafka-data-${port}`);
  say(`starting Kafka on ${brokers} (controller port ${controllerPort})`);
  const k = await startKafka({ port, controllerPort, dataDir, keepData: !fresh });
  return {
    name: 'Kafka',
    lines: [
      `${brokers}   controller 127.0.0.1:${controllerPort}   data ${fresh ? 'fresh' : 'kept'} in ${dataDir}`,
    ],
    stop: () => k.stop(),
  };
}

async function keycloak(gatewayPort: number): Promise<Dependency> {
  const configured = process.env.MKIB_OIDC_ISSUER;
  if (configured) {
    await waitFor(
      `Keycloak realm ${configured} (MKIB_OIDC_ISSUER)`,
      () => issuerAnswers(configured),
      'Start it (npm run keycloak -- <port>), or unset MKIB_OIDC_ISSUER and this starts one.',
    );
    return {
      name: 'Keycloak',
      lines: [`${configured}   health ${configured}/.well-known/openid-configuration`],
    };
  }
  const port = Number(process.env.MKIB_KEYCLOAK_PORT ?? 18480);
  const issuer = `http://127.0.0.1:${port}/realms/meldkamer`;
  process.env.MKIB_OIDC_ISSUER = issuer;
  if (await issuerAnswers(issuer)) {
    say(`using the Keycloak already running at ${issuer}`);
    return { name: 'Keycloak', lines: [`${issuer}   (already running; left running)`] };
  }
  const managementPort = Number(process.env.MKIB_KEYCLOAK_MANAGEMENT_PORT ?? port + 1);
  const publicUrl = process.env.MKIB_PUBLIC_URL ?? `http://localhost:${gatewayPort}`;
  say(`starting Keycloak on 127.0.0.1:${port} (management port ${managementPort}); it takes a minute`);
  const kc = await startKeycloak({ port, managementPort, publicUrl });
  return {
    name: 'Keycloak',
    lines: [
      `${issuer}   health ${kc.managementUrl}/health/ready (management port ${managementPort})`,
      `realm imported for ${publicUrl}; development users (lms-operator@lms, …) with password ${DEV_PASSWORD}`,
    ],
    stop: () => kc.stop(),
  };
}

interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<void>;
}

export async function runSupervisor(argv: string[]): Promise<void> {
  const started = Date.now();
  const fresh = argv.includes('--fresh') || process.env.MKIB_FRESH === '1';
  const gatewayPort = Number(process.env.MKIB_PORT ?? 8080);
  const ports = servicePorts(process.env.MKIB_SERVICE_PORTS, gatewayPort);
  for (const [name, port] of [['gateway', gatewayPort], ...Object.entries(ports)] as [string, number][]) {
    if (!(await portFree(port))) {
      say(
        `port ${port} (${name}) is in use: choose others with MKIB_PORT (gateway) and ` +
          'MKIB_SERVICE_PORTS (a base port, or policy=…,risk=…,icv=…,governance=…)',
      );
      process.exit(2);
    }
  }

  const deps: Dependency[] = [];
  const children: Child[] = [];
  let depsSettled = false;
  let depsStarting: Promise<unknown> = Promise.resolve();
  const shutdown = async (code: number) => {
    if (stopping) {
      say('stopping now, leaving what has not stopped yet');
      process.exit(code || 1);
    }
    stopping = true;
    for (const c of [...children].reverse()) {
      if (c.process.exitCode === null && c.process.signalCode === null) {
        c.process.kill('SIGTERM');
        const timer = setTimeout(() => c.process.kill('SIGKILL'), 15_000);
        await c.exited;
        clearTimeout(timer);
      }
    }
    // A dependency still starting is stopped once it is up, not left running behind us.
    if (!depsSettled)
      say('waiting for the dependencies that are starting, to stop them (Ctrl-C again: leave them)');
    await depsStarting;
    for (const d of [...deps].reverse()) {
      if (d.stop) {
        say(`stopping ${d.name}`);
        await d.stop().catch((err) => say(`${d.name} did not stop cleanly: ${err}`));
      }
    }
    say(`stopped everything${code ? ` (exit code ${code})` : ''}`);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  // The three dependencies at once; when one fails, stop the ones that started. The services need
  // PostgreSQL and Kafka to start; Keycloak only for requests (its keys are fetched on the first
  // token), so they start while Keycloak is still starting, and the gateway once it is up.
  const timed = async (name: string, dep: Promise<Dependency>) => {
    const t0 = Date.now();
    const d = await dep;
    say(`${name} ready after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return d;
  };
  const dependencies = [
    timed('PostgreSQL', postgres(fresh)),
    timed('Kafka', kafka(fresh)),
    timed('Keycloak', keycloak(gatewayPort)),
  ];
  const starting = Promise.allSettled(dependencies).then((all) => {
    for (const r of all) if (r.status === 'fulfilled') deps.push(r.value);
    depsSettled = true;
    return all;
  });
  depsStarting = starting;
  const failedToStart = async (results: PromiseSettledResult<Dependency>[]) => {
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!failed || stopping) return !!failed || stopping;
    say(
      `a dependency did not start: ${failed.reason instanceof Error ? failed.reason.message : failed.reason}`,
    );
    await shutdown(1);
    return true;
  };
  if (await failedToStart(await Promise.allSettled(dependencies.slice(0, 2)))) return;
  const common = {
    MKIB_DATABASE_URL: process.env.MKIB_DATABASE_URL!,
    MKIB_KAFKA_BROKERS: process.env.MKIB_KAFKA_BROKERS!,
    MKIB_OIDC_ISSUER: process.env.MKIB_OIDC_ISSUER!,
    MKIB_LOG_LEVEL: process.env.MKIB_LOG_LEVEL ?? 'info',
  };

  const startChild = (name: string, entry: string, env: Record<string, string>) =>
    new Promise<Child>((resolve, reject) => {
      const proc = spawn(process.execPath, [join(ROOT, 'tools/run.js'), join(ROOT, entry)], {
        cwd: ROOT,
        env: { ...process.env, ...common, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<void>((r) => proc.once('exit', () => r()));
      const child = { name, process: proc, exited };
      children.push(child);
      let ready = false;
      const onLine = (line: string) => {
        process.stdout.write(`[${name}] ${line}\n`);
        if (!ready && /listening on/.test(line)) {
          ready = true;
          resolve(child);
        }
      };
      createInterface({ input: proc.stdout! }).on('line', onLine);
      createInterface({ input: proc.stderr! }).on('line', onLine);
      proc.once('exit', (code, signal) => {
        if (stopping) return;
        const how = signal ? `killed by ${signal}` : `exit code ${code}`;
        say(
          `${name} (pid ${proc.pid}) died (${how}): stopping everything. Start again with npm run start:distributed`,
        );
        if (!ready) reject(new Error(`${name} died while starting`));
        void shutdown(1);
      });
    });

  try {
    // One after the other: each runs its migrations and creates its topics at start.
    for (const name of SERVICES) {
      say(`starting ${name} on port ${ports[name]}`);
      await startChild(name, `apps/${name}-service/src/main.ts`, { MKIB_SERVICE_PORT: String(ports[name]) });
    }
    if (!depsSettled) say('the services are up; the gateway starts when Keycloak is');
    if (await failedToStart(await starting)) return;
    say(`starting the gateway on port ${gatewayPort}`);
    await startChild('gateway', 'apps/gateway/src/main.ts', {
      MKIB_PORT: String(gatewayPort),
      MKIB_SUBGRAPH_URLS: SERVICES.map((n) => `${n}=http://127.0.0.1:${ports[n]}/graphql`).join(','),
    });
  } catch {
    return; // the exit handler reported it and stops everything
  }

  const pid = (name: string) => children.find((c) => c.name === name)?.process.pid;
  const origin = (port: number) => `http://127.0.0.1:${port}`;
  const rows = [
    `  gateway      ${origin(gatewayPort)}/graphql   health ${origin(gatewayPort)}/health   pid ${pid('gateway')}`,
    ...SERVICES.map(
      (s) =>
        `  ${s.padEnd(11)}  ${origin(ports[s])}/graphql   health ${origin(ports[s])}/health   pid ${pid(s)}`,
    ),
    ...deps.flatMap((d) => d.lines.map((l, i) => `  ${(i ? '' : d.name).padEnd(11)}  ${l}`)),
  ];
  say(`MKIB distributed mode ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const row of rows) say(row);
  say(
    `a token: MKIB_OIDC_ISSUER=${process.env.MKIB_OIDC_ISSUER} npm run token -- lms-operator@lms; ` +
      'Ctrl-C stops everything; a child that dies stops everything',
  );
}

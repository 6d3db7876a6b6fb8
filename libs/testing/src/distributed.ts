import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './platform-process';

const ROOT = join(__dirname, '..', '..', '..');

export interface NodeProcess {
  name: string;
  output(): string;
  /** SIGTERM (or SIGKILL when `hard`), resolving when the process has exited. */
  stop(hard?: boolean): Promise<void>;
}

/** Runs a TypeScript entry point as its own process and waits for the line that says it is ready. */
export async function startNodeProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 120_000,
): Promise<NodeProcess> {
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'tools/run.js'), join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, MKIB_LOG_LEVEL: process.env.MKIB_LOG_LEVEL ?? 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  while (!ready.test(output)) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    output: () => output,
    async stop(hard = false) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(hard ? 'SIGKILL' : 'SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const SERVICE_NAMES = ['governance', 'policy', 'risk', 'icv'] as const;
type ServiceName = (typeof SERVICE_NAMES)[number];

export interface DistributedPlatform {
  graphqlUrl: string;
  /** Each service's own origin (its /graphql and /health). */
  serviceOrigins: Record<ServiceName, string>;
  processes: Record<ServiceName | 'gateway', NodeProcess>;
  /** Stops (SIGTERM) a process if it runs and starts it again on its port. */
  restart(name: ServiceName | 'gateway'): Promise<void>;
  stop(): Promise<void>;
}

/** The distributed mode on one machine: each service and the gateway as its own process. */
export async function startDistributed(params: {
  databaseUrl: string;
  brokers: string;
  issuer: string;
  /** Extra environment of every service process, and of the gateway (e.g. log level, rate limit). */
  serviceEnv?: Record<string, string>;
  gatewayEnv?: Record<string, string>;
}): Promise<DistributedPlatform> {
  const ports = {
    risk: await freePort(),
    governance: await freePort(),
    policy: await freePort(),
    icv: await freePort(),
    gateway: await freePort(),
  };
  const common = {
    MKIB_DATABASE_URL: params.databaseUrl,
    MKIB_KAFKA_BROKERS: params.brokers,
    MKIB_OIDC_ISSUER: params.issuer,
  };
  const startService = (name: ServiceName) =>
    startNodeProcess(
      name,
      `apps/${name}-service/src/main.ts`,
      { ...common, MKIB_SERVICE_PORT: String(ports[name]), ...params.serviceEnv },
      /service listening on/,
    );
  // One after the other: each runs migrations and creates topics at start.
  const processes = {} as DistributedPlatform['processes'];
  for (const name of SERVICE_NAMES) processes[name] = await startService(name);
  const startGateway = () =>
    startNodeProcess(
      'gateway',
      'apps/gateway/src/main.ts',
      {
        MKIB_OIDC_ISSUER: params.issuer,
        MKIB_PORT: String(ports.gateway),
        MKIB_SUBGRAPH_URLS: SERVICE_NAMES.map((n) => `${n}=http://127.0.0.1:${ports[n]}/graphql`).join(','),
        ...params.gatewayEnv,
      },
      /gateway listening on/,
    );
  processes.gateway = await startGateway();
  return {
    graphqlUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    serviceOrigins: Object.fromEntries(
      SERVICE_NAMES.map((n) => [n, `http://127.0.0.1:${ports[n]}`]),
    ) as Record<ServiceName, string>,
    processes,
    async restart(name) {
      await processes[name].stop();
      processes[name] = name === 'gateway' ? await startGateway() : await startService(name);
    },
    async stop() {
      await processes.gateway.stop();
      for (const name of [...SERVICE_NAMES].reverse()) await processes[name].stop();
    },
  };
}

import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface PlatformProcess {
  baseUrl: string;
  graphqlUrl: string;
  dataDir: string;
  /** Subgraph name to its own GraphQL URL, to call a service directly (bypassing the gateway). */
  subgraphs: Record<string, string>;
  output(): string;
  stop(): Promise<void>;
}

export interface PlatformProcessOptions {
  /** Use this data folder (e.g. an existing release's) instead of a fresh one. */
  dataDir?: string;
  /** Leave the data folder in place when the platform stops. */
  keepDataDir?: boolean;
}

/**
 * Starts the all-in-one platform as its own process (exactly what `npm start` runs), on a free loopback
 * port and a fresh data folder. `MKIB_DATABASE_URL` in `env` points it at a real PostgreSQL instead.
 */
export async function startPlatformProcess(
  env: Record<string, string> = {},
  timeoutMs = 120_000,
  options: PlatformProcessOptions = {},
): Promise<PlatformProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mkib-test-'));
  // A free port is free when asked, not always when the platform binds it: with many suites starting
  // platforms at once another may take it in between (EADDRINUSE). Then try again on another port.
  for (let attempt = 1; ; attempt++) {
    const port = env.MKIB_PORT ? Number(env.MKIB_PORT) : await freePort();
    try {
      return await startOnce(env, timeoutMs, options, port, dataDir);
    } catch (err) {
      const taken = /EADDRINUSE/.test(String((err as Error).message));
      if (!taken || env.MKIB_PORT || attempt >= 3) throw err;
    }
  }
}

async function startOnce(
  env: Record<string, string>,
  timeoutMs: number,
  options: PlatformProcessOptions,
  port: number,
  dataDir: string,
): Promise<PlatformProcess> {
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'tools/run.js'), join(ROOT, 'apps/platform/src/main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        MKIB_PORT: String(port),
        MKIB_HOST: '127.0.0.1',
        MKIB_PUBLIC_URL: baseUrl,
        MKIB_DATA_DIR: dataDir,
        MKIB_LOG_LEVEL: process.env.MKIB_LOG_LEVEL ?? 'warn',
        // Tests count audit rows: no anchoring on a timer unless a test asks for it.
        MKIB_AUDIT_ANCHOR_INTERVAL_MS: process.env.MKIB_AUDIT_ANCHOR_INTERVAL_MS ?? '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${output}`);
    if (output.includes('MKIB is running')) break;
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`platform did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    dataDir,
    subgraphs: Object.fromEntries([...output.matchAll(/Subgraph: (\S+) (\S+)/g)].map((m) => [m[1], m[2]])),
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (!options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

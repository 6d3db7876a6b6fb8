import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Client } from 'pg';

/**
 * The README's "Distributed mode" blocks, run as written: `npm run start:distributed` (the supervisor),
 * then the token from Keycloak and a query through the gateway. Only ports and data folders differ
 * (temporary ones), and Keycloak is the test run's own (a second one would share its dev database):
 * the supervisor waits for it, and starts PostgreSQL and Kafka itself. Then a child is killed with
 * SIGKILL and the supervisor must say so and stop everything, as the README says.
 */
const ROOT = join(__dirname, '..', '..', '..');

function readmeBlocks(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Distributed mode'), readme.indexOf('## Tests'));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());
}

let supervisor: ChildProcess;
let output = '';
let exited: Promise<number | null>;
let dir: string;
const env: Record<string, string> = {};

async function waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = output.match(pattern);
    if (m) return m;
    if (supervisor.exitCode !== null || Date.now() > deadline)
      throw new Error(`no ${pattern} in the supervisor's output:\n${output.slice(-5000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Distinct free ports below the ephemeral range: they are bound a minute later, and no outgoing
 * connection of the run can take one meanwhile.
 */
async function reservedPorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    const free = await new Promise<boolean>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) ports.add(port);
  }
  return [...ports];
}

const portAnswers = async (port: number) =>
  fetch(`http://127.0.0.1:${port}/health`).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mkib-distributed-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as the postgres user when the tests run as root
  const [gateway, governance, policy, risk, icv, pg, kafka, controller] = await reservedPorts(8);
  Object.assign(env, {
    MKIB_PORT: String(gateway),
    MKIB_SERVICE_PORTS: `governance=${governance},policy=${policy},risk=${risk},icv=${icv}`,
    PGPORT: String(pg),
    PGDATA: join(dir, 'pg'),
    MKIB_KAFKA_PORT: String(kafka),
    MKIB_KAFKA_CONTROLLER_PORT: String(controller),
    MKIB_KAFKA_DATA: join(dir, 'kafka'),
    MKIB_OIDC_ISSUER: process.env.MKIB_KEYCLOAK_ISSUER!,
  });
});

afterAll(async () => {
  if (supervisor?.exitCode === null && supervisor.pid) {
    process.kill(-supervisor.pid, 'SIGTERM');
    await exited;
  }
  execFileSync('bash', ['tools/postgres/stop.sh', '--purge'], {
    cwd: ROOT,
    env: { ...process.env, PGDATA: env.PGDATA },
    stdio: 'ignore',
  });
  rmSync(dir, { recursive: true, force: true });
});

describe('the README distributed mode', () => {
  it('starts with one command, answers a Keycloak token through the gateway, and stops everything when a child dies', async () => {
    const [start, query] = readmeBlocks();
    expect(start).toBe('npm run start:distributed');

    const { MKIB_DATABASE_URL: _d, MKIB_KAFKA_BROKERS: _k, ...inherited } = process.env;
    supervisor = spawn('bash', ['-c', start], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    supervisor.stdout!.on('data', (d) => (output += d));
    supervisor.stderr!.on('data', (d) => (output += d));
    exited = new Promise((resolve) => supervisor.once('exit', (code) => resolve(code)));

    await waitForOutput(/\[supervisor\] MKIB distributed mode ready/, 300_000);
    const gatewayUrl = (await waitForOutput(/\[supervisor\]\s+gateway\s+(http:\S+\/graphql)/, 1000))[1];
    expect(gatewayUrl).toBe(`http://127.0.0.1:${env.MKIB_PORT}/graphql`);
    const riskPid = Number((await waitForOutput(/\[supervisor\]\s+risk\s+.*pid (\d+)/, 1000))[1]);
    // Each child's log comes through with its name.
    expect(output).toMatch(/^\[risk\] .*risk service listening on/m);

    // The second block as written, on this run's gateway and Keycloak.
    const script = query
      .replaceAll('http://127.0.0.1:18480/realms/meldkamer', env.MKIB_OIDC_ISSUER)
      .replaceAll('http://127.0.0.1:8080/', `http://127.0.0.1:${env.MKIB_PORT}/`);
    const answer = execFileSync('bash', ['-c', script], { cwd: ROOT, env: process.env, encoding: 'utf8' });
    expect(JSON.parse(answer)).toEqual({ data: { framework: { requirementCount: 263 } } });

    process.kill(riskPid, 'SIGKILL');
    await waitForOutput(
      new RegExp(
        `\\[supervisor\\] risk \\(pid ${riskPid}\\) died \\(killed by SIGKILL\\): stopping everything`,
      ),
      30_000,
    );
    expect(await exited).toBe(1);
    expect(output).toMatch(/\[supervisor\] stopped everything \(exit code 1\)/);
    expect(await portAnswers(Number(env.MKIB_PORT))).toBe(false);

    // PostgreSQL was stopped with its data kept: started again, the services' schemas are there.
    const url = execFileSync('bash', ['tools/postgres/start.sh'], {
      cwd: ROOT,
      env: { ...process.env, PGDATA: env.PGDATA, PGPORT: env.PGPORT },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop()!;
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT schema_name FROM information_schema.schemata WHERE schema_name IN ('governance', 'policy', 'risk', 'icv') ORDER BY 1",
    );
    await client.end();
    expect(rows.map((r) => r.schema_name)).toEqual(['governance', 'icv', 'policy', 'risk']);
  });
});

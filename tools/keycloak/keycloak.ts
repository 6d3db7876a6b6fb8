/**
 * A real Keycloak for development and CI: the server distribution from Maven Central (fetched with mvn,
 * cached in .cache/), started on 127.0.0.1 in dev mode with the realm as code plus generated development
 * users, and stopped again.
 *
 * Version: Keycloak 26.7.3, the newest quarkus distribution Maven Central served here (26.7.4 was not
 * served). It started here on both JDKs the machines have: Debian's OpenJDK 17 (Keycloak 26's oldest
 * supported Java) and Temurin 25. The newest JDK 17+ under /usr/lib/jvm is used, or JAVA_HOME.
 *
 *   npm run keycloak -- [port]   # prints the issuer URL, keeps running
 *
 * Keycloak also listens on a management port (health and metrics; default port + 1,
 * MKIB_KEYCLOAK_MANAGEMENT_PORT to change it). Its dev database is rebuilt on every start: the realm and
 * the development users are imported again.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { findJavaHome } from '../jvm';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Relative, not the alias: Jest loads this file from a global setup, where path aliases do not apply.
import { coUserAccount, DEMO_ACCOUNTS, DemoAccount } from '../../libs/server/dev-issuer/src/demo-accounts';
import { PARTIES } from '../../libs/domain/governance/src/parties';

/**
 * The development users: the fixed parties' demo accounts and one `medegebruiker@<code>` per co-user of
 * the seeded party register (the built-in issuer follows governance's register as it changes; a co-user
 * the LMS admits later gets its Keycloak user from the realm's administrator).
 */
export const DEVELOPMENT_ACCOUNTS: DemoAccount[] = [
  ...DEMO_ACCOUNTS,
  ...PARTIES.filter((p) => p.kind === 'MEDEGEBRUIKER' || p.kind === 'BIJZONDERE_GEBRUIKER').map((p) =>
    coUserAccount({ code: p.code, name: p.name, responsibleParty: p.responsibleHoofdgebruiker ?? null }),
  ),
];

export const KEYCLOAK_VERSION = '26.7.3';
const ROOT = join(__dirname, '..', '..');
const CACHE = process.env.MKIB_CACHE ?? join(ROOT, '.cache');
export const DEV_PASSWORD = 'demo';
export const TEST_CLIENT_ID = 'mkib-test';
/**
 * A development user that only the brute-force test signs in with: it locks this account out, and no
 * other test may find a demo account locked.
 */
export const LOCKOUT_PROBE_USER = 'lockout-probe@lms';

/** Fetches (once) and unpacks the distribution; returns the Keycloak home folder. */
export function ensureKeycloak(): string {
  const home = join(CACHE, 'keycloak', `keycloak-${KEYCLOAK_VERSION}`);
  if (existsSync(join(home, 'bin', 'kc.sh'))) return home;
  const repo = join(CACHE, 'm2');
  const artifact = join(
    repo,
    'org/keycloak/keycloak-quarkus-dist',
    KEYCLOAK_VERSION,
    `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.tar.gz`,
  );
  if (!existsSync(artifact)) {
    execFileSync(
      'mvn',
      [
        '-q',
        '-B',
        `-Dmaven.repo.local=${repo}`,
        'dependency:get',
        `-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:tar.gz`,
        '-Dtransitive=false',
      ],
      { stdio: 'inherit' },
    );
  }
  mkdirSync(join(CACHE, 'keycloak'), { recursive: true });
  execFileSync('tar', ['-xzf', artifact, '-C', join(CACHE, 'keycloak')]);
  return home;
}

/** The realm as code, with the public URL filled in, plus development users and the test client. */
export function developmentRealm(publicUrl: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, 'k8s/keycloak/realm-meldkamer.json'), 'utf8').replaceAll(
    '${MKIB_PUBLIC_URL}',
    publicUrl,
  );
  const realm = JSON.parse(text);
  realm.passwordPolicy = ''; // demo passwords are short; the production policy stays in the realm file
  realm.clients.push({
    clientId: TEST_CLIENT_ID,
    name: 'Tests only: password grant for development users',
    enabled: true,
    publicClient: true,
    standardFlowEnabled: false,
    directAccessGrantsEnabled: true,
    protocol: 'openid-connect',
    defaultClientScopes: ['mkib-api', 'profile'],
  });
  realm.users = DEVELOPMENT_ACCOUNTS.map((a) => ({
    username: a.username,
    enabled: true,
    firstName: 'Demo',
    lastName: `${a.roles.join(' + ')} ${a.party}`,
    // From the username, which is unique (an account may hold more roles than one): as the dev issuer's.
    email: a.email,
    emailVerified: true,
    attributes: {
      party: [a.party],
      ...(a.responsibleParty ? { responsible_party: [a.responsibleParty] } : {}),
    },
    realmRoles: a.roles,
    groups: [`/${a.party}`],
    credentials: [{ type: 'password', value: DEV_PASSWORD, temporary: false }],
  }));
  realm.users.push({
    username: LOCKOUT_PROBE_USER,
    enabled: true,
    firstName: 'Lockout',
    lastName: 'Probe',
    email: 'lockout-probe@mkib.invalid',
    emailVerified: true,
    attributes: { party: ['lms'] },
    realmRoles: ['viewer'],
    groups: ['/lms'],
    credentials: [{ type: 'password', value: DEV_PASSWORD, temporary: false }],
  });
  return realm;
}

export interface RunningKeycloak {
  url: string;
  issuer: string;
  /** The management interface: `${managementUrl}/health/ready`. */
  managementUrl: string;
  stop(): Promise<void>;
}

export async function startKeycloak(params: {
  port: number;
  publicUrl: string;
  timeoutMs?: number;
  /** Default port + 1. */
  managementPort?: number;
}): Promise<RunningKeycloak> {
  const managementPort = params.managementPort ?? params.port + 1;
  const home = ensureKeycloak();
  rmSync(join(home, 'data'), { recursive: true, force: true }); // a fresh dev database: the import runs every time
  mkdirSync(join(home, 'data', 'import'), { recursive: true });
  writeFileSync(
    join(home, 'data', 'import', 'meldkamer-realm.json'),
    JSON.stringify(developmentRealm(params.publicUrl)),
  );
  const url = `http://127.0.0.1:${params.port}`;
  let output = '';
  const child: ChildProcess = spawn(
    join(home, 'bin', 'kc.sh'),
    [
      'start-dev',
      '--import-realm',
      '--http-host=127.0.0.1',
      `--http-port=${params.port}`,
      `--http-management-port=${managementPort}`,
      '--health-enabled=true',
      '--cache=local',
    ],
    {
      env: { ...process.env, JAVA_HOME: findJavaHome(17, `Keycloak ${KEYCLOAK_VERSION}`) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout!.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-20_000)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const issuer = `${url}/realms/meldkamer`;
  const deadline = Date.now() + (params.timeoutMs ?? 240_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Keycloak exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${issuer}/.well-known/openid-configuration`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Keycloak did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { url, issuer, managementUrl: `http://127.0.0.1:${managementPort}`, stop };
}

if (process.argv[1] === __filename) {
  const port = Number(process.argv[3] ?? 18480);
  const managementPort = Number(process.env.MKIB_KEYCLOAK_MANAGEMENT_PORT ?? port + 1);
  const publicUrl = process.env.MKIB_PUBLIC_URL ?? 'http://localhost:8080';
  startKeycloak({ port, publicUrl, managementPort })
    .then((kc) => {
      console.error(
        `Keycloak on ${kc.url} (management ${kc.managementUrl}/health/ready), ` +
          `realm meldkamer for ${publicUrl}, development users with password ${DEV_PASSWORD}`,
      );
      console.log(kc.issuer);
      const stop = () => void kc.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}

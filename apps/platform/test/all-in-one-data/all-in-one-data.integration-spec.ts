import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, graphql, PlatformProcess, signIn, startPlatformProcess } from '@mkib/testing';
import { IssuerBrowser } from './session';

/**
 * The all-in-one's data (issue 14, §7), on the embedded database whatever MKIB_TEST_DATABASE_URL says:
 * the lock on the data directory (a second platform refuses; a lock left by kill -9 is taken over and the
 * unclean stop is logged), sign-in sessions that outlive the process, and `npm run backup` / `restore`
 * with the four audit chains verified. Not about the date: tools/faketime/run.sh leaves it out.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const SERVICES = ['policy', 'risk', 'icv', 'governance'] as const;
// The embedded database, always: this file is about MKIB_DATA_DIR.
const EMBEDDED = { MKIB_DATABASE_URL: '' };

const tool = (name: 'backup' | 'restore', dataDir: string, file: string) => {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'tools/run.js'), join(ROOT, `tools/backup/${name}.ts`), file],
    {
      cwd: ROOT,
      env: { ...process.env, ...EMBEDDED, MKIB_DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
};
const lockOwner = (dataDir: string) =>
  JSON.parse(readFileSync(join(dataDir, 'mkib.lock'), 'utf8')) as { pid: number; purpose: string };

async function chains(platform: PlatformProcess, token: string) {
  const r = await graphql(
    platform.graphqlUrl,
    `{ ${SERVICES.map((s) => `${s}: ${s}AuditLog { entries intact headSeq }`).join(' ')} }`,
    {},
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data as Record<string, { entries: number; intact: boolean; headSeq: number }>;
}

/** The chains once the platform is quiet: seeding and the events of the anchors write asynchronously. */
async function settled(platform: PlatformProcess, token: string) {
  let last = await chains(platform, token);
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await chains(platform, token);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the audit chains kept growing');
}

const work = mkdtempSync(join(tmpdir(), 'mkib-data-'));
const dataDir = join(work, 'live');
const restoredDir = join(work, 'restored');
const backupFile = join(work, 'mkib.backup');
let port = 0;
let platform: PlatformProcess | null = null;
const browser = () => new IssuerBrowser(`http://127.0.0.1:${port}`);
let auditor: IssuerBrowser;
let before: Awaited<ReturnType<typeof chains>>;
let atStop: Awaited<ReturnType<typeof chains>>;

const start = (dir: string) =>
  startPlatformProcess({ ...EMBEDDED, MKIB_PORT: String(port) }, 120_000, {
    dataDir: dir,
    keepDataDir: true,
  });

beforeAll(async () => {
  port = await freePort();
  platform = await start(dataDir);
  auditor = browser();
  const token = await auditor.signIn('auditor@jenv');
  // A row in every chain: each service anchors its head (and tells governance), and a failed sign-in.
  for (const s of SERVICES) {
    const name = `anchor${s[0].toUpperCase()}${s.slice(1)}AuditLog`;
    expect(
      (await graphql(platform.graphqlUrl, `mutation { ${name} { seq } }`, {}, token)).errors,
    ).toBeUndefined();
  }
  await expect(
    signIn({ baseUrl: platform.baseUrl, username: 'auditor@jenv', password: 'wrong' }),
  ).rejects.toThrow();
  before = await settled(platform, token);
});

afterAll(async () => {
  await platform?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('the lock on MKIB_DATA_DIR', () => {
  it('refuses a second platform on the same data directory, naming the one that holds it', async () => {
    const owner = lockOwner(dataDir);
    expect(owner.purpose).toBe('platform');
    const second = startPlatformProcess({ ...EMBEDDED }, 120_000, { dataDir, keepDataDir: true });
    await expect(second).rejects.toThrow(
      new RegExp(`data directory .* is in use by platform \\(pid ${owner.pid}`),
    );
    // The first one runs on, untouched.
    expect((await fetch(`${platform!.baseUrl}/health`)).status).toBe(200);
  });

  it('refuses a backup while the platform runs', () => {
    const backup = tool('backup', dataDir, backupFile);
    expect(backup.status).toBe(1);
    expect(backup.output).toMatch(/Backup refused: .* in use by platform/);
    expect(existsSync(backupFile)).toBe(false);
  });

  it('takes over the lock a killed platform left, logs the unclean stop, and keeps its sign-in sessions', async () => {
    process.kill(lockOwner(dataDir).pid, 'SIGKILL');
    await platform!.stop();
    expect(existsSync(join(dataDir, 'mkib.lock'))).toBe(true);
    platform = await start(dataDir);
    expect(platform.output()).toMatch(/did not stop cleanly/);
    // The same browser, after the restart: a new code without the login form.
    const again = await auditor.silently();
    expect(again.error).toBeUndefined();
    const after = await settled(platform, again.accessToken!);
    for (const s of SERVICES) {
      expect(after[s].intact).toBe(true);
      expect(after[s].entries).toBeGreaterThanOrEqual(before[s].entries);
    }
    // A browser that never signed in is asked to (the check above could not pass vacuously).
    expect((await browser().silently()).error).toBe('login_required');
  });

  it('is gone after a clean stop', async () => {
    atStop = await settled(platform!, (await auditor.silently()).accessToken!);
    await platform!.stop();
    expect(existsSync(join(dataDir, 'mkib.lock'))).toBe(false);
    platform = null;
  });
});

describe('npm run backup and npm run restore', () => {
  it('backs up the stopped platform with its chains verified', () => {
    const r = tool('backup', dataDir, backupFile);
    expect(r.output).toMatch(/Backed up/);
    expect(r.status).toBe(0);
    for (const s of SERVICES)
      expect(r.output).toMatch(new RegExp(`${s} +intact, ${atStop[s].entries} entries`));
    expect(existsSync(join(dataDir, 'mkib.lock'))).toBe(false);
  });

  it('refuses a garbled or cut-off backup, and a file that is none, restoring nothing', () => {
    const file = readFileSync(backupFile);
    const garbled = Buffer.from(file);
    garbled[Math.floor(file.length / 2)] ^= 0xff;
    const cases: [Buffer, RegExp][] = [
      [garbled, /damaged or was altered: the checksum of pglite.tar.gz/],
      [file.subarray(0, file.length - 10), /truncated/],
      [Buffer.from('hello'), /not an MKIB backup/],
    ];
    for (const [bytes, message] of cases) {
      const bad = join(work, 'bad.backup');
      writeFileSync(bad, bytes);
      const r = tool('restore', restoredDir, bad);
      expect(r.status).toBe(1);
      expect(r.output).toMatch(message);
      expect(r.output).toMatch(/nothing was restored/);
      expect(existsSync(join(restoredDir, 'pglite'))).toBe(false);
    }
  });

  it('restores into a fresh data directory; the platform starts on it with the data and the four chains', async () => {
    const r = tool('restore', restoredDir, backupFile);
    expect(r.output).toMatch(/Restored into/);
    expect(r.status).toBe(0);
    for (const s of SERVICES) expect(r.output).toMatch(new RegExp(`${s} +intact`));

    platform = await start(restoredDir);
    // The issuer's keys and sessions came along: the same browser is still signed in.
    const { accessToken } = await auditor.silently();
    expect(await settled(platform, accessToken!)).toEqual(atStop);
  });

  it('refuses to restore into a data directory in use, or one that holds a database', async () => {
    const inUse = tool('restore', restoredDir, backupFile);
    expect(inUse.status).toBe(1);
    expect(inUse.output).toMatch(/Restore refused: .* in use by platform/);
    await platform!.stop();
    platform = null;
    const holds = tool('restore', restoredDir, backupFile);
    expect(holds.status).toBe(1);
    expect(holds.output).toMatch(/already holds a database/);
  });
});

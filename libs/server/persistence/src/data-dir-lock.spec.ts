import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, dataDirLockHolder, FOREIGN_LOCK_STALE_MS, lockDataDir } from './data-dir-lock';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mkib-lock-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const leave = (pid: number, host = hostname()) =>
  writeFileSync(
    join(dir, 'mkib.lock'),
    JSON.stringify({ pid, host, purpose: 'platform', startedAt: '2030-01-01T00:00:00.000Z' }),
  );

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('the data-directory lock', () => {
  it('is taken with our pid, released on a clean stop, and then taken again without a word', () => {
    const lock = lockDataDir(dir, 'platform');
    expect(lock.stale).toBeNull();
    expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    const again = lockDataDir(dir, 'backup');
    expect(again.stale).toBeNull();
    again.release();
  });

  it('refuses while a running Node process holds it, naming it', () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const holder = child.pid!;
    try {
      leave(holder);
      expect(() => lockDataDir(dir, 'platform')).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dir, 'platform')).toThrow(new RegExp(`in use by platform \\(pid ${holder} `));
      expect(dataDirLockHolder(dir)?.pid).toBe(holder);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('refuses a fresh lock held on another host (a shared volume): its pid cannot be checked here', () => {
    leave(deadPid(), 'another-host');
    expect(() => lockDataDir(dir, 'platform')).toThrow(/on another-host/);
  });

  it('takes over a lock from another host that its holder stopped touching (a container started anew)', () => {
    leave(deadPid(), 'another-host');
    const old = new Date(Date.now() - 2 * FOREIGN_LOCK_STALE_MS);
    utimesSync(join(dir, 'mkib.lock'), old, old);
    const lock = lockDataDir(dir, 'platform');
    expect(lock.stale).toMatchObject({ host: 'another-host' });
    lock.release();
  });

  it('takes over a lock left by a process that no longer runs, and says whose it was', () => {
    const pid = deadPid();
    leave(pid);
    expect(dataDirLockHolder(dir)).toBeNull();
    const lock = lockDataDir(dir, 'platform');
    expect(lock.stale).toMatchObject({ pid, purpose: 'platform' });
    lock.release();
  });

  it('takes over a half-written lock (a crash between creating and writing it)', () => {
    writeFileSync(join(dir, 'mkib.lock'), '');
    const lock = lockDataDir(dir, 'platform');
    expect(lock.stale).toMatchObject({ pid: 0 });
    lock.release();
  });

  it('never removes a lock another process took over meanwhile', () => {
    const lock = lockDataDir(dir, 'platform');
    leave(process.ppid);
    lock.release();
    expect(existsSync(join(dir, 'mkib.lock'))).toBe(true);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DataDirInUseError,
  dataDirLockHolder,
  type DataDirLock,
  FOREIGN_LOCK_STALE_MS,
  lockDataDir,
  type LockOwner,
} from './data-dir-lock';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mkib-lock-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const leave = (pid: number, host = hostname()) => {
  const file = join(dir, 'mkib.lock');
  writeFileSync(
    file,
    JSON.stringify({ pid, host, purpose: 'platform', startedAt: new Date().toISOString() }),
  );
  // As its holder would: touched from the process clock (the file system's time differs under faketime).
  utimesSync(file, new Date(), new Date());
};

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

  describe('two processes taking over the same stale lock', () => {
    const lockText = () => JSON.parse(readFileSync(join(dir, 'mkib.lock'), 'utf8')) as LockOwner;

    it('lets exactly one win when the second moves it while the first checks (the first is refused)', () => {
      leave(deadPid());
      let second: DataDirLock | undefined;
      // The first judges the lock stale; before it moves it, the second takes it over completely.
      expect(() =>
        lockDataDir(dir, 'platform', {
          step: (name) => {
            if (name === 'judged-stale' && !second) second = lockDataDir(dir, 'backup');
          },
        }),
      ).toThrow(DataDirInUseError);
      expect(second?.stale).toMatchObject({ purpose: 'platform' });
      // The winner's lock is in place, untouched, and nothing is left beside it.
      expect(lockText()).toMatchObject({ purpose: 'backup' });
      expect(readdirSync(dir)).toEqual(['mkib.lock']);
      second!.release();
      expect(existsSync(join(dir, 'mkib.lock'))).toBe(false);
    });

    it('lets the first take it when another process took and released the name it freed', () => {
      leave(deadPid());
      let refused: unknown;
      const first = lockDataDir(dir, 'platform', {
        step: (name) => {
          if (name !== 'set-aside') return;
          // The name is free now: a second process judging it finds nothing stale to take over.
          try {
            lockDataDir(dir, 'backup').release();
          } catch (err) {
            refused = err;
          }
        },
      });
      // The other created the lock in the gap and released it again: the first creates its own after it.
      expect(refused).toBeUndefined();
      expect(lockText()).toMatchObject({ purpose: 'platform', pid: process.pid });
      first.release();
    });

    it('refuses the first when a running process created its lock between the move and the create', () => {
      const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      const holder = child.pid!;
      try {
        leave(deadPid());
        expect(() =>
          lockDataDir(dir, 'platform', {
            step: (name) => {
              if (name === 'set-aside') leave(holder); // another Node process took the free name
            },
          }),
        ).toThrow(new RegExp(`pid ${holder} `));
        expect(lockText().pid).toBe(holder);
        expect(readdirSync(dir)).toEqual(['mkib.lock']);
      } finally {
        child.kill('SIGKILL');
      }
    });
  });

  it('stops its heartbeat and reports the lock lost when another process has taken it over', async () => {
    let lostTo: LockOwner | null | undefined;
    const lock = lockDataDir(dir, 'platform', { heartbeatMs: 10, onLost: (current) => (lostTo = current) });
    const file = join(dir, 'mkib.lock');
    await new Promise((r) => setTimeout(r, 50));
    expect(lock.lost).toBe(false);
    leave(process.ppid, 'another-host');
    const old = new Date(Date.now() - 2 * FOREIGN_LOCK_STALE_MS);
    utimesSync(file, old, old);
    for (let i = 0; i < 200 && lostTo === undefined; i++) await new Promise((r) => setTimeout(r, 10));
    expect(lock.lost).toBe(true);
    expect(lostTo).toMatchObject({ pid: process.ppid, host: 'another-host' });
    // No longer touched: the other process's lock keeps its own age.
    await new Promise((r) => setTimeout(r, 50));
    expect(Math.abs(statSync(file).mtimeMs - old.getTime())).toBeLessThan(1000);
    lock.release();
    expect(existsSync(file)).toBe(true);
  });
});

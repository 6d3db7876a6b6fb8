import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * The lock on an all-in-one data directory: `<dataDir>/mkib.lock`, created exclusively (O_EXCL) and
 * holding its owner's pid. One process at a time may open the embedded database there (two PGlite
 * instances on one directory corrupt it), and the backup and restore tools take the same lock.
 *
 * The file is removed on a clean stop, so it doubles as the unclean-shutdown marker: a lock left by a
 * process that no longer runs (kill -9, power loss, OOM) is taken over, and the caller learns of it.
 * A lock whose pid still runs (on this host) is refused with who holds it. The holder touches the file
 * every 10 s: a lock written on another host (a container started anew on the same volume gets a new
 * hostname) cannot have its pid checked, and is taken over once it has not been touched for a minute.
 */
export const DATA_DIR_LOCK_FILE = 'mkib.lock';
const HEARTBEAT_MS = 10_000;
export const FOREIGN_LOCK_STALE_MS = 60_000;

export interface LockOwner {
  pid: number;
  host: string;
  /** What holds it: `platform`, `backup`, `restore`. */
  purpose: string;
  startedAt: string;
}

export interface DataDirLock {
  file: string;
  /** The owner of a lock that was left behind by a run that did not stop cleanly (null after a clean stop). */
  stale: LockOwner | null;
  release(): void;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `the data directory ${dataDir} is in use by ${owner.purpose} (pid ${owner.pid} on ${owner.host}, since ${owner.startedAt}); ` +
        `stop it first, or give this process its own MKIB_DATA_DIR`,
    );
    this.name = 'DataDirInUseError';
  }
}

/** Whether `pid` names a running process on this host (EPERM: it runs, as another user). */
export function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid < 1) return false;
  if (pid === process.pid) return false; // a lock with our own pid was left by an earlier life (pid 1 in a container)
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // Linux: a reused pid that is no Node process is not our owner.
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node/.test(cmdline);
  } catch {
    return true;
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' ? owner : null;
  } catch {
    return null; // unreadable or half-written (a crash between create and write): nobody holds it
  }
}

function held(file: string, owner: LockOwner | null): owner is LockOwner {
  if (!owner) return false;
  if (owner.host === hostname()) return processRuns(owner.pid);
  try {
    return Date.now() - statSync(file).mtimeMs < FOREIGN_LOCK_STALE_MS;
  } catch {
    return false;
  }
}

/** The lock's current holder if it is held by a running process, else null. */
export function dataDirLockHolder(dataDir: string): LockOwner | null {
  const file = join(dataDir, DATA_DIR_LOCK_FILE);
  const owner = readOwner(file);
  return held(file, owner) ? owner : null;
}

/** Takes the lock on `dataDir` (which must exist) or throws DataDirInUseError. */
export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  const file = join(dataDir, DATA_DIR_LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), purpose, startedAt: new Date().toISOString() };
  let stale: LockOwner | null = null;
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw err;
      const owner = readOwner(file);
      if (held(file, owner)) throw new DataDirInUseError(dataDir, owner);
      stale = owner ?? { pid: 0, host: hostname(), purpose: 'unknown', startedAt: 'unknown' };
      rmSync(file, { force: true });
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    break;
  }
  let released = false;
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // removed under us: nothing to keep fresh
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    file,
    stale,
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      // Only our own lock: never remove one another process took over meanwhile.
      if (existsSync(file) && readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

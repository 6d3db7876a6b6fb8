import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@mkib/server-observability';

/**
 * The lock on an all-in-one data directory: `<dataDir>/mkib.lock`, created exclusively and holding its
 * owner's pid and a random token. One process at a time may open the embedded database there (two PGlite
 * instances on one directory corrupt it), and the backup and restore tools take the same lock.
 *
 * The file is removed on a clean stop, so it doubles as the unclean-shutdown marker: a lock left by a
 * process that no longer runs (kill -9, power loss, OOM) is taken over, and the caller learns of it.
 * A lock whose pid still runs (on this host) is refused with who holds it. The holder touches the file
 * every 10 s: a lock written on another host (a container started anew on the same volume gets a new
 * hostname) cannot have its pid checked, and is taken over once it has not been touched for a minute.
 *
 * Taking over is atomic: the stale file is renamed aside to a unique name (of several processes renaming
 * the same file, one succeeds), the renamed file is checked to be the very one judged stale (else it is
 * put back and the caller refused), and the new lock appears with its content complete (written to a
 * temporary file, then hard-linked into place, which fails if the name exists). Whoever loses a race gets
 * the ordinary "in use" refusal. Each heartbeat checks the lock still holds our token; if another process
 * took it over (a pause longer than a minute on a shared volume, say), the lock is lost: that is logged as
 * an error, the heartbeat stops, and `onLost` is called.
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
  /** Random, per lock taken: tells our lock from a later one with the same pid (pid 1 in a container). */
  token?: string;
}

export interface DataDirLock {
  file: string;
  /** The owner of a lock that was left behind by a run that did not stop cleanly (null after a clean stop). */
  stale: LockOwner | null;
  /** Whether the lock was found taken over by another process (checked on each heartbeat). */
  readonly lost: boolean;
  release(): void;
}

export interface LockOptions {
  /** Called once when a heartbeat finds the lock is no longer ours (after the error is logged). */
  onLost?: (current: LockOwner | null) => void;
  /** Heartbeat period (tests). */
  heartbeatMs?: number;
  /** Called between the steps of a takeover, so tests can interleave two of them. */
  step?: (name: 'judged-stale' | 'set-aside') => void;
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

/**
 * Whether `pid` names a running process on this host (EPERM: it runs, as another user).
 *
 * Limitation: after a crash the pid may be reused. On Linux a reuser that is no Node process is not
 * taken for the holder, but ANY process whose command line mentions node is, so a stale lock can be
 * refused until that unrelated process ends (the refusal names the pid; remove mkib.lock by hand if it
 * is certainly not MKIB). Erring this way never lets two processes open the database.
 */
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

function parseOwner(text: string | null): LockOwner | null {
  if (text === null) return null;
  try {
    const owner = JSON.parse(text) as LockOwner;
    return typeof owner?.pid === 'number' ? owner : null;
  } catch {
    return null; // half-written (a crash between create and write, by an older version): nobody holds it
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function readOwner(file: string): LockOwner | null {
  return parseOwner(readText(file));
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

const unique = () => `${process.pid}.${randomBytes(6).toString('hex')}`;

/** Creates `file` holding `content`, complete, or fails with EEXIST when it exists. */
function createExclusively(file: string, content: string): void {
  const temp = `${file}.new.${unique()}`;
  writeFileSync(temp, content, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    // No hard links on this filesystem: create in place (a crash between create and write leaves an
    // empty lock, which the next start takes over).
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(temp, { force: true });
  }
  // Freshness is judged by the file's time against this process's clock, and the heartbeat sets it from
  // that clock too: stamp the new lock the same way, not with the file system's own time (they differ
  // where the process clock is shifted, as under libfaketime).
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // removed at once by another process: its judging saw a complete lock either way
  }
}

/**
 * Moves the lock judged stale (its text `judged`, its inode `ino`) out of the way. Returns normally when
 * the name is free for a new lock; throws DataDirInUseError when another process got there first.
 */
function setAside(dataDir: string, file: string, judged: string, ino: number, options: LockOptions): void {
  const aside = `${file}.stale.${unique()}`;
  try {
    renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // another process moved it: race on the create
    throw err;
  }
  options.step?.('set-aside');
  let moved: string | null = null;
  let movedIno = -1;
  try {
    moved = readFileSync(aside, 'utf8');
    movedIno = statSync(aside).ino;
  } catch {
    // vanished: treat as not ours to judge
  }
  if (moved === judged && movedIno === ino) {
    rmSync(aside, { force: true });
    return;
  }
  // We moved another process's fresh lock (it took over between our reading and our rename): put it
  // back, unless yet another lock appeared meanwhile, and refuse.
  try {
    linkSync(aside, file);
  } catch {
    // the name is taken again: that lock's holder is the one to refuse us
  }
  rmSync(aside, { force: true });
  const holder = readOwner(file) ??
    parseOwner(moved) ?? { pid: 0, host: 'unknown', purpose: 'unknown', startedAt: 'unknown' };
  throw new DataDirInUseError(dataDir, holder);
}

/** Takes the lock on `dataDir` (which must exist) or throws DataDirInUseError. */
export function lockDataDir(dataDir: string, purpose: string, options: LockOptions = {}): DataDirLock {
  const file = join(dataDir, DATA_DIR_LOCK_FILE);
  const token = randomBytes(12).toString('hex');
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    purpose,
    startedAt: new Date().toISOString(),
    token,
  };
  let stale: LockOwner | null = null;
  for (let attempt = 0; ; attempt++) {
    try {
      createExclusively(file, JSON.stringify(me));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw err;
    }
    let judged: string | null;
    let ino: number;
    try {
      ino = statSync(file).ino;
      judged = readFileSync(file, 'utf8');
    } catch {
      continue; // gone meanwhile: try to create it again
    }
    const owner = parseOwner(judged);
    if (held(file, owner)) throw new DataDirInUseError(dataDir, owner);
    options.step?.('judged-stale');
    setAside(dataDir, file, judged, ino, options);
    stale = owner ?? { pid: 0, host: hostname(), purpose: 'unknown', startedAt: 'unknown' };
  }
  const ours = () => {
    try {
      return parseOwner(readFileSync(file, 'utf8'))?.token === token;
    } catch {
      return false;
    }
  };
  let released = false;
  let lost = false;
  const heartbeat = setInterval(() => {
    if (!ours()) {
      lost = true;
      clearInterval(heartbeat);
      const current = readOwner(file);
      createLogger('data-dir-lock').error(
        { lockFile: file, current },
        `LOST the lock on the data directory ${dataDir}: ` +
          (current
            ? `${current.purpose} (pid ${current.pid} on ${current.host}) took it over`
            : 'the lock file was removed') +
          '; two processes may now use the same embedded database. Stop this process.',
      );
      options.onLost?.(current);
      return;
    }
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // removed between the check and the touch: the next heartbeat reports it
    }
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  return {
    file,
    stale,
    get lost() {
      return lost;
    },
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      // Only our own lock: never remove one another process took over meanwhile.
      if (ours()) rmSync(file, { force: true });
    },
  };
}

import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `file` so that a reader sees the old file or the complete new one, never half of it,
 * and the new one survives a power loss once this returns: written to `<file>.partial` (any leftover
 * from a failed run removed first, then created exclusively with `mode`, and fchmod-ed, so no umask or
 * older file widens it), fsynced, renamed into place, and the directory fsynced where the platform allows.
 */
export function writeFileDurably(file: string, data: Uint8Array, mode = 0o600): void {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const fd = openSync(partial, 'wx', mode);
  try {
    fchmodSync(fd, mode);
    for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(partial, file);
  syncDirectory(dirname(file));
}

/** fsyncs a directory (its entries: a rename or a new file in it). Not possible on every platform. */
export function syncDirectory(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on some platforms and filesystems: the rename is as durable as they make it
  } finally {
    closeSync(fd);
  }
}

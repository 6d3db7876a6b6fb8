import { createHash } from 'node:crypto';

/**
 * The backup file of an all-in-one data directory: one line `MKIB-BACKUP 1`, one line of JSON (the
 * manifest), then the parts' bytes one after the other. The manifest gives each part's length and
 * SHA-256, so a truncated, garbled or edited file is refused before anything is restored. (A checksum is
 * not a signature: whoever can rewrite the file can rewrite its manifest. The audit chains, verified after
 * every restore, and their anchors are what show an altered history.)
 */
export const BACKUP_MAGIC = 'MKIB-BACKUP 1';

export interface ChainSummary {
  intact: boolean;
  entries: number;
  headSeq: number;
  problems: string[];
}

export interface BackupManifest {
  format: 1;
  createdAt: string;
  /** The data directory it was taken from (information only). */
  source: string;
  pgliteVersion: string;
  parts: { name: string; bytes: number; sha256: string }[];
  /** The four audit chains as verified when the backup was taken. */
  chains: Record<string, ChainSummary>;
}

export class DamagedBackupError extends Error {
  constructor(message: string) {
    super(`${message}; nothing was restored`);
    this.name = 'DamagedBackupError';
  }
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export function encodeBackup(
  manifest: Omit<BackupManifest, 'parts' | 'format'>,
  parts: Record<string, Buffer>,
): Buffer {
  const full: BackupManifest = {
    format: 1,
    ...manifest,
    parts: Object.entries(parts).map(([name, b]) => ({ name, bytes: b.length, sha256: sha256(b) })),
  };
  return Buffer.concat([Buffer.from(`${BACKUP_MAGIC}\n${JSON.stringify(full)}\n`), ...Object.values(parts)]);
}

export function decodeBackup(file: Buffer): { manifest: BackupManifest; parts: Record<string, Buffer> } {
  const firstEnd = file.indexOf(0x0a);
  if (firstEnd < 0 || file.subarray(0, firstEnd).toString('utf8') !== BACKUP_MAGIC)
    throw new DamagedBackupError(`this is not an MKIB backup (it does not start with "${BACKUP_MAGIC}")`);
  const secondEnd = file.indexOf(0x0a, firstEnd + 1);
  let manifest: BackupManifest;
  try {
    if (secondEnd < 0) throw new Error('no end of line');
    manifest = JSON.parse(file.subarray(firstEnd + 1, secondEnd).toString('utf8')) as BackupManifest;
    if (manifest.format !== 1 || !Array.isArray(manifest.parts)) throw new Error('unknown format');
  } catch {
    throw new DamagedBackupError('the backup is damaged: its manifest cannot be read');
  }
  const parts: Record<string, Buffer> = {};
  let offset = secondEnd + 1;
  for (const part of manifest.parts) {
    const bytes = file.subarray(offset, offset + part.bytes);
    if (bytes.length !== part.bytes)
      throw new DamagedBackupError(`the backup is damaged: it ends inside ${part.name} (truncated)`);
    if (sha256(bytes) !== part.sha256)
      throw new DamagedBackupError(
        `the backup is damaged or was altered: the checksum of ${part.name} does not match its manifest`,
      );
    parts[part.name] = bytes;
    offset += part.bytes;
  }
  if (offset !== file.length)
    throw new DamagedBackupError('the backup is damaged: it has bytes after its last part');
  return { manifest, parts };
}

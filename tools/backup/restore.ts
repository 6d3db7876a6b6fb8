/**
 * Restores a backup made by `npm run backup` into an empty data directory:
 *   MKIB_DATA_DIR=<dir> npm run restore -- <file>
 * Refused when the file is not a backup or is damaged (checksums), when a process holds the directory's
 * lock (a running platform), and when the directory already holds a database. The database is unpacked
 * beside its final place, the four audit chains are verified on it, and only then is it moved in: a
 * database whose chains do not verify is not installed. Exit code 0 only when everything verified.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataDirInUseError, lockDataDir } from '@mkib/server-persistence';
import { readPlatformConfig } from '../../apps/platform/src/config';
import { decodeBackup, DamagedBackupError } from './archive';
import { syncDirectory, writeFileDurably } from './durable-write';
import { describeChains, openPglite, verifyChains } from './embedded';

async function main() {
  const source = process.argv[2];
  if (!source) {
    console.error('usage: MKIB_DATA_DIR=<empty dir> npm run restore -- <backup file>');
    process.exit(2);
  }
  const config = readPlatformConfig();
  if (config.databaseUrl) {
    console.error(
      'MKIB_DATABASE_URL is set: restore that PostgreSQL server with pg_restore/psql (see docs/operations.md), ' +
        'not with this tool.',
    );
    process.exit(2);
  }
  const started = Date.now();
  const { manifest, parts } = decodeBackup(readFileSync(resolve(source)));
  if (!parts['pglite.tar.gz']) throw new DamagedBackupError('the backup holds no database');

  const dataDir = resolve(config.dataDir);
  // Created for its owner only, as the platform's data (database, issuer keys) is nobody else's.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = lockDataDir(dataDir, 'restore');
  try {
    const pgliteDir = join(dataDir, 'pglite');
    if (existsSync(pgliteDir) && readdirSync(pgliteDir).length > 0) {
      console.error(
        `Restore refused: ${dataDir} already holds a database. Restore into an empty MKIB_DATA_DIR, or move ` +
          `${pgliteDir} (and issuer-keys.json) aside first.`,
      );
      process.exitCode = 1;
      return;
    }
    const staging = join(dataDir, 'pglite.restoring');
    rmSync(staging, { recursive: true, force: true });
    const db = await openPglite({
      dataDir: staging,
      loadDataDir: new Blob([new Uint8Array(parts['pglite.tar.gz'])]),
    });
    let chains;
    try {
      chains = await verifyChains(db);
    } finally {
      await db.close();
    }
    const report = [
      `Backup of ${manifest.createdAt} (from ${manifest.source}, PGlite ${manifest.pgliteVersion}).`,
      'Audit chains after the restore:',
      ...describeChains(chains),
    ];
    const changed = Object.entries(chains).filter(
      ([s, c]) => manifest.chains[s] && manifest.chains[s].headSeq !== c.headSeq,
    );
    if (Object.values(chains).some((c) => !c.intact) || changed.length) {
      rmSync(staging, { recursive: true, force: true });
      console.error(
        [
          ...report,
          ...changed.map(([s]) => `  ${s}: the head differs from the one recorded in the backup`),
          'Restore refused: an audit chain does not verify; nothing was installed.',
        ].join('\n'),
      );
      process.exitCode = 1;
      return;
    }
    rmSync(pgliteDir, { recursive: true, force: true });
    renameSync(staging, pgliteDir);
    syncDirectory(dataDir);
    if (parts['issuer-keys.json'])
      writeFileDurably(join(dataDir, 'issuer-keys.json'), parts['issuer-keys.json'], 0o600);
    console.log(
      [...report, `Restored into ${dataDir} (${Date.now() - started} ms). Start MKIB on it: npm start.`].join(
        '\n',
      ),
    );
  } finally {
    lock.release();
  }
}

main().catch((err) => {
  if (err instanceof DataDirInUseError) console.error(`Restore refused: ${err.message}.`);
  else if (err instanceof DamagedBackupError) console.error(`Restore refused: ${err.message}.`);
  else console.error('Restore failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});

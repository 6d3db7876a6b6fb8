/**
 * Backs up the all-in-one's embedded database and issuer keys to one file, offline:
 *   npm run backup -- <file>
 * It reads MKIB_DATA_DIR as the platform does and refuses while a platform (or another backup or restore)
 * holds that directory's lock: stop MKIB first. It opens the database itself (which replays the
 * write-ahead log after a crash), takes a checkpoint, verifies the four audit chains and writes the data
 * directory as a compressed tarball with a manifest and checksums (see archive.ts). With MKIB_DATABASE_URL
 * set there is no embedded database: back that PostgreSQL up with pg_dump (docs/operations.md).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataDirInUseError, lockDataDir } from '@mkib/server-persistence';
import { readPlatformConfig } from '../../apps/platform/src/config';
import { encodeBackup } from './archive';
import { writeFileDurably } from './durable-write';
import { describeChains, openPglite, pgliteVersion, verifyChains } from './embedded';

async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error(
      'usage: npm run backup -- <file>   (MKIB_DATA_DIR names the data directory, as for npm start)',
    );
    process.exit(2);
  }
  const config = readPlatformConfig();
  if (config.databaseUrl) {
    console.error(
      'MKIB_DATABASE_URL is set: the data is in that PostgreSQL server, not in MKIB_DATA_DIR. Back it up with ' +
        'pg_dump (see docs/operations.md, "Backup and restore").',
    );
    process.exit(2);
  }
  const dataDir = resolve(config.dataDir);
  const pgliteDir = join(dataDir, 'pglite');
  if (!existsSync(join(pgliteDir, 'PG_VERSION'))) {
    console.error(`No embedded database in ${dataDir} (no pglite/PG_VERSION): nothing to back up.`);
    process.exit(1);
  }
  const started = Date.now();
  const lock = lockDataDir(dataDir, 'backup');
  try {
    if (lock.stale)
      console.log(
        `The last run on ${dataDir} (pid ${lock.stale.pid}) did not stop cleanly; the database recovers its log now.`,
      );
    const db = await openPglite({ dataDir: pgliteDir });
    let tarball: Buffer;
    let chains;
    try {
      await db.exec('CHECKPOINT');
      chains = await verifyChains(db);
      tarball = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await db.close();
    }
    const keysFile = join(dataDir, 'issuer-keys.json');
    const parts: Record<string, Buffer> = { 'pglite.tar.gz': tarball };
    if (existsSync(keysFile)) parts['issuer-keys.json'] = readFileSync(keysFile);
    const file = encodeBackup(
      { createdAt: new Date().toISOString(), source: dataDir, pgliteVersion: pgliteVersion(), chains },
      parts,
    );
    // Written beside the target, fsynced and renamed: a failed backup never leaves half a file under its
    // name. The file holds the issuer's signing key: readable by its owner only (0600, whatever the umask).
    const out = resolve(target);
    writeFileDurably(out, file, 0o600);
    const broken = Object.values(chains).some((c) => !c.intact);
    console.log(
      [
        `Backed up ${dataDir} to ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB, ${Date.now() - started} ms).`,
        'Audit chains at the time of the backup:',
        ...describeChains(chains),
        ...(broken ? ['WARNING: an audit chain does not verify; this backup keeps it as it is.'] : []),
      ].join('\n'),
    );
  } finally {
    lock.release();
  }
}

main().catch((err) => {
  if (err instanceof DataDirInUseError)
    console.error(`Backup refused: ${err.message}. Backups are taken with MKIB stopped.`);
  else console.error('Backup failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});

/**
 * Adds facilities like GMS to a stopped all-in-one data folder, straight into the risk register (no API
 * adds facilities beyond the regulation's six): for tests that check a cost does not grow with data.
 *   node tools/run.js apps/platform/test/support/add-facilities.ts <data folder> <count>
 */
import { join } from 'node:path';

async function main() {
  const [dataDir, count] = process.argv.slice(2);
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(join(dataDir, 'pglite'));
  await db.query(
    `INSERT INTO risk.facility (code, name, description, components, used_by, biv_beschikbaarheid,
       biv_integriteit, biv_vertrouwelijkheid, bbn, review_due, supplementary_analysis)
     SELECT 'GMS-' || n, name || ' ' || n, description, components, used_by, biv_beschikbaarheid,
       biv_integriteit, biv_vertrouwelijkheid, bbn, review_due, supplementary_analysis
     FROM risk.facility, generate_series(1, $1::int) AS n WHERE code = 'GMS'`,
    [Number(count)],
  );
  await db.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

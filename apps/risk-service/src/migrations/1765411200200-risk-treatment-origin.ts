import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A treatment's identity across the versions of its analysis (issue 16): a revision copies `origin_id`, so the
 * finding icv makes of a mitigating treatment stays one finding from version to version. Existing treatments
 * start their own line (origin = id).
 */
export class RiskTreatmentOrigin1765411200200 implements MigrationInterface {
  name = 'RiskTreatmentOrigin1765411200200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE risk.treatment ADD COLUMN origin_id uuid`);
    await q.query(`UPDATE risk.treatment SET origin_id = id`);
    await q.query(`ALTER TABLE risk.treatment ALTER COLUMN origin_id SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE risk.treatment DROP COLUMN origin_id`);
  }
}

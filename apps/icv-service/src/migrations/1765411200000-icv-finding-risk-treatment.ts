import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Risk management (issue 16): a mitigating treatment of a final risk analysis becomes a finding of its
 * owner party; the finding names the treatment, one finding per treatment. Existing findings have none.
 */
export class IcvFindingRiskTreatment1765411200000 implements MigrationInterface {
  name = 'IcvFindingRiskTreatment1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE icv.finding ADD COLUMN risk_treatment_id uuid`);
    await q.query(
      `ALTER TABLE icv.finding ADD CONSTRAINT finding_risk_treatment_unique UNIQUE (risk_treatment_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE icv.finding DROP COLUMN risk_treatment_id`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 (SK-5.4): the LMS keeps the party register, so co-users come and go. The icv context keeps
 * when a co-user's admission ends: one ended before a year's cycle no longer owes that year's report.
 */
export class IcvPartyRefAdmission1765584000000 implements MigrationInterface {
  name = 'IcvPartyRefAdmission1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE icv.party_ref ADD COLUMN ends_on date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE icv.party_ref DROP COLUMN ends_on`);
  }
}

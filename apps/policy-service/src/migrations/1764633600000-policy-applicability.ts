import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What applies to whom (issue 6): the facilities' BBN and hoofdgebruikers as the risk context announces
 * them, and a fingerprint of the list last published per party (so an unchanged list is not sent again).
 */
export class PolicyApplicability1764633600000 implements MigrationInterface {
  name = 'PolicyApplicability1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE policy.facility_state (
      code text PRIMARY KEY,
      bbn integer NOT NULL CHECK (bbn BETWEEN 1 AND 3),
      used_by text[] NOT NULL,
      updated_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE policy.applicability_published (
      party text PRIMARY KEY,
      sha256 text NOT NULL,
      measures integer NOT NULL,
      published_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy.applicability_published`);
    await q.query(`DROP TABLE policy.facility_state`);
  }
}

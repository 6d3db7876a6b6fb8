import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Policy changed: review" (issue 15): a party's open self-assessment of a year is marked when the BMB
 * adopts a new policy version; its security officer confirms the review. One mark per party and year, of
 * the newest adopted version.
 */
export class IcvPolicyReview1765324800000 implements MigrationInterface {
  name = 'IcvPolicyReview1765324800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE icv.policy_review (
      party text NOT NULL,
      year integer NOT NULL,
      policy_version integer NOT NULL CHECK (policy_version >= 1),
      adopted_at timestamptz NOT NULL,
      confirmed_by text,
      confirmed_at timestamptz,
      PRIMARY KEY (party, year),
      CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL))
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE icv.policy_review`);
  }
}

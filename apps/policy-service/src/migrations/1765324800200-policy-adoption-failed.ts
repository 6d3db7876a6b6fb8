import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An adopted proposal whose changes could no longer be applied (issue 15 review): the state
 * ADOPTION_FAILED and why, so the decision event is handled instead of retried forever.
 */
export class PolicyAdoptionFailed1765324800200 implements MigrationInterface {
  name = 'PolicyAdoptionFailed1765324800200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy.change_proposal DROP CONSTRAINT IF EXISTS change_proposal_state_check`);
    await q.query(`ALTER TABLE policy.change_proposal ADD CONSTRAINT change_proposal_state_check
      CHECK (state IN ('DRAFT','CONSULTATION','SUBMITTED','ADOPTED','REJECTED','WITHDRAWN','ADOPTION_FAILED'))`);
    await q.query(`ALTER TABLE policy.change_proposal ADD COLUMN adoption_failure text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy.change_proposal DROP COLUMN adoption_failure`);
    await q.query(`UPDATE policy.change_proposal SET state = 'REJECTED' WHERE state = 'ADOPTION_FAILED'`);
    await q.query(`ALTER TABLE policy.change_proposal DROP CONSTRAINT IF EXISTS change_proposal_state_check`);
    await q.query(`ALTER TABLE policy.change_proposal ADD CONSTRAINT change_proposal_state_check
      CHECK (state IN ('DRAFT','CONSULTATION','SUBMITTED','ADOPTED','REJECTED','WITHDRAWN'))`);
  }
}

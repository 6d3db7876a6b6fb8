import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Risk management (issue 16): the final risk analyses as the risk context announces them
 * (risk.analysis.finalised). A final analysis of the beheerder is a change proposal's trigger; a
 * supplementary one drafts the proposal of its measures once (proposal_id).
 */
export class PolicyRiskAnalyses1765411200000 implements MigrationInterface {
  name = 'PolicyRiskAnalyses1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE policy.risk_analysis (
      id uuid PRIMARY KEY,
      number text NOT NULL,
      version integer NOT NULL,
      title text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('REGULIER','AANVULLEND')),
      scope text NOT NULL,
      owner_party text NOT NULL,
      facility_codes text[] NOT NULL,
      finalised_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL,
      proposal_id uuid REFERENCES policy.change_proposal (id)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy.risk_analysis`);
  }
}

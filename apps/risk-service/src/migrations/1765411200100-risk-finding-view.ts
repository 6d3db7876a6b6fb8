import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The findings of icv as the risk service keeps them from `icv.finding.changed` (issue 16): the open ones
 * go into a party's plan of action and milestones; a closed one of a risk treatment closes that treatment.
 */
export class RiskFindingView1765411200100 implements MigrationInterface {
  name = 'RiskFindingView1765411200100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE risk.finding_view (
      finding_id uuid PRIMARY KEY,
      party text NOT NULL,
      year integer NOT NULL,
      framework_code text NOT NULL,
      identifier text NOT NULL,
      description text NOT NULL,
      action text NOT NULL,
      owner text NOT NULL,
      due_date date NOT NULL,
      status text NOT NULL CHECK (status IN ('OPEN','AFGEROND')),
      risk_treatment_id uuid,
      changed_at timestamptz NOT NULL,
      source_event_id uuid NOT NULL
    )`);
    await q.query(`CREATE INDEX finding_view_party ON risk.finding_view (party, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE risk.finding_view`);
  }
}

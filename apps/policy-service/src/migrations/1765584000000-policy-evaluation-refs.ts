import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Minister's evaluation audits (issue 18, SK-6) as governance announces them
 * (governance.evaluation.recorded): a change proposal's EVALUATION trigger may name one. Proposals from
 * before keep their reference text: only a new table.
 */
export class PolicyEvaluationRefs1765584000000 implements MigrationInterface {
  name = 'PolicyEvaluationRefs1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE policy.evaluation_ref (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      title text NOT NULL,
      state text NOT NULL,
      period_from date NOT NULL,
      period_to date NOT NULL,
      completed_on date,
      received_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy.evaluation_ref`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Minister's evaluation audits (issue 18, SK-6): the five-yearly evaluation and extra audits, with
 * findings and follow-up (jsonb) and the report (bytea). A completed one has its completion date and a
 * report. Only a new table: existing data is untouched.
 */
export class GovernanceEvaluation1765584000600 implements MigrationInterface {
  name = 'GovernanceEvaluation1765584000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.evaluation (
      id uuid PRIMARY KEY,
      kind text NOT NULL CONSTRAINT evaluation_kind CHECK (kind IN ('VIJFJAARLIJKS','EXTRA')),
      title text NOT NULL,
      period_from date NOT NULL,
      period_to date NOT NULL,
      scope text NOT NULL,
      auditor text NOT NULL,
      reason text,
      state text NOT NULL CONSTRAINT evaluation_state CHECK (state IN ('LOPEND','AFGEROND')),
      findings jsonb NOT NULL DEFAULT '[]'::jsonb,
      report_filename text,
      report_content_type text,
      report_content bytea,
      report_size integer,
      report_uploaded_by text,
      report_uploaded_at timestamptz,
      completed_on date,
      started_by text NOT NULL,
      started_at timestamptz NOT NULL,
      CONSTRAINT evaluation_period CHECK (period_from <= period_to),
      CONSTRAINT evaluation_extra_reason CHECK (kind <> 'EXTRA' OR reason IS NOT NULL),
      CONSTRAINT evaluation_completed CHECK (
        (state = 'AFGEROND') = (completed_on IS NOT NULL) AND (state <> 'AFGEROND' OR report_content IS NOT NULL))
    )`);
    await q.query(
      `CREATE INDEX evaluation_completed_five_yearly ON governance.evaluation (completed_on DESC)
       WHERE kind = 'VIJFJAARLIJKS' AND state = 'AFGEROND'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance.evaluation`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Implementation plans and progress reports (issue 17): a plan per organisation per policy version with
 * its lines and their links; the policy versions icv learned from `policy.version.adopted` (none before
 * the first adoption: version 1 is in force); the risk treatments of final analyses (read model of
 * `risk.analysis.finalised`); the progress-report moments (read model of `governance.calendar.changed`);
 * the progress reports. Existing data is untouched: every organisation starts with an empty plan view of
 * the version in force, which the policy review marks of earlier adoptions tell.
 */
export class IcvImplementationPlans1765497600000 implements MigrationInterface {
  name = 'IcvImplementationPlans1765497600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE icv.policy_version_seen (
      version integer PRIMARY KEY CHECK (version >= 1),
      adopted_at timestamptz NOT NULL
    )`);
    // Versions adopted before this upgrade: the policy review marks name them (icv consumed them).
    await q.query(`INSERT INTO icv.policy_version_seen (version, adopted_at)
      SELECT policy_version, max(adopted_at) FROM icv.policy_review GROUP BY policy_version`);
    await q.query(`CREATE TABLE icv.implementation_plan (
      id uuid PRIMARY KEY,
      party text NOT NULL,
      policy_version integer NOT NULL CHECK (policy_version >= 1),
      state text NOT NULL CHECK (state IN ('ACTUEEL', 'BIJWERKEN_VEREIST')),
      update_due_date date,
      previous_policy_version integer,
      confirmed_by text,
      confirmed_at timestamptz,
      created_at timestamptz NOT NULL,
      CONSTRAINT implementation_plan_party_version UNIQUE (party, policy_version),
      CHECK (state = 'ACTUEEL' OR update_due_date IS NOT NULL)
    )`);
    await q.query(`CREATE TABLE icv.plan_line (
      id uuid PRIMARY KEY,
      plan_id uuid NOT NULL REFERENCES icv.implementation_plan (id) ON DELETE CASCADE,
      party text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('MAATREGEL', 'BELEIDSREGEL')),
      framework_code text,
      identifier text,
      policy_rule text,
      description text NOT NULL,
      owner text,
      due_date date NOT NULL,
      status text NOT NULL CHECK (status IN ('GEPLAND', 'IN_UITVOERING', 'GEREED', 'GEBLOKKEERD')),
      carried_over boolean NOT NULL DEFAULT false,
      finding_ids jsonb NOT NULL DEFAULT '[]',
      exceptions jsonb NOT NULL DEFAULT '[]',
      risk_treatment_ids jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL,
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (kind <> 'MAATREGEL' OR (framework_code IS NOT NULL AND identifier IS NOT NULL)),
      CHECK (kind <> 'BELEIDSREGEL' OR policy_rule IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX plan_line_plan ON icv.plan_line (plan_id, created_at)`);
    await q.query(`CREATE INDEX plan_line_findings ON icv.plan_line USING gin (finding_ids)`);
    await q.query(`CREATE TABLE icv.risk_treatment_view (
      treatment_id uuid PRIMARY KEY,
      analysis_id uuid NOT NULL,
      analysis_number text NOT NULL,
      analysis_version integer NOT NULL,
      owner_party text NOT NULL,
      risk_title text NOT NULL,
      facility_code text NOT NULL,
      kind text NOT NULL,
      description text NOT NULL,
      due_date date NOT NULL
    )`);
    await q.query(`CREATE INDEX risk_treatment_view_owner ON icv.risk_treatment_view (owner_party)`);
    await q.query(`CREATE INDEX risk_treatment_view_number ON icv.risk_treatment_view (analysis_number)`);
    await q.query(`CREATE TABLE icv.progress_period (
      year integer NOT NULL,
      period integer NOT NULL CHECK (period >= 1),
      due date NOT NULL,
      PRIMARY KEY (year, period)
    )`);
    await q.query(`CREATE TABLE icv.progress_report (
      id uuid PRIMARY KEY,
      party text NOT NULL,
      year integer NOT NULL,
      period integer NOT NULL,
      due date NOT NULL,
      state text NOT NULL CHECK (state IN ('CONCEPT', 'ONDERTEKEND', 'INGEDIEND')),
      summary text NOT NULL,
      policy_version integer NOT NULL,
      frozen_roll_up jsonb,
      prepared_by text NOT NULL,
      prepared_at timestamptz NOT NULL,
      signed_by text,
      signed_at timestamptz,
      submitted_by text,
      submitted_at timestamptz,
      late boolean NOT NULL DEFAULT false,
      CONSTRAINT progress_report_party_period UNIQUE (party, year, period),
      CHECK (state = 'CONCEPT' OR (signed_by IS NOT NULL AND frozen_roll_up IS NOT NULL)),
      CHECK (state <> 'INGEDIEND' OR submitted_at IS NOT NULL)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE icv.progress_report`);
    await q.query(`DROP TABLE icv.progress_period`);
    await q.query(`DROP TABLE icv.risk_treatment_view`);
    await q.query(`DROP TABLE icv.plan_line`);
    await q.query(`DROP TABLE icv.implementation_plan`);
    await q.query(`DROP TABLE icv.policy_version_seen`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-assessments (SK-4.1, SK-4.5, SK-5.1, SK-5.3): the measures that apply to each party (as the policy
 * context publishes them), the status per measure and year, findings with improvement actions, and
 * evidence files kept in the database with their SHA-256.
 */
export class IcvAssessment1764720000000 implements MigrationInterface {
  name = 'IcvAssessment1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE icv.applicable_measure (
      party text NOT NULL,
      framework_code text NOT NULL,
      identifier text NOT NULL,
      facilities text[] NOT NULL,
      position integer NOT NULL,
      PRIMARY KEY (party, framework_code, identifier)
    )`);
    await q.query(`CREATE TABLE icv.applicability_received (
      party text PRIMARY KEY,
      profile_version integer NOT NULL,
      received_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE icv.assessment_entry (
      party text NOT NULL,
      year integer NOT NULL,
      framework_code text NOT NULL,
      identifier text NOT NULL,
      status text NOT NULL CHECK (status IN ('GEIMPLEMENTEERD','DEELS','NIET','NIET_VAN_TOEPASSING')),
      justification text,
      assessed_by text NOT NULL,
      assessed_at timestamptz NOT NULL,
      PRIMARY KEY (party, year, framework_code, identifier)
    )`);
    await q.query(`CREATE TABLE icv.finding (
      id uuid PRIMARY KEY,
      party text NOT NULL,
      year integer NOT NULL,
      framework_code text NOT NULL,
      identifier text NOT NULL,
      description text NOT NULL,
      action text NOT NULL,
      owner text NOT NULL,
      due_date date NOT NULL,
      status text NOT NULL CHECK (status IN ('OPEN','AFGEROND')),
      created_by text NOT NULL,
      created_at timestamptz NOT NULL,
      closed_by text,
      closed_at timestamptz
    )`);
    await q.query(`CREATE INDEX finding_party_year ON icv.finding (party, year)`);
    await q.query(`CREATE TABLE icv.evidence (
      id uuid PRIMARY KEY,
      party text NOT NULL,
      year integer NOT NULL,
      framework_code text NOT NULL,
      identifier text NOT NULL,
      filename text NOT NULL,
      content_type text NOT NULL,
      size_bytes integer NOT NULL,
      sha256 text NOT NULL,
      content bytea NOT NULL,
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX evidence_party_year ON icv.evidence (party, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'evidence',
      'finding',
      'assessment_entry',
      'applicability_received',
      'applicable_measure',
    ])
      await q.query(`DROP TABLE icv.${t}`);
  }
}

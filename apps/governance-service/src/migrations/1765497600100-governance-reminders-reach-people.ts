import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, reminders that reach people: lead times per milestone, the read models of other contexts'
 * deadlines (findings, risk treatments, facilities' BIV review dates), the per-person read state of
 * notifications, the people governance knows (digest preference, e-mail) and the mails it sent.
 */
export class GovernanceRemindersReachPeople1765497600100 implements MigrationInterface {
  name = 'GovernanceRemindersReachPeople1765497600100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.reminder_setting (
      milestone text PRIMARY KEY,
      lead_days integer NOT NULL CHECK (lead_days BETWEEN 0 AND 365),
      set_by text NOT NULL,
      set_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE governance.finding_deadline (
      finding_id uuid PRIMARY KEY,
      party text NOT NULL,
      year integer NOT NULL,
      title text NOT NULL,
      due_date date NOT NULL,
      status text NOT NULL,
      changed_at timestamptz NOT NULL
    )`);
    await q.query(
      `CREATE INDEX finding_deadline_open ON governance.finding_deadline (due_date) WHERE status = 'OPEN'`,
    );
    await q.query(`CREATE TABLE governance.risk_treatment_deadline (
      treatment_id uuid PRIMARY KEY,
      analysis_id uuid NOT NULL,
      number text NOT NULL,
      party text NOT NULL,
      kind text NOT NULL,
      title text NOT NULL,
      facility_code text NOT NULL,
      due_date date NOT NULL
    )`);
    await q.query(
      `CREATE INDEX risk_treatment_deadline_analysis ON governance.risk_treatment_deadline (analysis_id)`,
    );
    await q.query(`CREATE TABLE governance.facility_review (
      facility_code text PRIMARY KEY,
      review_due date NOT NULL,
      received_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE governance.notification_read (
      username text NOT NULL,
      reminder_id text NOT NULL,
      read_at timestamptz NOT NULL,
      PRIMARY KEY (username, reminder_id)
    )`);
    await q.query(`CREATE TABLE governance.known_user (
      username text PRIMARY KEY,
      party text NOT NULL,
      roles text[] NOT NULL,
      email text,
      digest text NOT NULL DEFAULT 'DAGELIJKS' CHECK (digest IN ('DAGELIJKS', 'GEEN')),
      seen_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE governance.mail_outbox (
      id uuid PRIMARY KEY,
      username text NOT NULL,
      to_address text NOT NULL,
      subject text NOT NULL,
      text text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('SMTP', 'OUTBOX')),
      digest_day date NOT NULL,
      created_at timestamptz NOT NULL,
      UNIQUE (username, digest_day)
    )`);
    await q.query(`CREATE INDEX mail_outbox_created ON governance.mail_outbox (created_at DESC)`);
    await q.query(`CREATE TABLE governance.digest_mailed (
      username text NOT NULL,
      reminder_id text NOT NULL,
      mail_id uuid NOT NULL REFERENCES governance.mail_outbox (id),
      PRIMARY KEY (username, reminder_id)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'digest_mailed',
      'mail_outbox',
      'known_user',
      'notification_read',
      'facility_review',
      'risk_treatment_deadline',
      'finding_deadline',
      'reminder_setting',
    ])
      await q.query(`DROP TABLE governance.${table}`);
  }
}

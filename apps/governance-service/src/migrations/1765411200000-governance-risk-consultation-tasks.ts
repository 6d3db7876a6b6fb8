import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Risk management (issue 16): the hoofdgebruikers' open risk consultation tasks, kept from the risk
 * context's events, for the reminders; and a final risk analysis may give the SMB more than one signal
 * (e.g. final, and past its deadline): one signal per source event and kind.
 */
export class GovernanceRiskConsultationTasks1765411200000 implements MigrationInterface {
  name = 'GovernanceRiskConsultationTasks1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.risk_consultation_task (
      analysis_id uuid NOT NULL,
      party text NOT NULL,
      number text,
      title text,
      facility_code text,
      respond_by date,
      opened_at timestamptz,
      responded_at timestamptz,
      closed_at timestamptz,
      PRIMARY KEY (analysis_id, party)
    )`);
    await q.query(
      `CREATE INDEX risk_consultation_task_open ON governance.risk_consultation_task (respond_by)
        WHERE responded_at IS NULL AND closed_at IS NULL`,
    );
    await q.query(`ALTER TABLE governance.smb_signal DROP CONSTRAINT smb_signal_source_event_id_key`);
    await q.query(
      `ALTER TABLE governance.smb_signal ADD CONSTRAINT smb_signal_source_event_kind UNIQUE (source_event_id, kind)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.smb_signal DROP CONSTRAINT smb_signal_source_event_kind`);
    await q.query(
      `ALTER TABLE governance.smb_signal ADD CONSTRAINT smb_signal_source_event_id_key UNIQUE (source_event_id)`,
    );
    await q.query(`DROP TABLE governance.risk_consultation_task`);
  }
}

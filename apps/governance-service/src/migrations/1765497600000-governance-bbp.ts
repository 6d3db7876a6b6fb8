import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The BBP year (issue 17): its calendar and state, the wishes round, the policy version in force (from
 * policy.version.adopted), the progress reports received and the plans' status (from icv), and agenda
 * items of the kinds BBP and PROGRESS_REPORTS. Existing data keeps working: only new tables and a wider
 * kind check.
 */
export class GovernanceBbp1765497600000 implements MigrationInterface {
  name = 'GovernanceBbp1765497600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.bbp_year (
      id uuid PRIMARY KEY,
      year integer NOT NULL UNIQUE,
      policy_version integer NOT NULL,
      state text NOT NULL CONSTRAINT bbp_year_state
        CHECK (state IN ('OPEN','GECONSOLIDEERD','VOORGELEGD','VASTGESTELD','NIET_VASTGESTELD')),
      wishes_deadline date NOT NULL,
      progress_report_moments jsonb NOT NULL,
      smb_meetings jsonb NOT NULL,
      bmb_meetings jsonb NOT NULL,
      adoption_date date NOT NULL,
      paragraph text,
      consolidated_by text,
      consolidated_at timestamptz,
      board_item_id uuid,
      opened_by text NOT NULL,
      opened_at timestamptz NOT NULL,
      changed_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE governance.wish (
      id uuid PRIMARY KEY,
      year integer NOT NULL,
      party text NOT NULL,
      subject text NOT NULL,
      reasoning text NOT NULL,
      estimated_cost integer NOT NULL CHECK (estimated_cost >= 0),
      priority text NOT NULL CHECK (priority IN ('HOOG','MIDDEN','LAAG')),
      submitted_by text NOT NULL,
      submitted_at timestamptz NOT NULL,
      late boolean NOT NULL,
      withdrawn boolean NOT NULL DEFAULT false,
      withdrawn_by text,
      withdrawn_at timestamptz,
      disposition text CHECK (disposition IN ('OPGENOMEN','UITGESTELD','NIET_OPGENOMEN')),
      disposition_note text
    )`);
    await q.query(`CREATE INDEX wish_year_party ON governance.wish (year, party)`);
    await q.query(`CREATE TABLE governance.policy_version_adopted (
      version integer PRIMARY KEY,
      adopted_at timestamptz NOT NULL,
      source_event_id uuid NOT NULL
    )`);
    await q.query(`CREATE TABLE governance.progress_report_received (
      report_id uuid PRIMARY KEY,
      party text NOT NULL,
      year integer NOT NULL,
      period integer NOT NULL,
      due date NOT NULL,
      policy_version integer NOT NULL,
      total integer NOT NULL,
      done integer NOT NULL,
      on_track integer NOT NULL,
      overdue integer NOT NULL,
      without_owner integer NOT NULL,
      signed_by text NOT NULL,
      submitted_by text NOT NULL,
      submitted_at timestamptz NOT NULL,
      late boolean NOT NULL,
      received_at timestamptz NOT NULL,
      source_event_id uuid NOT NULL,
      CONSTRAINT progress_report_received_party_period UNIQUE (year, period, party)
    )`);
    await q.query(`CREATE TABLE governance.plan_status (
      party text PRIMARY KEY,
      plan_id uuid NOT NULL,
      policy_version integer NOT NULL,
      state text NOT NULL,
      update_due_date date,
      as_of date NOT NULL,
      total integer NOT NULL,
      done integer NOT NULL,
      on_track integer NOT NULL,
      overdue integer NOT NULL,
      without_owner integer NOT NULL,
      updated_at timestamptz NOT NULL
    )`);
    await q.query(`ALTER TABLE governance.agenda_item DROP CONSTRAINT agenda_item_kind`);
    await q.query(
      `ALTER TABLE governance.agenda_item ADD CONSTRAINT agenda_item_kind
         CHECK (kind IN ('ICV','POLICY_CHANGE','BBP','PROGRESS_REPORTS'))`,
    );
    // A period's reports are on the agenda once; a BBP year has one undecided item at a time (a BBP the
    // BMB did not adopt goes before the boards again with a new item).
    await q.query(
      `CREATE UNIQUE INDEX agenda_item_bbp_progress ON governance.agenda_item (kind, subject_id)
         WHERE kind = 'PROGRESS_REPORTS' OR (kind = 'BBP' AND decision IS NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM governance.agenda_item WHERE kind IN ('BBP','PROGRESS_REPORTS')`);
    await q.query(`DROP INDEX governance.agenda_item_bbp_progress`);
    await q.query(`ALTER TABLE governance.agenda_item DROP CONSTRAINT agenda_item_kind`);
    await q.query(
      `ALTER TABLE governance.agenda_item ADD CONSTRAINT agenda_item_kind CHECK (kind IN ('ICV','POLICY_CHANGE'))`,
    );
    for (const table of [
      'plan_status',
      'progress_report_received',
      'policy_version_adopted',
      'wish',
      'bbp_year',
    ])
      await q.query(`DROP TABLE governance.${table}`);
  }
}

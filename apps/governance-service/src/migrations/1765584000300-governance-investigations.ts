import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 (SK-3.6): investigations into how the policy works, proposed to the boards as an INVESTIGATION
 * agenda item and commissioned by the BMB's decision, with their report (kept in the row) and findings;
 * and standalone aanwijzingen: an instruction no decision issued (agenda_item_id null) with its reason and
 * the board item whose advice it follows (follows_item_id). agenda_item_id keeps meaning "the decision
 * that issued it", so the meeting pack and BoardItem.instructions stay as they were.
 */
export class GovernanceInvestigations1765584000300 implements MigrationInterface {
  name = 'GovernanceInvestigations1765584000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.investigation (
      id uuid PRIMARY KEY,
      title text NOT NULL,
      scope text NOT NULL,
      investigator text NOT NULL,
      due_date date NOT NULL,
      state text NOT NULL CHECK (state IN ('VOORGESTELD','IN_UITVOERING','AFGEROND','NIET_VERLEEND')),
      board_item_id uuid NOT NULL UNIQUE REFERENCES governance.agenda_item (id),
      summary text,
      findings jsonb NOT NULL DEFAULT '[]',
      report_filename text,
      report_content_type text,
      report_content bytea,
      report_size integer,
      report_uploaded_by text,
      report_uploaded_at timestamptz,
      proposed_by text NOT NULL,
      proposed_at timestamptz NOT NULL,
      completed_at timestamptz,
      CHECK ((state = 'AFGEROND') = (report_content IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX investigation_state ON governance.investigation (state, due_date)`);
    await q.query(`ALTER TABLE governance.instruction ALTER COLUMN agenda_item_id DROP NOT NULL`);
    await q.query(`ALTER TABLE governance.instruction ADD COLUMN reason text`);
    await q.query(
      `ALTER TABLE governance.instruction ADD COLUMN follows_item_id uuid REFERENCES governance.agenda_item (id)`,
    );
    // Every instruction comes from a decision or is given on its own with a reason.
    await q.query(
      `ALTER TABLE governance.instruction ADD CONSTRAINT instruction_origin
         CHECK (agenda_item_id IS NOT NULL OR reason IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM governance.instruction WHERE agenda_item_id IS NULL`);
    await q.query(`ALTER TABLE governance.instruction DROP CONSTRAINT instruction_origin`);
    await q.query(`ALTER TABLE governance.instruction DROP COLUMN follows_item_id`);
    await q.query(`ALTER TABLE governance.instruction DROP COLUMN reason`);
    await q.query(`ALTER TABLE governance.instruction ALTER COLUMN agenda_item_id SET NOT NULL`);
    await q.query(`DROP TABLE governance.investigation`);
  }
}

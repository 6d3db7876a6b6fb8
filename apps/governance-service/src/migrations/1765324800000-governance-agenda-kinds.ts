import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agenda items of any kind (issue 15): an ICV as before, or a policy change proposal. Every item names
 * its kind, its subject in the owning context and a title; the ICV-only columns become optional (and are
 * required for ICV items by a check). Existing items are ICV items: their subject is their ICV.
 */
export class GovernanceAgendaKinds1765324800000 implements MigrationInterface {
  name = 'GovernanceAgendaKinds1765324800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE governance.agenda_item ADD COLUMN kind text NOT NULL DEFAULT 'ICV'
        CONSTRAINT agenda_item_kind CHECK (kind IN ('ICV','POLICY_CHANGE'))`,
    );
    await q.query(`ALTER TABLE governance.agenda_item ADD COLUMN subject_id uuid`);
    await q.query(`ALTER TABLE governance.agenda_item ADD COLUMN title text`);
    await q.query(`ALTER TABLE governance.agenda_item ADD COLUMN details jsonb`);
    await q.query(
      `UPDATE governance.agenda_item
          SET subject_id = icv_id, title = 'ICV ' || year || ' ' || party || ' v' || version`,
    );
    await q.query(`ALTER TABLE governance.agenda_item ALTER COLUMN subject_id SET NOT NULL`);
    await q.query(`ALTER TABLE governance.agenda_item ALTER COLUMN title SET NOT NULL`);
    for (const column of ['icv_id', 'version', 'statement', 'scope', 'exception_count', 'signed_by'])
      await q.query(`ALTER TABLE governance.agenda_item ALTER COLUMN ${column} DROP NOT NULL`);
    await q.query(
      `ALTER TABLE governance.agenda_item ADD CONSTRAINT agenda_item_icv_details CHECK (
         kind <> 'ICV' OR (icv_id IS NOT NULL AND version IS NOT NULL AND statement IS NOT NULL
           AND scope IS NOT NULL AND exception_count IS NOT NULL AND signed_by IS NOT NULL))`,
    );
    // UNIQUE (icv_id, version) stays for ICVs; a change proposal is on the agenda once.
    await q.query(
      `CREATE UNIQUE INDEX agenda_item_policy_change ON governance.agenda_item (subject_id)
         WHERE kind = 'POLICY_CHANGE'`,
    );
    await q.query(`CREATE INDEX agenda_item_kind_year ON governance.agenda_item (kind, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM governance.agenda_item WHERE kind <> 'ICV'`);
    await q.query(`DROP INDEX governance.agenda_item_kind_year`);
    await q.query(`DROP INDEX governance.agenda_item_policy_change`);
    await q.query(`ALTER TABLE governance.agenda_item DROP CONSTRAINT agenda_item_icv_details`);
    for (const column of ['icv_id', 'version', 'statement', 'scope', 'exception_count', 'signed_by'])
      await q.query(`ALTER TABLE governance.agenda_item ALTER COLUMN ${column} SET NOT NULL`);
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN details`);
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN title`);
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN subject_id`);
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN kind`);
  }
}

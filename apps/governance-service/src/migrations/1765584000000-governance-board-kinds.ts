import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: the boards' agenda takes every kind of item (investigation, escalation, working group report,
 * signal, wishes, free item) through the one advice and decision mechanism; an aanwijzing may be issued
 * with the decision on any kind that allows it, to the party the decision names.
 */
export class GovernanceBoardKinds1765584000000 implements MigrationInterface {
  name = 'GovernanceBoardKinds1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.agenda_item DROP CONSTRAINT agenda_item_kind`);
    await q.query(
      `ALTER TABLE governance.agenda_item ADD CONSTRAINT agenda_item_kind
         CHECK (kind IN ('ICV','POLICY_CHANGE','BBP','PROGRESS_REPORTS','INVESTIGATION','ESCALATION',
                         'WORKING_GROUP_REPORT','SIGNAL','WISHES','FREE'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM governance.agenda_item WHERE kind NOT IN ('ICV','POLICY_CHANGE','BBP','PROGRESS_REPORTS')`,
    );
    await q.query(`ALTER TABLE governance.agenda_item DROP CONSTRAINT agenda_item_kind`);
    await q.query(
      `ALTER TABLE governance.agenda_item ADD CONSTRAINT agenda_item_kind
         CHECK (kind IN ('ICV','POLICY_CHANGE','BBP','PROGRESS_REPORTS'))`,
    );
  }
}

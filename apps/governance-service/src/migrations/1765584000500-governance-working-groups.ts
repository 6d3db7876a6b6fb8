import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18, working groups (SK-3.7): the SMB's hulpstructuren with their mandate and members; a group's
 * reports are WORKING_GROUP_REPORT items on the boards' agenda, found by the group's id in `details`.
 */
export class GovernanceWorkingGroups1765584000500 implements MigrationInterface {
  name = 'GovernanceWorkingGroups1765584000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.working_group (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      mandate text NOT NULL,
      members jsonb NOT NULL,
      state text NOT NULL CONSTRAINT working_group_state CHECK (state IN ('ACTIEF','OPGEHEVEN')),
      established_on date NOT NULL,
      dissolved_on date,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL,
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL
    )`);
    await q.query(
      `CREATE UNIQUE INDEX working_group_active_name ON governance.working_group (lower(name))
         WHERE state = 'ACTIEF'`,
    );
    await q.query(
      `CREATE INDEX agenda_item_working_group ON governance.agenda_item ((details->>'workingGroupId'))
         WHERE kind = 'WORKING_GROUP_REPORT'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX governance.agenda_item_working_group`);
    await q.query(`DROP TABLE governance.working_group`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exceptions of a submitted ICV and the compliance figures of its assessment travel with it onto the
 * agenda, for the meeting pack and the boards' overview.
 */
export class GovernanceAgendaExceptions1764720000000 implements MigrationInterface {
  name = 'GovernanceAgendaExceptions1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.agenda_item ADD COLUMN exceptions jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE governance.agenda_item ADD COLUMN compliance jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN compliance`);
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN exceptions`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The exceptions of a submitted ICV travel with it onto the agenda, for the meeting pack. */
export class GovernanceAgendaExceptions1764720000000 implements MigrationInterface {
  name = 'GovernanceAgendaExceptions1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.agenda_item ADD COLUMN exceptions jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN exceptions`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comply or explain (SK-5.5, SK-3.5): icv.submitted (schema version 2) carries the assessment's proposal
 * and the explanations of missing medegebruiker reports; the agenda keeps them so the boards see where
 * the chosen statement differs from the proposal. Items from before have none (proposal null).
 */
export class GovernanceAgendaProposal1764979200000 implements MigrationInterface {
  name = 'GovernanceAgendaProposal1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.agenda_item ADD COLUMN proposal jsonb`);
    await q.query(
      `ALTER TABLE governance.agenda_item ADD COLUMN missing_reports jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN missing_reports`);
    await q.query(`ALTER TABLE governance.agenda_item DROP COLUMN proposal`);
  }
}

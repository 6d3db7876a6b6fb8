import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalations (issue 18, SK-3.8): a decision point the parties cannot agree on, raised to the BMB, and
 * each asked party's position (EENS/ONEENS with reasoning), one per party (changed until decided).
 */
export class GovernanceEscalations1765584000400 implements MigrationInterface {
  name = 'GovernanceEscalations1765584000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.escalation (
      id uuid PRIMARY KEY,
      title text NOT NULL,
      question text NOT NULL,
      raised_by text NOT NULL,
      raised_by_party text NOT NULL,
      raised_at timestamptz NOT NULL,
      positions_due date NOT NULL,
      state text NOT NULL CONSTRAINT escalation_state CHECK (state IN ('OPEN','BESLOTEN')),
      parties text[] NOT NULL,
      board_item_id uuid
    )`);
    await q.query(`CREATE INDEX escalation_state_due ON governance.escalation (state, positions_due)`);
    await q.query(`CREATE INDEX escalation_parties ON governance.escalation USING gin (parties)`);
    await q.query(`CREATE TABLE governance.escalation_position (
      escalation_id uuid NOT NULL REFERENCES governance.escalation(id),
      party text NOT NULL,
      stance text NOT NULL CONSTRAINT escalation_position_stance CHECK (stance IN ('EENS','ONEENS')),
      reasoning text NOT NULL,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (escalation_id, party)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance.escalation_position`);
    await q.query(`DROP TABLE governance.escalation`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: the meetings of the SMB and the BMB. A meeting has a date, attendance and minutes; its agenda
 * is an ordered list of the boards' agenda items (any kind), each once, with what the minutes say of it.
 */
export class GovernanceMeetings1765584000200 implements MigrationInterface {
  name = 'GovernanceMeetings1765584000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.meeting (
      id uuid PRIMARY KEY,
      board text NOT NULL CONSTRAINT meeting_board CHECK (board IN ('SMB','BMB')),
      date date NOT NULL,
      title text NOT NULL,
      location text,
      state text NOT NULL DEFAULT 'GEPLAND' CONSTRAINT meeting_state CHECK (state IN ('GEPLAND','GEHOUDEN')),
      attendance jsonb NOT NULL DEFAULT '[]',
      minutes text,
      minutes_recorded_by text,
      minutes_recorded_at timestamptz,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX meeting_board_date ON governance.meeting (board, date)`);
    await q.query(`CREATE TABLE governance.meeting_agenda_entry (
      meeting_id uuid NOT NULL REFERENCES governance.meeting (id),
      agenda_item_id uuid NOT NULL REFERENCES governance.agenda_item (id),
      position integer NOT NULL,
      minute text,
      PRIMARY KEY (meeting_id, agenda_item_id)
    )`);
    await q.query(
      `CREATE INDEX meeting_agenda_entry_item ON governance.meeting_agenda_entry (agenda_item_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance.meeting_agenda_entry`);
    await q.query(`DROP TABLE governance.meeting`);
  }
}

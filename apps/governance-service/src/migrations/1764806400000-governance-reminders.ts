import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which co-users reported for which year (from the icv context), so the cycle knows who still owes. */
export class GovernanceReminders1764806400000 implements MigrationInterface {
  name = 'GovernanceReminders1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.co_user_report_received (
      year integer NOT NULL,
      party text NOT NULL,
      reports_to text NOT NULL,
      received_at timestamptz NOT NULL,
      PRIMARY KEY (year, party)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance.co_user_report_received`);
  }
}

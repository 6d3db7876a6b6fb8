import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 (SK-5.4): the party register becomes the LMS's to keep. A co-user's registration (category,
 * admission, end, shared facilities, a bijzondere gebruiker's own reporting arrangement) lives on its
 * party row; `board_representation` names who represents a party on the SMB and the BMB. The seeded
 * co-users are backfilled as admitted on the day the regulation took effect.
 */
export class GovernancePartyRegister1765584000700 implements MigrationInterface {
  name = 'GovernancePartyRegister1765584000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.party
      ADD COLUMN category text CHECK (category IN ('MEDEGEBRUIKER','TIJDELIJK','BIJZONDERE_GEBRUIKER')),
      ADD COLUMN admitted_on date,
      ADD COLUMN ends_on date,
      ADD COLUMN facilities text[] NOT NULL DEFAULT '{}',
      ADD COLUMN reporting_arrangement text,
      ADD COLUMN report_due date`);
    const regulation = '2024-02-14';
    await q.query(
      `UPDATE governance.party SET category = 'MEDEGEBRUIKER', admitted_on = $1, facilities = $2
        WHERE code = 'handhaving-amsterdam'`,
      [regulation, ['GMS', 'OIS']],
    );
    await q.query(
      `UPDATE governance.party SET category = 'MEDEGEBRUIKER', admitted_on = $1, facilities = $2
        WHERE code = 'rode-kruis'`,
      [regulation, ['GMS', 'SPOEDRESPONS']],
    );
    await q.query(
      `UPDATE governance.party SET category = 'BIJZONDERE_GEBRUIKER', admitted_on = $1, facilities = $2,
         reporting_arrangement = $3, report_due = $4
        WHERE code = 'rijkswaterstaat'`,
      [
        regulation,
        ['GMS', 'IVICT'],
        'Jaarlijkse rapportage over de informatiebeveiliging van de verkeerscentrales aan de LMS.',
        '2025-03-01',
      ],
    );
    // Any other co-user a deployment added by hand gets the same admission (facilities left to the LMS).
    await q.query(
      `UPDATE governance.party SET category = kind, admitted_on = $1
        WHERE category IS NULL AND kind IN ('MEDEGEBRUIKER','BIJZONDERE_GEBRUIKER')`,
      [regulation],
    );
    await q.query(`ALTER TABLE governance.party
      ADD CONSTRAINT party_co_user_registration CHECK (
        (kind IN ('MEDEGEBRUIKER','BIJZONDERE_GEBRUIKER')) = (category IS NOT NULL AND admitted_on IS NOT NULL)
        AND (category IS NULL OR (category = 'BIJZONDERE_GEBRUIKER') = (kind = 'BIJZONDERE_GEBRUIKER'))
        AND (category IS DISTINCT FROM 'TIJDELIJK' OR ends_on IS NOT NULL)
        AND (ends_on IS NULL OR ends_on >= admitted_on)
      )`);
    await q.query(`CREATE TABLE governance.board_representation (
      party text PRIMARY KEY REFERENCES governance.party (code),
      smb text[] NOT NULL DEFAULT '{}',
      bmb text[] NOT NULL DEFAULT '{}',
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance.board_representation`);
    await q.query(`ALTER TABLE governance.party DROP CONSTRAINT party_co_user_registration`);
    await q.query(`ALTER TABLE governance.party
      DROP COLUMN category, DROP COLUMN admitted_on, DROP COLUMN ends_on, DROP COLUMN facilities,
      DROP COLUMN reporting_arrangement, DROP COLUMN report_due`);
  }
}

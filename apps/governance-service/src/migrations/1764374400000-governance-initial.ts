import { MigrationInterface, QueryRunner } from 'typeorm';
import { MELDKAMERS, PARTIES, validatePartyRegister } from '@mkib/domain-governance';
import { platformTablesDown, platformTablesUp } from '@mkib/server-persistence';

/** Parties, the ten meldkamers and the SMB's signal feed. */
export class GovernanceInitial1764374400000 implements MigrationInterface {
  name = 'GovernanceInitial1764374400000';

  async up(q: QueryRunner): Promise<void> {
    const problems = validatePartyRegister(PARTIES);
    if (problems.length) throw new Error(`party register is inconsistent: ${problems.join('; ')}`);
    for (const sql of platformTablesUp('governance')) await q.query(sql);
    await q.query(`CREATE TABLE governance.party (
      code text PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('HOOFDGEBRUIKER','BEHEERDER','MEDEGEBRUIKER','BIJZONDERE_GEBRUIKER','BESTUURSORGAAN','MINISTERIE')),
      responsible_hoofdgebruiker text REFERENCES governance.party(code),
      CHECK ((kind = 'MEDEGEBRUIKER') = (responsible_hoofdgebruiker IS NOT NULL))
    )`);
    await q.query(`CREATE TABLE governance.meldkamer (
      code text PRIMARY KEY,
      name text NOT NULL,
      location text NOT NULL,
      gemeente text NOT NULL,
      werkgebied text[] NOT NULL
    )`);
    await q.query(`CREATE TABLE governance.smb_signal (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      subject text NOT NULL,
      summary text NOT NULL,
      occurred_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL,
      actor text NOT NULL,
      source_event_id uuid NOT NULL UNIQUE
    )`);
    // Hoofdgebruikers first, so the medegebruikers' references resolve.
    const ordered = [...PARTIES].sort(
      (a, b) => Number(a.kind === 'MEDEGEBRUIKER') - Number(b.kind === 'MEDEGEBRUIKER'),
    );
    for (const p of ordered) {
      await q.query(
        `INSERT INTO governance.party (code, name, kind, responsible_hoofdgebruiker) VALUES ($1, $2, $3, $4)`,
        [p.code, p.name, p.kind, p.responsibleHoofdgebruiker ?? null],
      );
    }
    for (const m of MELDKAMERS) {
      await q.query(
        `INSERT INTO governance.meldkamer (code, name, location, gemeente, werkgebied) VALUES ($1, $2, $3, $4, $5)`,
        [m.code, m.name, m.location, m.gemeente, m.werkgebied],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance.smb_signal`);
    await q.query(`DROP TABLE governance.meldkamer`);
    await q.query(`DROP TABLE governance.party`);
    for (const sql of platformTablesDown('governance')) await q.query(sql);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { platformTablesDown, platformTablesUp } from '@mkib/server-persistence';

/**
 * The icv context (issue 6, first slice): the party register as far as reporting goes (a projection of
 * governance's register), co-user status reports (SK-5.4) and the in-control statements with their
 * versions and sign-off (SK-4.6, SK-5.5).
 */
export class IcvInitial1764633600000 implements MigrationInterface {
  name = 'IcvInitial1764633600000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of platformTablesUp('icv')) await q.query(sql);
    await q.query(`CREATE TABLE icv.party_ref (
      code text PRIMARY KEY,
      kind text NOT NULL,
      reports_to text
    )`);
    await q.query(`CREATE TABLE icv.co_user_report (
      id uuid PRIMARY KEY,
      year integer NOT NULL,
      party text NOT NULL,
      reports_to text NOT NULL,
      status text NOT NULL CHECK (status IN ('GEIMPLEMENTEERD','DEELS','NIET')),
      summary text NOT NULL,
      submitted_by text NOT NULL,
      submitted_at timestamptz NOT NULL,
      UNIQUE (year, party)
    )`);
    await q.query(`CREATE TABLE icv.icv (
      id uuid NOT NULL,
      version integer NOT NULL,
      party text NOT NULL,
      year integer NOT NULL,
      scope text NOT NULL CHECK (scope IN ('BEHEERORGANISATIE','ORGANISATIE_EN_MEDEGEBRUIKERS')),
      state text NOT NULL CHECK (state IN ('CONCEPT','VOORBEREID','ONDERTEKEND','INGEDIEND','VERVANGEN')),
      statement text CHECK (statement IN ('IN_CONTROL','IN_CONTROL_MET_UITZONDERINGEN','NIET_IN_CONTROL')),
      exceptions jsonb NOT NULL DEFAULT '[]',
      named_missing jsonb NOT NULL DEFAULT '[]',
      correction_reason text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL,
      prepared_by text,
      prepared_at timestamptz,
      signed_by text,
      signed_at timestamptz,
      submitted_at timestamptz,
      PRIMARY KEY (id, version)
    )`);
    // One ICV per party and year; its versions share the id.
    await q.query(`CREATE UNIQUE INDEX icv_party_year ON icv.icv (party, year, version)`);
    await q.query(
      `CREATE UNIQUE INDEX icv_one_open_version ON icv.icv (party, year) WHERE state <> 'VERVANGEN'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE icv.icv`);
    await q.query(`DROP TABLE icv.co_user_report`);
    await q.query(`DROP TABLE icv.party_ref`);
    for (const sql of platformTablesDown('icv')) await q.query(sql);
  }
}

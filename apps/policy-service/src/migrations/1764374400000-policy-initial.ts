import { MigrationInterface, QueryRunner } from 'typeorm';
import { bio2Framework, sortKeyOf } from '@mkib/domain-policy';
import { platformTablesDown, platformTablesUp } from '@mkib/server-persistence';

/** The control catalogue, seeded with the BIO baseline: BIO2 v1.3 government measures (SK-2.1). */
export class PolicyInitial1764374400000 implements MigrationInterface {
  name = 'PolicyInitial1764374400000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of platformTablesUp('policy')) await q.query(sql);
    await q.query(`CREATE TABLE policy.framework (
      code text PRIMARY KEY, name text NOT NULL, version text NOT NULL, publisher text NOT NULL,
      source text NOT NULL, licence text NOT NULL, attribution text NOT NULL
    )`);
    await q.query(`CREATE TABLE policy.requirement (
      framework_code text NOT NULL REFERENCES policy.framework(code),
      identifier text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('THEMA','CONTROL','MAATREGEL')),
      parent_identifier text,
      title text,
      text text,
      status text,
      refers_to text[] NOT NULL DEFAULT '{}',
      sort_key text NOT NULL,
      PRIMARY KEY (framework_code, identifier)
    )`);
    const bio = bio2Framework();
    await q.query(
      `INSERT INTO policy.framework (code, name, version, publisher, source, licence, attribution) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [bio.code, bio.name, bio.version, bio.publisher, bio.source, bio.licence, bio.attribution],
    );
    for (const r of bio.requirements) {
      await q.query(
        `INSERT INTO policy.requirement (framework_code, identifier, kind, parent_identifier, title, text, status, refers_to, sort_key)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
        [
          bio.code,
          r.identifier,
          r.kind,
          r.parent,
          r.title,
          r.text,
          r.status,
          r.refersTo,
          sortKeyOf(r.identifier),
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy.requirement`);
    await q.query(`DROP TABLE policy.framework`);
    for (const sql of platformTablesDown('policy')) await q.query(sql);
  }
}

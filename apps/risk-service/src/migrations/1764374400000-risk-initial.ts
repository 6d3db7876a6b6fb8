import { MigrationInterface, QueryRunner } from 'typeorm';
import { FACILITIES_IN_SCOPE, initialReviewDue } from '@mkib/domain-risk';
import { migrationClock, platformTablesDown, platformTablesUp } from '@mkib/server-persistence';

/** The facility register, seeded with the six facilities of the regulation's scope (SK-T1). */
export class RiskInitial1764374400000 implements MigrationInterface {
  name = 'RiskInitial1764374400000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of platformTablesUp('risk')) await q.query(sql);
    await q.query(`CREATE TABLE risk.facility (
      code text PRIMARY KEY,
      name text NOT NULL,
      description text NOT NULL,
      components jsonb NOT NULL,
      used_by text[] NOT NULL,
      biv_beschikbaarheid text NOT NULL CHECK (biv_beschikbaarheid IN ('LAAG','MIDDEN','HOOG')),
      biv_integriteit text NOT NULL CHECK (biv_integriteit IN ('LAAG','MIDDEN','HOOG')),
      biv_vertrouwelijkheid text NOT NULL CHECK (biv_vertrouwelijkheid IN ('LAAG','MIDDEN','HOOG')),
      bbn integer NOT NULL CHECK (bbn BETWEEN 1 AND 3),
      review_due date NOT NULL,
      supplementary_analysis jsonb,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE risk.facility_classification (
      id uuid PRIMARY KEY,
      facility_code text NOT NULL REFERENCES risk.facility(code),
      biv_beschikbaarheid text NOT NULL,
      biv_integriteit text NOT NULL,
      biv_vertrouwelijkheid text NOT NULL,
      bbn integer NOT NULL,
      rationale text NOT NULL,
      review_due date NOT NULL,
      classified_by text NOT NULL,
      classified_by_party text NOT NULL,
      classified_at timestamptz NOT NULL
    )`);
    await q.query(
      `CREATE INDEX facility_classification_by_facility ON risk.facility_classification (facility_code, classified_at)`,
    );
    // The scope is fixed by the regulation, so the six facilities are reference data of the schema itself.
    const now = migrationClock(q).now();
    const reviewDue = initialReviewDue(now.toISOString().slice(0, 10));
    for (const f of FACILITIES_IN_SCOPE) {
      await q.query(
        `INSERT INTO risk.facility (code, name, description, components, used_by, biv_beschikbaarheid, biv_integriteit,
           biv_vertrouwelijkheid, bbn, review_due)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          f.code,
          f.name,
          f.description,
          JSON.stringify(f.components),
          f.usedBy,
          f.biv.beschikbaarheid,
          f.biv.integriteit,
          f.biv.vertrouwelijkheid,
          f.bbn,
          reviewDue,
        ],
      );
      await q.query(
        `INSERT INTO risk.facility_classification (id, facility_code, biv_beschikbaarheid, biv_integriteit,
           biv_vertrouwelijkheid, bbn, rationale, review_due, classified_by, classified_by_party, classified_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, 'system:seed', 'lms', $8)`,
        [
          f.code,
          f.biv.beschikbaarheid,
          f.biv.integriteit,
          f.biv.vertrouwelijkheid,
          f.bbn,
          'Initiële classificatie bij de inrichting van het register; te herijken door de LMS.',
          reviewDue,
          now,
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE risk.facility_classification`);
    await q.query(`DROP TABLE risk.facility`);
    for (const sql of platformTablesDown('risk')) await q.query(sql);
  }
}

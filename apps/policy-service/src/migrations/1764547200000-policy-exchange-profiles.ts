import { MigrationInterface, QueryRunner } from 'typeorm';
import { bio2Framework, startingBbnProfile } from '@mkib/domain-policy';
import { migrationClock } from '@mkib/server-persistence';

/**
 * Catalogue exchange and BBN profiles (issue 5): who owns a framework (null: the common catalogue the
 * LMS maintains; a party code: that party's extra framework), mappings between frameworks, versioned BBN
 * profiles seeded with the documented starting profile, the measures a supplementary analysis added per
 * facility, and the extra frameworks each party attached to its scope.
 */
export class PolicyExchangeProfiles1764547200000 implements MigrationInterface {
  name = 'PolicyExchangeProfiles1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy.framework
      ADD COLUMN owner_party text,
      ADD COLUMN origin text NOT NULL DEFAULT 'SEED' CHECK (origin IN ('SEED','CSV','OSCAL')),
      ADD COLUMN changed_by text NOT NULL DEFAULT 'system:seed',
      ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(
      `CREATE INDEX requirement_parent ON policy.requirement (framework_code, parent_identifier)`,
    );
    await q.query(`CREATE TABLE policy.requirement_mapping (
      source_framework text NOT NULL,
      source_identifier text NOT NULL,
      target_framework text NOT NULL,
      target_identifier text NOT NULL,
      relationship text NOT NULL CHECK (relationship IN ('EQUIVALENT','SUBSET','SUPERSET','INTERSECTS','RELATED')),
      imported_by text NOT NULL,
      imported_at timestamptz NOT NULL,
      PRIMARY KEY (source_framework, source_identifier, target_framework, target_identifier),
      FOREIGN KEY (source_framework, source_identifier) REFERENCES policy.requirement (framework_code, identifier),
      FOREIGN KEY (target_framework, target_identifier) REFERENCES policy.requirement (framework_code, identifier)
    )`);
    await q.query(
      `CREATE INDEX requirement_mapping_target ON policy.requirement_mapping (target_framework, target_identifier)`,
    );
    await q.query(`CREATE TABLE policy.bbn_profile (
      version integer PRIMARY KEY,
      rationale text NOT NULL,
      published_by text NOT NULL,
      published_by_party text NOT NULL,
      published_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE policy.bbn_profile_measure (
      version integer NOT NULL REFERENCES policy.bbn_profile (version),
      bbn integer NOT NULL CHECK (bbn BETWEEN 1 AND 3),
      framework_code text NOT NULL,
      identifier text NOT NULL,
      PRIMARY KEY (version, framework_code, identifier),
      FOREIGN KEY (framework_code, identifier) REFERENCES policy.requirement (framework_code, identifier)
    )`);
    await q.query(`CREATE TABLE policy.supplementary_measure (
      facility_code text NOT NULL,
      framework_code text NOT NULL,
      identifier text NOT NULL,
      rationale text NOT NULL,
      added_by text NOT NULL,
      added_at timestamptz NOT NULL,
      PRIMARY KEY (facility_code, framework_code, identifier),
      FOREIGN KEY (framework_code, identifier) REFERENCES policy.requirement (framework_code, identifier)
    )`);
    await q.query(`CREATE TABLE policy.party_framework (
      party text NOT NULL,
      framework_code text NOT NULL REFERENCES policy.framework (code),
      attached_by text NOT NULL,
      attached_at timestamptz NOT NULL,
      PRIMARY KEY (party, framework_code)
    )`);

    const bio = bio2Framework();
    await q.query(
      `INSERT INTO policy.bbn_profile (version, rationale, published_by, published_by_party, published_at)
       VALUES (1, $1, 'system:seed', 'lms', $2)`,
      [
        'Startprofiel: BIO2 kent geen BBN-niveaus meer; alle BIO2-overheidsmaatregelen gelden vanaf BBN1. ' +
          'De LMS vult BBN2 en BBN3 aan in volgende versies.',
        migrationClock(q).now(),
      ],
    );
    for (const level of startingBbnProfile(bio))
      for (const m of level.measures)
        await q.query(
          `INSERT INTO policy.bbn_profile_measure (version, bbn, framework_code, identifier) VALUES (1, $1, $2, $3)`,
          [level.bbn, m.frameworkCode, m.identifier],
        );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'party_framework',
      'supplementary_measure',
      'bbn_profile_measure',
      'bbn_profile',
      'requirement_mapping',
    ])
      await q.query(`DROP TABLE policy.${table}`);
    await q.query(`DROP INDEX policy.requirement_parent`);
    await q.query(`ALTER TABLE policy.framework DROP COLUMN owner_party, DROP COLUMN origin,
      DROP COLUMN changed_by, DROP COLUMN changed_at`);
  }
}

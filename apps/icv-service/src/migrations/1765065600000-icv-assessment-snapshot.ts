import { MigrationInterface, QueryRunner } from 'typeorm';
import { freezeAssessment, MeasureEntry, Statement } from '@mkib/domain-icv';

/**
 * Frozen means frozen (issue 12): the snapshot of the assessment of each submitted ICV version, and the
 * titles, texts and framework versions of the applicable measures in the read model (the policy context
 * publishes them with `policy.applicability.changed` from now on).
 *
 * Backfill: ICVs submitted before this release get a snapshot of the data as it stands at the upgrade
 * (origin MIGRATION, taken "at" their submission time), which is what they showed until now. The
 * read model's titles and texts are copied from the policy context's catalogue where it shares the
 * database; elsewhere they arrive with the next publication.
 */
export class IcvAssessmentSnapshot1765065600000 implements MigrationInterface {
  name = 'IcvAssessmentSnapshot1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE icv.applicable_measure
      ADD COLUMN title text, ADD COLUMN text text, ADD COLUMN framework_version text`);
    await q.query(`CREATE TABLE icv.assessment_snapshot (
      icv_id uuid NOT NULL,
      version integer NOT NULL,
      party text NOT NULL,
      year integer NOT NULL,
      taken_at timestamptz NOT NULL,
      origin text NOT NULL CHECK (origin IN ('SUBMISSION','MIGRATION')),
      profile_version integer,
      statement text,
      proposed_statement text,
      progress jsonb NOT NULL,
      by_facility jsonb NOT NULL,
      measures jsonb NOT NULL,
      PRIMARY KEY (icv_id, version),
      FOREIGN KEY (icv_id, version) REFERENCES icv.icv (id, version)
    )`);
    await q.query(`CREATE INDEX assessment_snapshot_party_year ON icv.assessment_snapshot (party, year)`);
    await this.describeMeasures(q);
    await this.backfillSnapshots(q);
  }

  /** The catalogue's titles, texts and versions, where the policy schema shares this database. */
  private async describeMeasures(q: QueryRunner): Promise<void> {
    // raw SQL: a one-off read across schemas; the policy context's tables have no entities here.
    const [{ present }] = await q.query(
      `SELECT to_regclass('policy.requirement') IS NOT NULL AND to_regclass('policy.framework') IS NOT NULL
         AND has_table_privilege('policy.requirement', 'SELECT') AND has_table_privilege('policy.framework', 'SELECT')
         AS present`,
    );
    if (!present) return;
    await q.query(`UPDATE icv.applicable_measure m
      SET title = r.title, text = r.text, framework_version = f.version
      FROM policy.requirement r JOIN policy.framework f ON f.code = r.framework_code
      WHERE r.framework_code = m.framework_code AND r.identifier = m.identifier`);
  }

  private async backfillSnapshots(q: QueryRunner): Promise<void> {
    const icvs: {
      id: string;
      version: number;
      party: string;
      year: number;
      statement: Statement | null;
      submitted_at: Date;
    }[] = await q.query(
      `SELECT id, version, party, year, statement, submitted_at FROM icv.icv
       WHERE submitted_at IS NOT NULL AND state IN ('INGEDIEND','VERVANGEN') ORDER BY party, year, version`,
    );
    for (const icv of icvs) {
      const measures: {
        framework_code: string;
        identifier: string;
        facilities: string[];
        title: string | null;
        text: string | null;
        framework_version: string | null;
      }[] = await q.query(
        `SELECT framework_code, identifier, facilities, title, text, framework_version
         FROM icv.applicable_measure WHERE party = $1 ORDER BY position`,
        [icv.party],
      );
      const entries: {
        framework_code: string;
        identifier: string;
        status: MeasureEntry['status'];
        justification: string | null;
        assessed_by: string;
        assessed_at: Date;
      }[] = await q.query(
        `SELECT framework_code, identifier, status, justification, assessed_by, assessed_at
         FROM icv.assessment_entry WHERE party = $1 AND year = $2`,
        [icv.party, icv.year],
      );
      const evidence: {
        id: string;
        framework_code: string;
        identifier: string;
        filename: string;
        content_type: string;
        size_bytes: number;
        sha256: string;
        uploaded_by: string;
        uploaded_at: Date;
      }[] = await q.query(
        `SELECT id, framework_code, identifier, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at
         FROM icv.evidence WHERE party = $1 AND year = $2 ORDER BY uploaded_at`,
        [icv.party, icv.year],
      );
      const received: { profile_version: number }[] = await q.query(
        `SELECT profile_version FROM icv.applicability_received WHERE party = $1`,
        [icv.party],
      );
      const s = freezeAssessment({
        icv: { id: icv.id, version: icv.version, party: icv.party, year: icv.year, statement: icv.statement },
        profileVersion: received[0]?.profile_version ?? null,
        measures: measures.map((m) => ({
          frameworkCode: m.framework_code,
          identifier: m.identifier,
          facilities: m.facilities,
          title: m.title,
          text: m.text,
          frameworkVersion: m.framework_version,
        })),
        entries: new Map(
          entries.map((e) => [
            `${e.framework_code}:${e.identifier}`,
            {
              status: e.status,
              justification: e.justification,
              assessedBy: e.assessed_by,
              assessedAt: new Date(e.assessed_at).toISOString(),
            },
          ]),
        ),
        evidence: evidence.map((e) => ({
          id: e.id,
          frameworkCode: e.framework_code,
          identifier: e.identifier,
          filename: e.filename,
          contentType: e.content_type,
          sizeBytes: e.size_bytes,
          sha256: e.sha256,
          uploadedBy: e.uploaded_by,
          uploadedAt: new Date(e.uploaded_at).toISOString(),
        })),
        now: new Date(icv.submitted_at),
        origin: 'MIGRATION',
      });
      await q.query(
        `INSERT INTO icv.assessment_snapshot (icv_id, version, party, year, taken_at, origin, profile_version,
           statement, proposed_statement, progress, by_facility, measures)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          s.icvId,
          s.version,
          s.party,
          s.year,
          s.takenAt,
          s.origin,
          s.profileVersion,
          s.statement,
          s.proposedStatement,
          JSON.stringify(s.progress),
          JSON.stringify(s.byFacility),
          JSON.stringify(s.measures),
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE icv.assessment_snapshot`);
    await q.query(`ALTER TABLE icv.applicable_measure
      DROP COLUMN title, DROP COLUMN text, DROP COLUMN framework_version`);
  }
}

import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  analysisNumber,
  DEFAULT_RISK_SCALE,
  LMS_PARTY,
  supplementaryAnalysisDraft,
  THREAT_CATALOGUE,
} from '@mkib/domain-risk';
import { migrationClock } from '@mkib/server-persistence';

const STATES = `('CONCEPT','CONSULTATIE','DEFINITIEF','VERVANGEN')`;
const LEVELS = `('LAAG','MIDDEN','HOOG','ZEER_HOOG')`;

/**
 * Risk management (issue 16): the scale, the threat catalogue, analyses with their threats, risks,
 * treatments, acceptances and consultation, and the parties' acceptance levels. A facility that already
 * requires a supplementary analysis gets one (AANVULLEND, CONCEPT) so the requirement can be completed.
 */
export class RiskAnalyses1765411200000 implements MigrationInterface {
  name = 'RiskAnalyses1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE risk.risk_scale (
      id integer PRIMARY KEY CHECK (id = 1),
      likelihood jsonb NOT NULL,
      impact jsonb NOT NULL,
      levels jsonb NOT NULL,
      matrix jsonb NOT NULL,
      updated_at timestamptz,
      updated_by text
    )`);
    await q.query(
      `INSERT INTO risk.risk_scale (id, likelihood, impact, levels, matrix) VALUES (1, $1, $2, $3, $4)`,
      [
        JSON.stringify(DEFAULT_RISK_SCALE.likelihood),
        JSON.stringify(DEFAULT_RISK_SCALE.impact),
        JSON.stringify(DEFAULT_RISK_SCALE.levels),
        JSON.stringify(DEFAULT_RISK_SCALE.matrix),
      ],
    );
    await q.query(`CREATE TABLE risk.threat (
      code text PRIMARY KEY,
      position integer NOT NULL,
      name text NOT NULL,
      category text NOT NULL,
      description text NOT NULL,
      source text NOT NULL
    )`);
    for (const [i, t] of THREAT_CATALOGUE.entries())
      await q.query(
        `INSERT INTO risk.threat (code, position, name, category, description, source) VALUES ($1, $2, $3, $4, $5, $6)`,
        [t.code, i + 1, t.name, t.category, t.description, t.source],
      );
    await q.query(`CREATE TABLE risk.analysis_number (year integer PRIMARY KEY, last integer NOT NULL)`);
    await q.query(`CREATE TABLE risk.analysis (
      id uuid PRIMARY KEY,
      number text NOT NULL,
      version integer NOT NULL CHECK (version >= 1),
      title text NOT NULL,
      description text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('REGULIER','AANVULLEND')),
      scope text NOT NULL CHECK (scope IN ('GEDEELDE_VOORZIENING','EIGEN_GEBRUIK')),
      owner_party text NOT NULL,
      facility_codes text[] NOT NULL,
      method text NOT NULL,
      state text NOT NULL CHECK (state IN ${STATES}),
      due_date date,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL,
      finalised_by text,
      finalised_at timestamptz,
      finalised_late boolean NOT NULL DEFAULT false,
      finalised_past_deadline_note text,
      missing_responses text[] NOT NULL DEFAULT '{}',
      previous_version_id uuid REFERENCES risk.analysis(id),
      superseded_by_id uuid REFERENCES risk.analysis(id),
      row_version integer NOT NULL DEFAULT 1,
      UNIQUE (number, version)
    )`);
    // One open version (CONCEPT or CONSULTATIE) per analysis at a time: a second revision loses.
    await q.query(
      `CREATE UNIQUE INDEX analysis_one_open_version ON risk.analysis (number) WHERE state IN ('CONCEPT','CONSULTATIE')`,
    );
    await q.query(`CREATE INDEX analysis_by_owner ON risk.analysis (owner_party, state)`);
    await q.query(`CREATE TABLE risk.analysis_threat (
      id uuid PRIMARY KEY,
      analysis_id uuid NOT NULL REFERENCES risk.analysis(id) ON DELETE CASCADE,
      position integer NOT NULL,
      catalogue_code text REFERENCES risk.threat(code),
      name text NOT NULL,
      description text NOT NULL
    )`);
    await q.query(`CREATE INDEX analysis_threat_by_analysis ON risk.analysis_threat (analysis_id, position)`);
    await q.query(`CREATE TABLE risk.risk (
      id uuid PRIMARY KEY,
      analysis_id uuid NOT NULL REFERENCES risk.analysis(id) ON DELETE CASCADE,
      position integer NOT NULL,
      title text NOT NULL,
      description text NOT NULL,
      facility_code text NOT NULL REFERENCES risk.facility(code),
      threat_ids uuid[] NOT NULL,
      inherent_likelihood integer NOT NULL,
      inherent_impact integer NOT NULL,
      inherent_level text NOT NULL CHECK (inherent_level IN ${LEVELS}),
      residual_likelihood integer NOT NULL,
      residual_impact integer NOT NULL,
      residual_level text NOT NULL CHECK (residual_level IN ${LEVELS})
    )`);
    await q.query(`CREATE INDEX risk_by_analysis ON risk.risk (analysis_id, position)`);
    await q.query(`CREATE TABLE risk.treatment (
      id uuid PRIMARY KEY,
      risk_id uuid NOT NULL UNIQUE REFERENCES risk.risk(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('MITIGEREN','ACCEPTEREN','OVERDRAGEN','VERMIJDEN')),
      description text NOT NULL,
      measures jsonb NOT NULL,
      owner text NOT NULL,
      due_date date NOT NULL
    )`);
    await q.query(`CREATE TABLE risk.acceptance (
      risk_id uuid PRIMARY KEY REFERENCES risk.risk(id) ON DELETE CASCADE,
      state text NOT NULL CHECK (state IN ('VOORGESTELD','GOEDGEKEURD','AFGEWEZEN')),
      proposed_by text NOT NULL,
      proposed_at timestamptz NOT NULL,
      decided_by text,
      decided_at timestamptz,
      reasoning text,
      review_date date,
      CHECK (decided_by IS NULL OR decided_by <> proposed_by)
    )`);
    await q.query(`CREATE TABLE risk.consultation (
      analysis_id uuid PRIMARY KEY REFERENCES risk.analysis(id) ON DELETE CASCADE,
      respond_by date NOT NULL,
      opened_at timestamptz NOT NULL,
      opened_by text NOT NULL,
      parties text[] NOT NULL
    )`);
    await q.query(`CREATE INDEX consultation_by_party ON risk.consultation USING gin (parties)`);
    await q.query(`CREATE TABLE risk.consultation_response (
      id uuid PRIMARY KEY,
      analysis_id uuid NOT NULL REFERENCES risk.consultation(analysis_id) ON DELETE CASCADE,
      party text NOT NULL,
      position text NOT NULL CHECK (position IN ('AKKOORD','AKKOORD_MET_OPMERKINGEN','NIET_AKKOORD')),
      reasoning text NOT NULL,
      responded_by text NOT NULL,
      responded_at timestamptz NOT NULL,
      answer text,
      answered_by text,
      answered_at timestamptz,
      UNIQUE (analysis_id, party)
    )`);
    await q.query(`CREATE TABLE risk.acceptance_level (
      party text PRIMARY KEY,
      level text NOT NULL CHECK (level IN ${LEVELS}),
      set_by text NOT NULL,
      set_at timestamptz NOT NULL
    )`);

    // A facility that already requires a supplementary analysis gets one, so the requirement can complete.
    const now = migrationClock(q).now();
    const required: {
      code: string;
      name: string;
      bbn: number;
      supplementary_analysis: { requiredSince: string };
    }[] = await q.query(
      `SELECT code, name, bbn, supplementary_analysis FROM risk.facility
        WHERE supplementary_analysis->>'status' = 'VEREIST' AND supplementary_analysis->>'analysisId' IS NULL
        ORDER BY code`,
    );
    for (const f of required) {
      const since = (f.supplementary_analysis.requiredSince ?? now.toISOString()).slice(0, 10);
      const draft = supplementaryAnalysisDraft(f, since);
      const year = now.getUTCFullYear();
      const [{ last }] = await q.query(
        `INSERT INTO risk.analysis_number (year, last) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last = risk.analysis_number.last + 1 RETURNING last`,
        [year],
      );
      const id = randomUUID();
      await q.query(
        `INSERT INTO risk.analysis (id, number, version, title, description, kind, scope, owner_party, facility_codes,
           method, state, due_date, created_by, created_at)
         VALUES ($1, $2, 1, $3, $4, 'AANVULLEND', 'GEDEELDE_VOORZIENING', $5, $6, $7, 'CONCEPT', $8, 'system:migration', $9)`,
        [
          id,
          analysisNumber(year, last),
          draft.title,
          draft.description,
          LMS_PARTY,
          [f.code],
          draft.method,
          draft.dueDate,
          now,
        ],
      );
      await q.query(
        `UPDATE risk.facility SET supplementary_analysis = supplementary_analysis || $2::jsonb WHERE code = $1`,
        [f.code, JSON.stringify({ dueDate: draft.dueDate, analysisId: id, completedAt: null })],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'acceptance_level',
      'consultation_response',
      'consultation',
      'acceptance',
      'treatment',
      'risk',
      'analysis_threat',
      'analysis',
      'analysis_number',
      'threat',
      'risk_scale',
    ])
      await q.query(`DROP TABLE risk.${t}`);
    await q.query(
      `UPDATE risk.facility SET supplementary_analysis = supplementary_analysis - 'dueDate' - 'analysisId' - 'completedAt'
        WHERE supplementary_analysis IS NOT NULL`,
    );
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change procedure of the policy (issue 15, SK-3.1, SK-4.4): proposals with their consultation
 * responses and trail, the hoofdgebruikers' change requests, the jaaraanschrijvingen and the BMB's
 * decisions as governance announces them (what a proposal names as its trigger).
 */
export class PolicyChangeProposals1765324800100 implements MigrationInterface {
  name = 'PolicyChangeProposals1765324800100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE policy.change_proposal (
      id uuid PRIMARY KEY,
      number integer NOT NULL UNIQUE CHECK (number >= 1),
      title text NOT NULL,
      rationale text NOT NULL,
      state text NOT NULL CHECK (state IN ('DRAFT','CONSULTATION','SUBMITTED','ADOPTED','REJECTED','WITHDRAWN')),
      trigger_kind text NOT NULL,
      trigger_record_id uuid,
      trigger_reference text,
      trigger_label text NOT NULL,
      change jsonb NOT NULL,
      import_reports jsonb NOT NULL DEFAULT '[]',
      carries_requirement_changes boolean NOT NULL,
      base_version integer NOT NULL,
      respond_by date,
      drafted_by text NOT NULL,
      drafted_at timestamptz NOT NULL,
      submitted_by text,
      submitted_at timestamptz,
      decided_at timestamptz,
      agenda_item_id uuid,
      adopted_version integer,
      withdraw_reason text
    )`);
    await q.query(`CREATE INDEX change_proposal_state ON policy.change_proposal (state)`);
    await q.query(`CREATE TABLE policy.consultation_response (
      proposal_id uuid NOT NULL REFERENCES policy.change_proposal (id),
      party text NOT NULL,
      position text NOT NULL CHECK (position IN ('AGREE','REMARKS','DISAGREE')),
      reasons text NOT NULL,
      responded_by text NOT NULL,
      responded_at timestamptz NOT NULL,
      PRIMARY KEY (proposal_id, party)
    )`);
    await q.query(`CREATE TABLE policy.proposal_step (
      seq serial PRIMARY KEY,
      proposal_id uuid NOT NULL REFERENCES policy.change_proposal (id),
      at timestamptz NOT NULL,
      actor text NOT NULL,
      party text,
      step text NOT NULL,
      note text
    )`);
    await q.query(`CREATE INDEX proposal_step_proposal ON policy.proposal_step (proposal_id, seq)`);
    await q.query(`CREATE TABLE policy.change_request (
      id uuid PRIMARY KEY,
      party text NOT NULL,
      subject text NOT NULL,
      motivation text NOT NULL,
      state text NOT NULL CHECK (state IN ('OPEN','TAKEN_UP','DECLINED')),
      requested_by text NOT NULL,
      requested_at timestamptz NOT NULL,
      proposal_id uuid REFERENCES policy.change_proposal (id),
      declined_by text,
      declined_at timestamptz,
      decline_reasons text
    )`);
    await q.query(`CREATE TABLE policy.jaaraanschrijving (
      id uuid PRIMARY KEY,
      year integer NOT NULL,
      date date NOT NULL,
      reference text NOT NULL UNIQUE,
      text text NOT NULL,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE policy.board_decision (
      agenda_item_id uuid PRIMARY KEY,
      kind text NOT NULL,
      subject_id uuid NOT NULL,
      party text,
      year integer NOT NULL,
      title text NOT NULL,
      decision text NOT NULL,
      decided_at timestamptz NOT NULL,
      instruction_id uuid,
      instruction_description text
    )`);
    await q.query(`CREATE INDEX board_decision_instruction ON policy.board_decision (instruction_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy.board_decision`);
    await q.query(`DROP TABLE policy.jaaraanschrijving`);
    await q.query(`DROP TABLE policy.change_request`);
    await q.query(`DROP TABLE policy.proposal_step`);
    await q.query(`DROP TABLE policy.consultation_response`);
    await q.query(`DROP TABLE policy.change_proposal`);
  }
}

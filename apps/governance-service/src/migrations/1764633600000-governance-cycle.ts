import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, PartyRegisterPublished } from '@mkib/contracts';
import { PARTIES, reportsTo } from '@mkib/domain-governance';
import { migrationClock } from '@mkib/server-persistence';

/**
 * The yearly in-control cycle (issue 6): the cycle with its milestones, the boards' agenda items (one
 * per submitted ICV version) with SMB advice and BMB decision, and improvement instructions
 * (aanwijzingen). Also announces the seeded party register to the other contexts, through the outbox,
 * in this same transaction.
 */
export class GovernanceCycle1764633600000 implements MigrationInterface {
  name = 'GovernanceCycle1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE governance.cycle (
      year integer PRIMARY KEY,
      medegebruiker_rapportages date NOT NULL,
      icv_indiening date NOT NULL,
      smb_vergadering date NOT NULL,
      bmb_vergadering date NOT NULL,
      opened_by text NOT NULL,
      opened_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE governance.agenda_item (
      id uuid PRIMARY KEY,
      year integer NOT NULL,
      icv_id uuid NOT NULL,
      party text NOT NULL,
      version integer NOT NULL,
      statement text NOT NULL,
      scope text NOT NULL,
      exception_count integer NOT NULL,
      signed_by text NOT NULL,
      submitted_at timestamptz NOT NULL,
      superseded boolean NOT NULL DEFAULT false,
      advice text,
      advice_text text,
      advised_by text,
      advised_at timestamptz,
      decision text CHECK (decision IN ('AANVAARD','AANVAARD_MET_AANWIJZING','NIET_AANVAARD')),
      decision_text text,
      decided_by text,
      decided_at timestamptz,
      source_event_id uuid NOT NULL UNIQUE,
      UNIQUE (icv_id, version),
      CHECK (decision IS NULL OR advice IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX agenda_item_year ON governance.agenda_item (year, party)`);
    await q.query(`CREATE TABLE governance.instruction (
      id uuid PRIMARY KEY,
      agenda_item_id uuid NOT NULL REFERENCES governance.agenda_item (id),
      party text NOT NULL,
      description text NOT NULL,
      due_date date NOT NULL,
      state text NOT NULL CHECK (state IN ('OPEN','GEREED_GEMELD','GESLOTEN')),
      issued_by text NOT NULL,
      issued_at timestamptz NOT NULL,
      done_report text,
      reported_by text,
      reported_at timestamptz,
      reviewed_by text,
      reviewed_at timestamptz
    )`);
    const envelope = createEnvelope(
      PartyRegisterPublished,
      {
        subject: 'party-register',
        partyId: null,
        actor: 'system:seed',
        correlationId: 'seed-party-register',
      },
      { parties: PARTIES.map((p) => ({ code: p.code, kind: p.kind, reportsTo: reportsTo(p) })) },
      migrationClock(q).now(),
    );
    await q.query(
      `INSERT INTO governance.outbox (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4)`,
      [envelope.id, PartyRegisterPublished.topic, 'party-register', JSON.stringify(envelope)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance.instruction`);
    await q.query(`DROP TABLE governance.agenda_item`);
    await q.query(`DROP TABLE governance.cycle`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, RiskTreatmentChanged } from '@mkib/contracts';
import { toIsoDay } from '@mkib/domain-shared';
import { migrationClock } from '@mkib/server-persistence';

/**
 * Issue 17: a treatment has a status (OPEN until its owner party reports it done, AFGEROND after). Existing
 * treatments start OPEN. Then each treatment of each current final analysis is announced once as
 * `risk.treatment.changed` OPEN, through the outbox in this transaction (as RiskAnnounceReviewDates did), so
 * governance (RISICOBEHANDELING reminders) and icv (the treatments plan lines link) learn the treatments
 * finalised before the upgrade.
 */
export class RiskTreatmentStatus1765497600100 implements MigrationInterface {
  name = 'RiskTreatmentStatus1765497600100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE risk.treatment
      ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','AFGEROND')),
      ADD COLUMN completed_by text,
      ADD COLUMN completed_at timestamptz,
      ADD COLUMN completion_note text`);
    const rows: {
      id: string;
      origin_id: string;
      analysis_id: string;
      number: string;
      version: number;
      owner_party: string;
      risk_title: string;
      facility_code: string;
      kind: 'MITIGEREN' | 'ACCEPTEREN' | 'OVERDRAGEN' | 'VERMIJDEN';
      description: string;
      due_date: string | Date;
    }[] = await q.query(
      `SELECT t.id, t.origin_id, a.id AS analysis_id, a.number, a.version, a.owner_party, r.title AS risk_title,
              r.facility_code, t.kind, t.description, t.due_date
         FROM risk.treatment t
         JOIN risk.risk r ON r.id = t.risk_id
         JOIN risk.analysis a ON a.id = r.analysis_id
        WHERE a.state = 'DEFINITIEF'
        ORDER BY a.number, r.position`,
    );
    const now = migrationClock(q).now();
    for (const t of rows) {
      const envelope = createEnvelope(
        RiskTreatmentChanged,
        {
          subject: t.id,
          partyId: t.owner_party,
          actor: 'system:migration',
          correlationId: 'announce-treatments',
        },
        {
          treatmentId: t.id,
          originId: t.origin_id,
          analysisId: t.analysis_id,
          analysisNumber: t.number,
          analysisVersion: t.version,
          ownerParty: t.owner_party,
          riskTitle: t.risk_title,
          facilityCode: t.facility_code,
          kind: t.kind,
          description: t.description,
          dueDate: toIsoDay(t.due_date),
          status: 'OPEN',
          completedBy: null,
          completedAt: null,
          changedAt: now.toISOString(),
        },
        now,
      );
      await q.query(
        `INSERT INTO risk.outbox (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4)`,
        [envelope.id, RiskTreatmentChanged.topic, t.id, JSON.stringify(envelope)],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // The announcements once published cannot be taken back; the columns can.
    await q.query(`ALTER TABLE risk.treatment
      DROP COLUMN status, DROP COLUMN completed_by, DROP COLUMN completed_at, DROP COLUMN completion_note`);
  }
}

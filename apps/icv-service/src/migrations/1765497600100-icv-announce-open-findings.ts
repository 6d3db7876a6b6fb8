import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, FindingChanged } from '@mkib/contracts';
import { toIsoDay } from '@mkib/domain-shared';
import { migrationClock } from '@mkib/server-persistence';

/**
 * Announces every OPEN finding once more (`icv.finding.changed`), through the outbox in this transaction
 * (issue 17): governance subscribes to the findings only now and keeps their due dates for the BEVINDING
 * reminders (`governance.finding_deadline`); Kafka retains a few days of events, so a finding that last
 * changed before that would stay unknown to it until its next change. The finding as it is now, stamped
 * with the migration's time: the consumers keep the newest change (risk's finding_view, governance's
 * finding_deadline: upserts, newest wins), so for risk, which knew them, nothing changes but the stamp.
 * Closed findings owe nothing and are left out.
 */
export class IcvAnnounceOpenFindings1765497600100 implements MigrationInterface {
  name = 'IcvAnnounceOpenFindings1765497600100';

  async up(q: QueryRunner): Promise<void> {
    const findings: {
      id: string;
      party: string;
      year: number;
      framework_code: string;
      identifier: string;
      description: string;
      action: string;
      owner: string;
      due_date: string | Date;
      status: 'OPEN' | 'AFGEROND';
      risk_treatment_id: string | null;
    }[] = await q.query(
      `SELECT id, party, year, framework_code, identifier, description, action, owner,
              to_char(due_date, 'YYYY-MM-DD') AS due_date, status, risk_treatment_id
         FROM icv.finding WHERE status = 'OPEN' ORDER BY created_at, id`,
    );
    const now = migrationClock(q).now();
    for (const f of findings) {
      const envelope = createEnvelope(
        FindingChanged,
        { subject: f.id, partyId: f.party, actor: 'system:seed', correlationId: 'announce-open-findings' },
        {
          findingId: f.id,
          party: f.party,
          year: f.year,
          frameworkCode: f.framework_code,
          identifier: f.identifier,
          description: f.description,
          action: f.action,
          owner: f.owner,
          dueDate: toIsoDay(f.due_date),
          status: f.status,
          riskTreatmentId: f.risk_treatment_id,
          changedAt: now.toISOString(),
        },
        now,
      );
      await q.query(
        `INSERT INTO icv.outbox (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4)`,
        [envelope.id, FindingChanged.topic, f.id, JSON.stringify(envelope)],
      );
    }
  }

  async down(): Promise<void> {
    // Events once published cannot be taken back; nothing to undo in the schema.
  }
}

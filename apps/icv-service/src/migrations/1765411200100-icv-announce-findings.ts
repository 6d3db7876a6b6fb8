import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, FindingChanged } from '@mkib/contracts';
import { toIsoDay } from '@mkib/domain-shared';
import { migrationClock } from '@mkib/server-persistence';

/**
 * Announces every existing finding once (`icv.finding.changed`), through the outbox in this
 * transaction, so contexts that keep the findings (risk: the plan of action) start from them as they are.
 */
export class IcvAnnounceFindings1765411200100 implements MigrationInterface {
  name = 'IcvAnnounceFindings1765411200100';

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
         FROM icv.finding ORDER BY created_at, id`,
    );
    const now = migrationClock(q).now();
    for (const f of findings) {
      const envelope = createEnvelope(
        FindingChanged,
        { subject: f.id, partyId: f.party, actor: 'system:seed', correlationId: 'announce-findings' },
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

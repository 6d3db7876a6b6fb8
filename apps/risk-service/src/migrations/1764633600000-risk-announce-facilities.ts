import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, FacilityClassified } from '@mkib/contracts';
import { migrationClock } from '@mkib/server-persistence';

/**
 * Announces each facility's current classification once (`risk.facility.classified`), through the
 * outbox in this transaction, so contexts that keep the facilities' BBN start from the register as it is.
 */
export class RiskAnnounceFacilities1764633600000 implements MigrationInterface {
  name = 'RiskAnnounceFacilities1764633600000';

  async up(q: QueryRunner): Promise<void> {
    const facilities: { code: string; bbn: number; used_by: string[] }[] = await q.query(
      `SELECT code, bbn, used_by FROM risk.facility ORDER BY code`,
    );
    for (const f of facilities) {
      const envelope = createEnvelope(
        FacilityClassified,
        { subject: f.code, partyId: null, actor: 'system:seed', correlationId: 'seed-facilities' },
        { facilityCode: f.code, bbn: f.bbn, usedBy: f.used_by },
        migrationClock(q).now(),
      );
      await q.query(
        `INSERT INTO risk.outbox (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4)`,
        [envelope.id, FacilityClassified.topic, f.code, JSON.stringify(envelope)],
      );
    }
  }

  async down(): Promise<void> {
    // Events once published cannot be taken back; nothing to undo in the schema.
  }
}

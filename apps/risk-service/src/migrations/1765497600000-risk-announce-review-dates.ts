import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, FacilityClassified } from '@mkib/contracts';
import { toIsoDay } from '@mkib/domain-shared';
import { migrationClock } from '@mkib/server-persistence';

/**
 * Issue 17: `risk.facility.classified` now carries the facility's BIV review date (`reviewDue`), from which
 * governance reminds the LMS to re-calibrate. Announces each facility's current classification once more,
 * with its review date, through the outbox in this transaction (as RiskAnnounceFacilities did).
 */
export class RiskAnnounceReviewDates1765497600000 implements MigrationInterface {
  name = 'RiskAnnounceReviewDates1765497600000';

  async up(q: QueryRunner): Promise<void> {
    const facilities: { code: string; bbn: number; used_by: string[]; review_due: string | Date }[] =
      await q.query(`SELECT code, bbn, used_by, review_due FROM risk.facility ORDER BY code`);
    for (const f of facilities) {
      const reviewDue = toIsoDay(f.review_due);
      const envelope = createEnvelope(
        FacilityClassified,
        { subject: f.code, partyId: null, actor: 'system:migration', correlationId: 'announce-review-dates' },
        { facilityCode: f.code, bbn: f.bbn, usedBy: f.used_by, reviewDue },
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

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 review: the digest's delivery state and the age of a facility's review date.
 * - mail_outbox.status: a run claims a person's digest of the day (PENDING) and commits, sends outside
 *   any transaction, then marks it SENT or FAILED (with the error); a FAILED claim is retried on the next
 *   run. Rows from before were sent: SENT. The outbox keeps a mail's text only for the OUTBOX channel.
 * - facility_review.announced_at: the time of the risk.facility.classified event the review date came
 *   from; an older or redelivered event no longer overwrites a newer date (rows from before: unknown, so
 *   the next event wins).
 */
export class GovernanceDigestDelivery1765497600200 implements MigrationInterface {
  name = 'GovernanceDigestDelivery1765497600200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.mail_outbox
      ADD COLUMN status text NOT NULL DEFAULT 'SENT' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
      ADD COLUMN error text`);
    // The text of a mail sent over SMTP left the platform: the outbox keeps its metadata only.
    await q.query(`UPDATE governance.mail_outbox SET text = 'verzonden via SMTP' WHERE channel = 'SMTP'`);
    await q.query(`ALTER TABLE governance.facility_review ADD COLUMN announced_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance.facility_review DROP COLUMN announced_at`);
    await q.query(`ALTER TABLE governance.mail_outbox DROP COLUMN error, DROP COLUMN status`);
  }
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every mail the platform sent: over SMTP or into the local outbox (the all-in-one mode). */
@Entity({ name: 'mail_outbox' })
export class MailOutboxEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  /** The mail's text in the all-in-one mode (OUTBOX); for SMTP a short note only: the text left the platform. */
  @Column({ type: 'text' })
  text!: string;

  /** SMTP or OUTBOX. */
  @Column({ type: 'text' })
  channel!: string;

  /** PENDING (claimed, being sent), SENT or FAILED (retried by the next run). */
  @Column({ type: 'text' })
  status!: string;

  /** Why sending failed (FAILED only). */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The digest's day (one digest per person per day). */
  @Column({ name: 'digest_day', type: 'date' })
  digestDay!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A reminder that went out in a person's digest: never mailed twice. */
@Entity({ name: 'digest_mailed' })
export class DigestMailedEntity {
  @PrimaryColumn({ type: 'text' })
  username!: string;

  @PrimaryColumn({ name: 'reminder_id', type: 'text' })
  reminderId!: string;

  @Column({ name: 'mail_id', type: 'uuid' })
  mailId!: string;
}

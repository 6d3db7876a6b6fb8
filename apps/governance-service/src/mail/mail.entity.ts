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

  @Column({ type: 'text' })
  text!: string;

  /** SMTP or OUTBOX. */
  @Column({ type: 'text' })
  channel!: string;

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

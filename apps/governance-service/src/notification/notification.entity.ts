import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reminder a person marked read (by the reminder's stable id). */
@Entity({ name: 'notification_read' })
export class NotificationReadEntity {
  @PrimaryColumn({ type: 'text' })
  username!: string;

  @PrimaryColumn({ name: 'reminder_id', type: 'text' })
  reminderId!: string;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt!: Date;
}

/**
 * A person governance knows, from their sign-in token when they read their notifications or e-mail
 * preference: whom the daily digest goes to (with DAGELIJKS and an e-mail address).
 */
@Entity({ name: 'known_user' })
export class KnownUserEntity {
  @PrimaryColumn({ type: 'text' })
  username!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'text', array: true })
  roles!: string[];

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** DAGELIJKS or GEEN. */
  @Column({ type: 'text' })
  digest!: string;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt!: Date;
}

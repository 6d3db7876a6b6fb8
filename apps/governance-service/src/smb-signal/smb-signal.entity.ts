import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SmbSignalKind } from '@mkib/domain-governance';

@Entity({ name: 'smb_signal' })
export class SmbSignalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: SmbSignalKind;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text' })
  actor!: string;

  /** The event the signal came from: unique, a second delivery cannot add a second signal. */
  @Column({ name: 'source_event_id', type: 'uuid', unique: true })
  sourceEventId!: string;
}

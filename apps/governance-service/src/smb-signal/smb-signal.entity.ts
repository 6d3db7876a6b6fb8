import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { SmbSignalKind } from '@mkib/domain-governance';

@Entity({ name: 'smb_signal' })
@Unique('smb_signal_source_event_kind', ['sourceEventId', 'kind'])
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

  /** The event the signal came from: unique with the kind, a second delivery cannot add a second signal. */
  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;
}

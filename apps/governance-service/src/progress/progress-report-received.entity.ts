import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A progress report an organisation submitted (icv.progress.reported): counts only (SK-2.4, SK-T3). */
@Entity({ name: 'progress_report_received' })
export class ProgressReportReceivedEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  period!: number;

  @Column({ type: 'date' })
  due!: string;

  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer' })
  done!: number;

  @Column({ name: 'on_track', type: 'integer' })
  onTrack!: number;

  @Column({ type: 'integer' })
  overdue!: number;

  @Column({ name: 'without_owner', type: 'integer' })
  withoutOwner!: number;

  @Column({ name: 'signed_by', type: 'text' })
  signedBy!: string;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;
}

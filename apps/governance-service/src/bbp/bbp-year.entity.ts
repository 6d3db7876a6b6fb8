import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BbpState } from '@mkib/domain-governance';

/** A BBP year (SK-3.2): its calendar, state and consolidated information-security paragraph. */
@Entity({ name: 'bbp_year' })
export class BbpYearEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'integer', unique: true })
  year!: number;

  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  @Column({ type: 'text' })
  state!: BbpState;

  @Column({ name: 'wishes_deadline', type: 'date' })
  wishesDeadline!: string;

  /** YYYY-MM-DD, sorted: period n is the n-th. */
  @Column({ name: 'progress_report_moments', type: 'jsonb' })
  progressReportMoments!: string[];

  @Column({ name: 'smb_meetings', type: 'jsonb' })
  smbMeetings!: string[];

  @Column({ name: 'bmb_meetings', type: 'jsonb' })
  bmbMeetings!: string[];

  @Column({ name: 'adoption_date', type: 'date' })
  adoptionDate!: string;

  @Column({ type: 'text', nullable: true })
  paragraph!: string | null;

  @Column({ name: 'consolidated_by', type: 'text', nullable: true })
  consolidatedBy!: string | null;

  @Column({ name: 'consolidated_at', type: 'timestamptz', nullable: true })
  consolidatedAt!: Date | null;

  /** The BBP's item on the boards' agenda, once put before them. */
  @Column({ name: 'board_item_id', type: 'uuid', nullable: true })
  boardItemId!: string | null;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InvestigationFinding, InvestigationState } from '@mkib/domain-governance';

/** An investigation into how the policy works (SK-3.6), with its report once recorded. */
@Entity({ name: 'investigation' })
export class InvestigationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'text' })
  investigator!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  state!: InvestigationState;

  /** Its INVESTIGATION item on the boards' agenda. */
  @Column({ name: 'board_item_id', type: 'uuid' })
  boardItemId!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings!: InvestigationFinding[];

  @Column({ name: 'report_filename', type: 'text', nullable: true })
  reportFilename!: string | null;

  @Column({ name: 'report_content_type', type: 'text', nullable: true })
  reportContentType!: string | null;

  /** Read only by the report query (select: false keeps lists light). */
  @Column({ name: 'report_content', type: 'bytea', nullable: true, select: false })
  reportContent!: Buffer | null;

  @Column({ name: 'report_size', type: 'integer', nullable: true })
  reportSize!: number | null;

  @Column({ name: 'report_uploaded_by', type: 'text', nullable: true })
  reportUploadedBy!: string | null;

  @Column({ name: 'report_uploaded_at', type: 'timestamptz', nullable: true })
  reportUploadedAt!: Date | null;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}

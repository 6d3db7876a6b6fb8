import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EvaluationKind, EvaluationState, FindingState } from '@mkib/domain-governance';

export interface EvaluationFinding {
  id: string;
  text: string;
  followUp: string | null;
  state: FindingState;
}

/** An evaluation audit of the Minister of JenV (SK-6): the five-yearly one or an extra one. */
@Entity({ name: 'evaluation' })
export class EvaluationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: EvaluationKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'text' })
  auditor!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text' })
  state!: EvaluationState;

  @Column({ type: 'jsonb' })
  findings!: EvaluationFinding[];

  @Column({ name: 'report_filename', type: 'text', nullable: true })
  reportFilename!: string | null;

  @Column({ name: 'report_content_type', type: 'text', nullable: true })
  reportContentType!: string | null;

  /** Loaded only by the report download. */
  @Column({ name: 'report_content', type: 'bytea', nullable: true, select: false })
  reportContent!: Buffer | null;

  @Column({ name: 'report_size', type: 'integer', nullable: true })
  reportSize!: number | null;

  @Column({ name: 'report_uploaded_by', type: 'text', nullable: true })
  reportUploadedBy!: string | null;

  @Column({ name: 'report_uploaded_at', type: 'timestamptz', nullable: true })
  reportUploadedAt!: Date | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'started_by', type: 'text' })
  startedBy!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;
}

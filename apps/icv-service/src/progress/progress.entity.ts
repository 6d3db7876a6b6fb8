import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { PlanRollUp, ProgressReportState } from '@mkib/domain-icv';

/** A progress-report moment of a year's calendar, as governance published it (table `icv.progress_period`). */
@Entity({ name: 'progress_period' })
export class ProgressPeriodEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'integer' })
  period!: number;

  @Column({ type: 'date' })
  due!: string;
}

/** An organisation's progress report of a period (table `icv.progress_report`), one per party, year, period. */
@Entity({ name: 'progress_report' })
@Unique('progress_report_party_period', ['party', 'year', 'period'])
export class ProgressReportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  period!: number;

  @Column({ type: 'date' })
  due!: string;

  @Column({ type: 'text' })
  state!: ProgressReportState;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  /** The plan's counts as signed; null while CONCEPT (then they are live). */
  @Column({ name: 'frozen_roll_up', type: 'jsonb', nullable: true })
  frozenRollUp!: PlanRollUp | null;

  @Column({ name: 'prepared_by', type: 'text' })
  preparedBy!: string;

  @Column({ name: 'prepared_at', type: 'timestamptz' })
  preparedAt!: Date;

  @Column({ name: 'signed_by', type: 'text', nullable: true })
  signedBy!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'text', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  late!: boolean;
}

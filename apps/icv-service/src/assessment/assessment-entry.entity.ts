import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MeasureStatus } from '@mkib/domain-icv';

/** The status of one applicable measure in a party's self-assessment of a year. */
@Entity({ name: 'assessment_entry' })
export class AssessmentEntryEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ name: 'framework_code', type: 'text' })
  frameworkCode!: string;

  @PrimaryColumn({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  status!: MeasureStatus;

  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  @Column({ name: 'assessed_by', type: 'text' })
  assessedBy!: string;

  @Column({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt!: Date;
}

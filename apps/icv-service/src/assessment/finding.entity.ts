import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FindingStatus } from '@mkib/domain-icv';

/** A finding (bevinding) on a measure, with its improvement action, owner and due date. */
@Entity({ name: 'finding' })
@Index('finding_party_year', ['party', 'year'])
export class FindingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'framework_code', type: 'text' })
  frameworkCode!: string;

  @Column({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  owner!: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  status!: FindingStatus;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_by', type: 'text', nullable: true })
  closedBy!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The mitigating risk treatment the finding came from (risk.analysis.finalised); at most one each. */
  @Column({ name: 'risk_treatment_id', type: 'uuid', nullable: true })
  riskTreatmentId!: string | null;
}

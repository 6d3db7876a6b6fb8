import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A finding of icv as `icv.finding.changed` last described it (read model; icv owns findings). */
@Entity({ name: 'finding_view' })
export class FindingViewEntity {
  @PrimaryColumn({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

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

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  status!: 'OPEN' | 'AFGEROND';

  @Column({ name: 'risk_treatment_id', type: 'uuid', nullable: true })
  riskTreatmentId!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;
}

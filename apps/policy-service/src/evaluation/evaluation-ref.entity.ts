import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The Minister's evaluation audits as governance announces them (governance.evaluation.recorded, SK-6):
 * what a change proposal may name as its EVALUATION trigger. The findings stay in governance.
 */
@Entity({ name: 'evaluation_ref' })
export class EvaluationRefEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  state!: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's implementation plan as governance last heard of it (icv.plan.updated): counts only. */
@Entity({ name: 'plan_status' })
export class PlanStatusEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  /** ACTUEEL or BIJWERKEN_VEREIST. */
  @Column({ type: 'text' })
  state!: string;

  @Column({ name: 'update_due_date', type: 'date', nullable: true })
  updateDueDate!: string | null;

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

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

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

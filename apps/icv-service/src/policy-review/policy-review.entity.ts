import { Column, Entity, PrimaryColumn } from 'typeorm';

/** "Policy changed: review" on a party's self-assessment of a year (table `icv.policy_review`). */
@Entity({ name: 'policy_review' })
export class PolicyReviewEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  /** The newest policy version adopted while the assessment was open. */
  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  @Column({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;

  @Column({ name: 'confirmed_by', type: 'text', nullable: true })
  confirmedBy!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WishDisposition, WishPriority } from '@mkib/domain-governance';

/** A party's information-security wish for a year's BBP (SK-3.4). */
@Entity({ name: 'wish' })
export class WishEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  reasoning!: string;

  @Column({ name: 'estimated_cost', type: 'integer' })
  estimatedCost!: number;

  @Column({ type: 'text' })
  priority!: WishPriority;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** Submitted after the wishes deadline: accepted, and marked. */
  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ type: 'boolean', default: false })
  withdrawn!: boolean;

  @Column({ name: 'withdrawn_by', type: 'text', nullable: true })
  withdrawnBy!: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  disposition!: WishDisposition | null;

  @Column({ name: 'disposition_note', type: 'text', nullable: true })
  dispositionNote!: string | null;
}

import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { BivNiveau, FacilityComponent, SupplementaryAnalysis } from '@mkib/domain-risk';

@Entity({ name: 'facility' })
export class FacilityEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'jsonb' })
  components!: FacilityComponent[];

  @Column({ name: 'used_by', type: 'text', array: true })
  usedBy!: string[];

  @Column({ name: 'biv_beschikbaarheid', type: 'text' })
  bivBeschikbaarheid!: BivNiveau;

  @Column({ name: 'biv_integriteit', type: 'text' })
  bivIntegriteit!: BivNiveau;

  @Column({ name: 'biv_vertrouwelijkheid', type: 'text' })
  bivVertrouwelijkheid!: BivNiveau;

  @Column({ type: 'integer' })
  bbn!: number;

  @Column({ name: 'review_due', type: 'date' })
  reviewDue!: string;

  @Column({ name: 'supplementary_analysis', type: 'jsonb', nullable: true })
  supplementaryAnalysis!: SupplementaryAnalysis | null;

  @VersionColumn()
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

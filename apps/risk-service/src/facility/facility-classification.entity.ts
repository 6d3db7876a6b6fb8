import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BivNiveau } from '@mkib/domain-risk';

/** One classification of a facility: the history behind its current rating. */
@Entity({ name: 'facility_classification' })
@Index(['facilityCode', 'classifiedAt'])
export class FacilityClassificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'facility_code', type: 'text' })
  facilityCode!: string;

  @Column({ name: 'biv_beschikbaarheid', type: 'text' })
  bivBeschikbaarheid!: BivNiveau;

  @Column({ name: 'biv_integriteit', type: 'text' })
  bivIntegriteit!: BivNiveau;

  @Column({ name: 'biv_vertrouwelijkheid', type: 'text' })
  bivVertrouwelijkheid!: BivNiveau;

  @Column({ type: 'integer' })
  bbn!: number;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'review_due', type: 'date' })
  reviewDue!: string;

  @Column({ name: 'classified_by', type: 'text' })
  classifiedBy!: string;

  @Column({ name: 'classified_by_party', type: 'text' })
  classifiedByParty!: string;

  @Column({ name: 'classified_at', type: 'timestamptz' })
  classifiedAt!: Date;
}

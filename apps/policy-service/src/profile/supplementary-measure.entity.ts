import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A measure a facility's supplementary risk analysis added (SK-4.3). */
@Entity({ name: 'supplementary_measure' })
export class SupplementaryMeasureEntity {
  @PrimaryColumn({ name: 'facility_code', type: 'text' })
  facilityCode!: string;

  @PrimaryColumn({ name: 'framework_code', type: 'text' })
  frameworkCode!: string;

  @PrimaryColumn({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'added_by', type: 'text' })
  addedBy!: string;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model: a facility's BBN and hoofdgebruikers as the risk context announces them. */
@Entity({ name: 'facility_state' })
export class FacilityStateEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  bbn!: number;

  @Column({ name: 'used_by', type: 'text', array: true })
  usedBy!: string[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

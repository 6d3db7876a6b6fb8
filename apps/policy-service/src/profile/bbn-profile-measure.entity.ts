import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A measure a profile version introduces at a BBN. */
@Entity({ name: 'bbn_profile_measure' })
export class BbnProfileMeasureEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @PrimaryColumn({ name: 'framework_code', type: 'text' })
  frameworkCode!: string;

  @PrimaryColumn({ type: 'text' })
  identifier!: string;

  @Column({ type: 'integer' })
  bbn!: number;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'framework' })
export class FrameworkEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  publisher!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  licence!: string;

  @Column({ type: 'text' })
  attribution!: string;

  /** Null: the common catalogue the LMS maintains; a party code: that party's own framework. */
  @Column({ name: 'owner_party', type: 'text', nullable: true })
  ownerParty!: string | null;

  @Column({ type: 'text' })
  origin!: 'SEED' | 'CSV' | 'OSCAL';

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}

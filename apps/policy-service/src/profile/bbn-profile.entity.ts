import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A published version of the BBN profiles; its measures are in `bbn_profile_measure`. */
@Entity({ name: 'bbn_profile' })
export class BbnProfileEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;

  @Column({ name: 'published_by_party', type: 'text' })
  publishedByParty!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fingerprint of the applicable measures last published per party (an unchanged list is not resent). */
@Entity({ name: 'applicability_published' })
export class ApplicabilityPublishedEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'integer' })
  measures!: number;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An evidence file (bewijsstuk) on a measure, kept in the database with its SHA-256. The content is
 * left out of ordinary reads (`select: false`): only evidenceContent loads the bytes.
 */
@Entity({ name: 'evidence' })
@Index('evidence_party_year', ['party', 'year'])
export class EvidenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'framework_code', type: 'text' })
  frameworkCode!: string;

  @Column({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  filename!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { IcvException, IcvScope, IcvState, NamedMissing, Statement } from '@mkib/domain-icv';

/**
 * One version of an in-control statement (table `icv.icv`). The versions of one ICV share its id; at
 * most one version per party and year is not VERVANGEN (index `icv_one_open_version`).
 */
@Entity({ name: 'icv' })
@Index('icv_party_year', ['party', 'year', 'version'], { unique: true })
@Index('icv_one_open_version', ['party', 'year'], { unique: true, where: `state <> 'VERVANGEN'` })
export class IcvEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  scope!: IcvScope;

  @Column({ type: 'text' })
  state!: IcvState;

  @Column({ type: 'text', nullable: true })
  statement!: Statement | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  exceptions!: IcvException[];

  @Column({ name: 'named_missing', type: 'jsonb', default: () => `'[]'` })
  namedMissing!: NamedMissing[];

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'prepared_by', type: 'text', nullable: true })
  preparedBy!: string | null;

  @Column({ name: 'prepared_at', type: 'timestamptz', nullable: true })
  preparedAt!: Date | null;

  @Column({ name: 'signed_by', type: 'text', nullable: true })
  signedBy!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  AssessmentProgress,
  ProposedStatement,
  SnapshotMeasure,
  SnapshotOrigin,
  Statement,
} from '@mkib/domain-icv';

/**
 * The assessment of one submitted ICV version, frozen at submission (table `icv.assessment_snapshot`):
 * the measures copied with their titles, texts and versions, statuses, evidence references, figures and
 * both statements. Written once, never updated; a correction's submission adds the next version's.
 */
@Entity({ name: 'assessment_snapshot' })
@Index('assessment_snapshot_party_year', ['party', 'year'])
export class AssessmentSnapshotEntity {
  @PrimaryColumn({ name: 'icv_id', type: 'uuid' })
  icvId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt!: Date;

  @Column({ type: 'text' })
  origin!: SnapshotOrigin;

  @Column({ name: 'profile_version', type: 'integer', nullable: true })
  profileVersion!: number | null;

  @Column({ type: 'text', nullable: true })
  statement!: Statement | null;

  @Column({ name: 'proposed_statement', type: 'text', nullable: true })
  proposedStatement!: ProposedStatement;

  @Column({ type: 'jsonb' })
  progress!: AssessmentProgress;

  @Column({ name: 'by_facility', type: 'jsonb' })
  byFacility!: { facilityCode: string; progress: AssessmentProgress }[];

  @Column({ type: 'jsonb' })
  measures!: SnapshotMeasure[];
}

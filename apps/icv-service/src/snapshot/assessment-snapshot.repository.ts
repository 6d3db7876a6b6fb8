import { EntityManager, Repository } from 'typeorm';
import { AssessmentSnapshot } from '@mkib/domain-icv';
import { AssessmentSnapshotEntity } from './assessment-snapshot.entity';

export interface IcvVersionKey {
  id: string;
  version: number;
}

export const toSnapshotRow = (s: AssessmentSnapshot): AssessmentSnapshotEntity => ({
  icvId: s.icvId,
  version: s.version,
  party: s.party,
  year: s.year,
  takenAt: new Date(s.takenAt),
  origin: s.origin,
  profileVersion: s.profileVersion,
  statement: s.statement,
  proposedStatement: s.proposedStatement,
  progress: s.progress,
  byFacility: s.byFacility,
  measures: s.measures,
});

export const fromSnapshotRow = (r: AssessmentSnapshotEntity): AssessmentSnapshot => ({
  icvId: r.icvId,
  version: r.version,
  party: r.party,
  year: r.year,
  takenAt: r.takenAt.toISOString(),
  origin: r.origin,
  profileVersion: r.profileVersion,
  statement: r.statement,
  proposedStatement: r.proposedStatement,
  progress: r.progress,
  byFacility: r.byFacility,
  measures: r.measures,
});

/** The snapshots of submitted ICV versions: written once, read by ICV version. */
export class AssessmentSnapshotRepository {
  private readonly snapshots: Repository<AssessmentSnapshotEntity>;

  constructor(manager: EntityManager) {
    this.snapshots = manager.getRepository(AssessmentSnapshotEntity);
  }

  /** The snapshots of these ICV versions (missing ones left out): one query. */
  async ofVersions(keys: readonly IcvVersionKey[]): Promise<AssessmentSnapshot[]> {
    if (!keys.length) return [];
    const rows = await this.snapshots.find({
      where: keys.map((k) => ({ icvId: k.id, version: k.version })),
    });
    return rows.map(fromSnapshotRow);
  }

  async insert(snapshot: AssessmentSnapshot): Promise<void> {
    await this.snapshots.insert(toSnapshotRow(snapshot));
  }
}

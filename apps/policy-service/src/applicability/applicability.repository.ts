import { EntityManager } from 'typeorm';
import { FacilityState } from '@mkib/domain-policy';
import { ApplicabilityPublishedEntity } from './applicability-published.entity';
import { FacilityStateEntity } from './facility-state.entity';

/** The read model of what applies: facilities as the risk context announced them, and what was published. */
export class ApplicabilityRepository {
  constructor(private readonly manager: EntityManager) {}

  private get facilities() {
    return this.manager.getRepository(FacilityStateEntity);
  }

  private get published() {
    return this.manager.getRepository(ApplicabilityPublishedEntity);
  }

  async facilityStates(): Promise<FacilityState[]> {
    return (await this.facilities.find({ order: { code: 'ASC' } })).map((f) => ({
      code: f.code,
      bbn: f.bbn,
      usedBy: f.usedBy,
    }));
  }

  async saveFacilityState(state: FacilityState, now: Date): Promise<void> {
    await this.facilities.upsert({ ...state, updatedAt: now }, ['code']);
  }

  /** The fingerprint of the list last published per party. */
  async publishedFingerprints(): Promise<Map<string, string>> {
    return new Map((await this.published.find()).map((p) => [p.party, p.sha256]));
  }

  async recordPublished(party: string, sha256: string, measures: number, now: Date): Promise<void> {
    await this.published.upsert({ party, sha256, measures, publishedAt: now }, ['party']);
  }
}

import { EntityManager, In, Repository } from 'typeorm';
import { ApplicabilityReceivedEntity } from './applicability-received.entity';
import { ApplicableMeasureEntity } from './applicable-measure.entity';

/** The measures that apply to each party (read model), in the order the policy context published them. */
export class ApplicableMeasureRepository {
  private readonly measures: Repository<ApplicableMeasureEntity>;

  constructor(private readonly manager: EntityManager) {
    this.measures = manager.getRepository(ApplicableMeasureEntity);
  }

  ofParty(party: string): Promise<ApplicableMeasureEntity[]> {
    return this.measures.find({ where: { party }, order: { position: 'ASC' } });
  }

  /** The BBN profile version a party's measures were last received for (null if never). */
  async profileVersionOf(party: string): Promise<number | null> {
    const row = await this.manager.getRepository(ApplicabilityReceivedEntity).findOneBy({ party });
    return row?.profileVersion ?? null;
  }

  ofParties(parties: readonly string[]): Promise<ApplicableMeasureEntity[]> {
    if (!parties.length) return Promise.resolve([]);
    return this.measures.find({ where: { party: In([...parties]) }, order: { position: 'ASC' } });
  }

  /** Replaces a party's measures with the list just published, and notes the profile version. */
  async replace(
    party: string,
    profileVersion: number,
    measures: {
      frameworkCode: string;
      identifier: string;
      facilities: string[];
      title?: string | null;
      text?: string | null;
      frameworkVersion?: string | null;
    }[],
    now: Date,
  ): Promise<void> {
    await this.measures.delete({ party });
    if (measures.length)
      await this.measures.insert(
        measures.map((m, position) => ({
          party,
          frameworkCode: m.frameworkCode,
          identifier: m.identifier,
          facilities: m.facilities,
          position,
          title: m.title ?? null,
          text: m.text ?? null,
          frameworkVersion: m.frameworkVersion ?? null,
        })),
      );
    await this.manager
      .getRepository(ApplicabilityReceivedEntity)
      .upsert({ party, profileVersion, receivedAt: now }, ['party']);
  }
}

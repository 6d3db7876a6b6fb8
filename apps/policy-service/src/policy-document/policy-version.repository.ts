import { EntityManager } from 'typeorm';
import { PolicyVersionEntity } from './policy-version.entity';

/** The policy versions: one row per version, the highest in force. */
export class PolicyVersionRepository {
  constructor(private readonly manager: EntityManager) {}

  private get versions() {
    return this.manager.getRepository(PolicyVersionEntity);
  }

  /** The version in force: the highest. */
  async currentVersion(): Promise<number> {
    const row = await this.versions.createQueryBuilder('v').select('max(v.version)', 'version').getRawOne();
    return Number((row as { version: number | null }).version ?? 0);
  }

  find(version: number): Promise<PolicyVersionEntity | null> {
    return this.versions.findOneBy({ version });
  }

  /** The version in force, row-locked until the transaction ends: two adoptions publish in turn. */
  async inForceForUpdate(): Promise<PolicyVersionEntity | null> {
    return this.versions
      .createQueryBuilder('v')
      .orderBy('v.version', 'DESC')
      .limit(1)
      .setLock('pessimistic_write')
      .getOne();
  }

  async inForce(): Promise<PolicyVersionEntity | null> {
    return this.versions.findOne({ where: {}, order: { version: 'DESC' } });
  }

  /** Every version, newest first. */
  all(): Promise<PolicyVersionEntity[]> {
    return this.versions.find({ order: { version: 'DESC' } });
  }

  async insert(row: PolicyVersionEntity): Promise<void> {
    await this.versions.insert(row);
  }
}

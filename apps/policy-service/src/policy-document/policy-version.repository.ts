import { EntityManager, In } from 'typeorm';
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

  /** Several versions in one query (a list of proposals asks for their versions at once). */
  findMany(versions: readonly number[]): Promise<PolicyVersionEntity[]> {
    return this.versions.findBy({ version: In([...versions]) });
  }

  find(version: number): Promise<PolicyVersionEntity | null> {
    return this.versions.findOneBy({ version });
  }

  /**
   * The version in force, read after locking the table against other publications until the transaction
   * ends: two adoptions publish in turn, each on top of the other's version. (A row lock on the newest
   * row is not enough: the second would wait for it and then still see the same newest row.)
   */
  async inForceForPublishing(): Promise<PolicyVersionEntity | null> {
    // raw SQL: TypeORM has no table lock (its locks are row locks of a SELECT); the next version is max + 1.
    await this.manager.query(`LOCK TABLE policy.policy_version IN SHARE ROW EXCLUSIVE MODE`);
    return this.inForce();
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

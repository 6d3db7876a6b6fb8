import { EntityManager, In, Not, Repository } from 'typeorm';
import { insertIfAbsent } from '@mkib/server-persistence';
import { IcvEntity } from './icv.entity';

/** The ICV aggregate: an ICV with its versions. Over the manager it is given (a transaction's or the data source's). */
export class IcvRepository {
  private readonly icvs: Repository<IcvEntity>;

  constructor(manager: EntityManager) {
    this.icvs = manager.getRepository(IcvEntity);
  }

  /**
   * The version of a party's ICV for a year that no correction replaced; locked when asked (`true`: for
   * a change of it, `'share'`: against one while the caller changes what it covers).
   */
  async current(party: string, year: number, lock: boolean | 'share' = false): Promise<IcvEntity | null> {
    const find = () =>
      this.icvs.findOne({
        where: { party, year, state: Not('VERVANGEN' as const) },
        ...(lock
          ? {
              lock: {
                mode: lock === 'share' ? ('pessimistic_read' as const) : ('pessimistic_write' as const),
              },
            }
          : {}),
      });
    const row = await find();
    // Waiting for the lock, the version found may have been replaced by a correction that committed
    // meanwhile: the statement then skips it, and a new one finds the new version.
    return row || !lock ? row : find();
  }

  /** Every party's current version for a year, by party. */
  currentOfYear(year: number): Promise<IcvEntity[]> {
    return this.icvs.find({ where: { year, state: Not('VERVANGEN' as const) }, order: { party: 'ASC' } });
  }

  /** Every version of these ICVs, newest first. */
  versionsOf(ids: readonly string[]): Promise<IcvEntity[]> {
    return this.icvs.find({ where: { id: In([...ids]) }, order: { version: 'DESC' } });
  }

  async insert(icv: IcvEntity): Promise<void> {
    await this.icvs.insert(icv);
  }

  /** Inserts a first version unless the party has a current version for the year (then false). */
  insertIfNone(icv: IcvEntity): Promise<boolean> {
    return insertIfAbsent(this.icvs, icv);
  }

  save(icv: IcvEntity): Promise<IcvEntity> {
    return this.icvs.save(icv);
  }
}

import { EntityManager, In, Not, Repository } from 'typeorm';
import { IcvEntity } from './icv.entity';

/** The ICV aggregate: an ICV with its versions. Over the manager it is given (a transaction's or the data source's). */
export class IcvRepository {
  private readonly icvs: Repository<IcvEntity>;

  constructor(manager: EntityManager) {
    this.icvs = manager.getRepository(IcvEntity);
  }

  /** The version of a party's ICV for a year that no correction replaced; locked when asked. */
  current(party: string, year: number, lock = false): Promise<IcvEntity | null> {
    return this.icvs.findOne({
      where: { party, year, state: Not('VERVANGEN' as const) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
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

  save(icv: IcvEntity): Promise<IcvEntity> {
    return this.icvs.save(icv);
  }
}

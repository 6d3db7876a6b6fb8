import { EntityManager } from 'typeorm';
import { RequirementRef } from '@mkib/domain-policy';
import { RequirementEntity } from '../catalogue/requirement.entity';
import { SupplementaryMeasureEntity } from './supplementary-measure.entity';

export interface SupplementaryMeasures {
  facilityCode: string;
  rationale: string | null;
  setBy: string | null;
  setAt: string | null;
  refs: RequirementRef[];
}

/** The measures each facility's supplementary risk analysis added (one list per facility). */
export class SupplementaryMeasureRepository {
  constructor(private readonly manager: EntityManager) {}

  private get measures() {
    return this.manager.getRepository(SupplementaryMeasureEntity);
  }

  /** Per facility its list in catalogue order; all facilities when `facilityCodes` is omitted. */
  async ofFacilities(facilityCodes?: readonly string[]): Promise<Map<string, SupplementaryMeasures>> {
    const query = this.measures
      .createQueryBuilder('s')
      .innerJoin(
        RequirementEntity,
        'r',
        'r.framework_code = s.framework_code AND r.identifier = s.identifier',
      )
      .orderBy('s.facility_code')
      .addOrderBy('s.framework_code')
      .addOrderBy('r.sort_key');
    if (facilityCodes) query.where('s.facility_code = ANY(:facilityCodes)', { facilityCodes });
    const rows = facilityCodes?.length === 0 ? [] : await query.getMany();
    const codes = facilityCodes ?? [...new Set(rows.map((r) => r.facilityCode))];
    return new Map(
      codes.map((facilityCode) => {
        const own = rows.filter((r) => r.facilityCode === facilityCode);
        return [
          facilityCode,
          {
            facilityCode,
            rationale: own[0]?.rationale ?? null,
            setBy: own[0]?.addedBy ?? null,
            setAt: own[0] ? own[0].addedAt.toISOString() : null,
            refs: own.map((r) => ({ frameworkCode: r.frameworkCode, identifier: r.identifier })),
          },
        ];
      }),
    );
  }

  async ofFacility(facilityCode: string): Promise<SupplementaryMeasures> {
    return (await this.ofFacilities([facilityCode])).get(facilityCode)!;
  }

  /** Two replacements of a list at once run one after the other (readers do not wait). */
  async lockForChange(): Promise<void> {
    // raw SQL: TypeORM has no table lock, and a facility without a list has no row to lock.
    await this.manager.query(`LOCK TABLE policy.supplementary_measure IN SHARE ROW EXCLUSIVE MODE`);
  }

  /** Replaces a facility's list. */
  async replace(
    facilityCode: string,
    refs: RequirementRef[],
    change: { rationale: string; addedBy: string; addedAt: Date },
  ): Promise<void> {
    await this.measures.delete({ facilityCode });
    if (refs.length)
      await this.measures.insert(
        refs.map((m): SupplementaryMeasureEntity => ({ facilityCode, ...m, ...change })),
      );
  }

  /** Identifiers of a framework that a supplementary list uses, each with the first facility. */
  async identifiersUsed(frameworkCode: string): Promise<{ identifier: string; facilityCode: string }[]> {
    return this.measures
      .createQueryBuilder('s')
      .select('s.identifier', 'identifier')
      .addSelect('min(s.facility_code)', 'facilityCode')
      .where('s.framework_code = :frameworkCode', { frameworkCode })
      .groupBy('s.identifier')
      .getRawMany();
  }
}

import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { FacilityBbnRaised, FacilityClassified } from '@mkib/contracts';
import { Bbn, classifyFacility, FACILITIES_IN_SCOPE, risk as m } from '@mkib/domain-risk';
import { Clock, toIsoDate } from '@mkib/domain-shared';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { ClassifyFacilityInput } from './classify-facility.input';
import { FacilityClassificationEntity } from './facility-classification.entity';
import { FacilityEntity } from './facility.entity';
import { ensureSupplementaryAnalysis } from '../analysis/supplementary';

export const unknownFacility = (code: string) =>
  m.notFound('risk.facility.notFound', { code, known: FACILITIES_IN_SCOPE.map((f) => f.code).join(', ') });

@Injectable()
export class FacilityService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  list(): Promise<FacilityEntity[]> {
    return this.dataSource.getRepository(FacilityEntity).find({ order: { code: 'ASC' } });
  }

  async get(code: string): Promise<FacilityEntity> {
    const facility = await this.dataSource.getRepository(FacilityEntity).findOneBy({ code });
    if (!facility) throw unknownFacility(code);
    return facility;
  }

  /** The facilities with these codes, in one query (unknown codes are left out). */
  byCodes(codes: readonly string[]): Promise<FacilityEntity[]> {
    return this.dataSource.getRepository(FacilityEntity).findBy({ code: In([...codes]) });
  }

  /** The classification history of these facilities, newest first, in one query. */
  histories(codes: readonly string[]): Promise<FacilityClassificationEntity[]> {
    return this.dataSource
      .getRepository(FacilityClassificationEntity)
      .find({ where: { facilityCode: In([...codes]) }, order: { classifiedAt: 'DESC' } });
  }

  /** Classifies a facility (SK-2.2d); raising it above BBN2 requires a supplementary analysis (SK-4.3). */
  classify(acting: ActingContext, input: ClassifyFacilityInput): Promise<FacilityEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const facilities = tx.manager.getRepository(FacilityEntity);
      const facility = await facilities.findOne({
        where: { code: input.facilityCode },
        lock: { mode: 'pessimistic_write' },
      });
      if (!facility) throw unknownFacility(input.facilityCode);

      const now = this.clock.now();
      const outcome = classifyFacility(
        {
          code: facility.code,
          biv: {
            beschikbaarheid: facility.bivBeschikbaarheid,
            integriteit: facility.bivIntegriteit,
            vertrouwelijkheid: facility.bivVertrouwelijkheid,
          },
          bbn: facility.bbn as Bbn,
          reviewDue: facility.reviewDue,
          supplementaryAnalysis: facility.supplementaryAnalysis,
        },
        input,
        toIsoDate(now),
        now,
      );
      const { next } = outcome;
      const before = {
        biv: [facility.bivBeschikbaarheid, facility.bivIntegriteit, facility.bivVertrouwelijkheid],
        bbn: facility.bbn,
      };
      const earlierAnalysisId = facility.supplementaryAnalysis?.analysisId ?? null;
      let supplementary: {
        analysisId: string;
        number: string;
        dueDate: string | null;
        created: boolean;
      } | null = null;
      facility.bivBeschikbaarheid = next.biv.beschikbaarheid;
      facility.bivIntegriteit = next.biv.integriteit;
      facility.bivVertrouwelijkheid = next.biv.vertrouwelijkheid;
      facility.bbn = next.bbn;
      facility.reviewDue = next.reviewDue;
      facility.supplementaryAnalysis = next.supplementaryAnalysis;
      if (outcome.raisedAboveBbn2 && next.supplementaryAnalysis) {
        // SK-4.3: the supplementary analysis exists from the moment it is required, in this unit of work.
        const { analysis, created } = await ensureSupplementaryAnalysis(
          tx.manager,
          { code: facility.code, name: facility.name, bbn: next.bbn },
          earlierAnalysisId,
          acting.actor,
          now,
        );
        facility.supplementaryAnalysis = {
          ...next.supplementaryAnalysis,
          dueDate: analysis.dueDate,
          analysisId: analysis.id,
          completedAt: null,
        };
        supplementary = {
          analysisId: analysis.id,
          number: analysis.number,
          dueDate: analysis.dueDate,
          created,
        };
      }
      const saved = await facilities.save(facility);

      await tx.manager.getRepository(FacilityClassificationEntity).insert({
        id: randomUUID(),
        facilityCode: facility.code,
        bivBeschikbaarheid: next.biv.beschikbaarheid,
        bivIntegriteit: next.biv.integriteit,
        bivVertrouwelijkheid: next.biv.vertrouwelijkheid,
        bbn: next.bbn,
        rationale: outcome.rationale,
        reviewDue: next.reviewDue,
        classifiedBy: acting.actor,
        classifiedByParty: acting.party ?? 'unknown',
        classifiedAt: now,
      });
      await tx.audit('facility.classified', facility.code, {
        before,
        after: {
          biv: [next.biv.beschikbaarheid, next.biv.integriteit, next.biv.vertrouwelijkheid],
          bbn: next.bbn,
        },
        reviewDue: next.reviewDue,
        rationale: outcome.rationale,
        supplementaryAnalysisRequired: outcome.raisedAboveBbn2,
        // The supplementary analysis created (or an open one linked again) in this unit of work.
        ...(supplementary ? { supplementaryAnalysis: supplementary } : {}),
      });
      await tx.emit(FacilityClassified, facility.code, {
        facilityCode: facility.code,
        bbn: next.bbn,
        usedBy: facility.usedBy,
        reviewDue: next.reviewDue,
      });
      if (outcome.raisedAboveBbn2) {
        await tx.emit(FacilityBbnRaised, facility.code, {
          facilityCode: facility.code,
          previousBbn: outcome.previousBbn,
          newBbn: next.bbn,
          supplementaryAnalysisRequired: true,
          reviewDue: next.reviewDue,
        });
      }
      return saved;
    });
  }
}

import { EntityManager, In } from 'typeorm';
import type { RiskAnalysisFinalisedData } from '@mkib/contracts';
import { RiskTreatmentViewEntity } from './plan.entity';

/**
 * Keeps `icv.risk_treatment_view` (the treatments plan lines may link) from `risk.analysis.finalised`:
 * every treatment of every kind, owned by the analysis' owner party. A later version of an analysis
 * replaces the earlier version's rows (by analysis number); an older version arriving late changes
 * nothing. Returns whether the view changed.
 */
export async function applyRiskTreatments(
  manager: EntityManager,
  d: RiskAnalysisFinalisedData,
): Promise<boolean> {
  const view = manager.getRepository(RiskTreatmentViewEntity);
  const known = await view.findOne({
    where: { analysisNumber: d.number },
    order: { analysisVersion: 'DESC' },
  });
  if (known && known.analysisVersion > d.version) return false;
  await view.delete({ analysisNumber: d.number });
  const ids = d.treatments.map((t) => t.treatmentId);
  // A treatment id moved over from another analysis is taken by this one.
  if (ids.length) await view.delete({ treatmentId: In(ids) });
  if (d.treatments.length)
    await view.insert(
      d.treatments.map((t) => ({
        treatmentId: t.treatmentId,
        analysisId: d.analysisId,
        analysisNumber: d.number,
        analysisVersion: d.version,
        ownerParty: d.ownerParty,
        riskTitle: t.riskTitle,
        facilityCode: t.facilityCode,
        kind: t.kind,
        description: t.description,
        dueDate: t.dueDate,
      })),
    );
  return true;
}

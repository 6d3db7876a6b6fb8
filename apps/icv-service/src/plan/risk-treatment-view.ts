import { EntityManager } from 'typeorm';
import type { RiskTreatmentChangedData } from '@mkib/contracts';

/**
 * Keeps `icv.risk_treatment_view` (the treatments plan lines may link) from `risk.treatment.changed`: every
 * treatment of every kind, owned by the analysis' owner party. A row is a treatment's line across the
 * versions of its analysis, keyed by `originId` (what plan lines link, and what `risk.analysis.finalised`
 * named `treatmentId`), so a link survives a revision that carries the treatment over. OPEN and AFGEROND
 * upsert the row unless it already holds a newer version; VERVALLEN removes it unless a newer version holds it
 * (a dropped treatment is no longer linkable; lines that linked it keep the id, shown as unknown). Returns
 * whether the view changed.
 */
export async function applyRiskTreatmentChanged(
  manager: EntityManager,
  d: RiskTreatmentChangedData,
): Promise<boolean> {
  // raw SQL: the version guard belongs in the statement (ON CONFLICT … WHERE), so two versions' events
  // handled at once cannot let the older one win.
  if (d.status === 'VERVALLEN') {
    const [, deleted] = (await manager.query(
      `DELETE FROM icv.risk_treatment_view WHERE treatment_id = $1 AND analysis_version <= $2`,
      [d.originId, d.analysisVersion],
    )) as [unknown, number];
    return deleted > 0;
  }
  const rows: unknown[] = await manager.query(
    `INSERT INTO icv.risk_treatment_view (treatment_id, analysis_id, analysis_number, analysis_version,
       owner_party, risk_title, facility_code, kind, description, due_date)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (treatment_id) DO UPDATE SET analysis_id = EXCLUDED.analysis_id,
       analysis_number = EXCLUDED.analysis_number, analysis_version = EXCLUDED.analysis_version,
       owner_party = EXCLUDED.owner_party, risk_title = EXCLUDED.risk_title,
       facility_code = EXCLUDED.facility_code, kind = EXCLUDED.kind, description = EXCLUDED.description,
       due_date = EXCLUDED.due_date
     WHERE icv.risk_treatment_view.analysis_version <= EXCLUDED.analysis_version
     RETURNING treatment_id`,
    [
      d.originId,
      d.analysisId,
      d.analysisNumber,
      d.analysisVersion,
      d.ownerParty,
      d.riskTitle,
      d.facilityCode,
      d.kind,
      d.description,
      d.dueDate,
    ],
  );
  return rows.length > 0;
}

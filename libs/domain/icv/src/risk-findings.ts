/** A treatment of a final risk analysis, as far as the icv context needs it. */
export interface RiskTreatmentRef {
  treatmentId: string;
  riskTitle: string;
  kind: string;
  description: string;
  measures: { frameworkCode: string; identifier: string }[];
  owner: string;
  dueDate: string;
}

/** What a finding that comes from a risk treatment holds (besides its id and stamps). */
export interface RiskFindingDraft {
  riskTreatmentId: string;
  party: string;
  year: number;
  frameworkCode: string;
  identifier: string;
  description: string;
  action: string;
  owner: string;
  dueDate: string;
}

/**
 * The findings a final risk analysis gives its owner party: one per mitigating (MITIGEREN) treatment
 * with a measure, on the treatment's first measure, in the clock's year. Treatments that already gave a
 * finding (`known`) give none again: a redelivery or a later version keeping a treatment adds nothing,
 * and findings of treatments a later version dropped stay as they are (improvement work lives on).
 */
export function findingsFromRiskTreatments(
  analysis: { ownerParty: string; treatments: readonly RiskTreatmentRef[] },
  year: number,
  known: ReadonlySet<string>,
): RiskFindingDraft[] {
  const seen = new Set(known);
  const drafts: RiskFindingDraft[] = [];
  for (const t of analysis.treatments) {
    if (t.kind !== 'MITIGEREN' || !t.measures.length || seen.has(t.treatmentId)) continue;
    seen.add(t.treatmentId);
    const [measure] = t.measures;
    drafts.push({
      riskTreatmentId: t.treatmentId,
      party: analysis.ownerParty,
      year,
      frameworkCode: measure.frameworkCode,
      identifier: measure.identifier,
      description: `${t.riskTitle}: ${t.description}`.trim(),
      action: t.description.trim() || t.riskTitle,
      owner: t.owner,
      dueDate: t.dueDate,
    });
  }
  return drafts;
}

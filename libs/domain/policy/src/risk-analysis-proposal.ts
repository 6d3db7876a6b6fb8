import { isFacilityCode } from '@mkib/domain-shared';
import { refKey, RequirementRef } from './bbn-profile';
import { PROPOSAL_TEXT, PROPOSAL_TITLE } from './change-proposal';

/** What the policy context reads of a final supplementary risk analysis (risk.analysis.finalised). */
export interface SupplementaryAnalysisFacts {
  number: string;
  title: string;
  facilityCodes: string[];
  supplementaryMeasures: { facilityCode: string; measures: RequirementRef[] }[];
}

/** The draft change proposal a final supplementary risk analysis makes (SK-4.3). */
export interface SupplementaryProposal {
  title: string;
  rationale: string;
  supplementaryMeasures: { facilityCode: string; measures: RequirementRef[]; rationale: string }[];
  /** Measures left out: not a measure of the common catalogue (unknown, or a theme), or a facility unknown. */
  leftOut: string[];
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The change proposal of a final supplementary analysis: per facility, the measures of its mitigating
 * treatments as the facility's supplementary measures, titled "Aanvullende maatregelen <facility>
 * (<number>)". Measures policy does not know as a measure of the common catalogue (`kindOf` null or a
 * THEMA) are left out and named in the rationale; a measure named twice counts once.
 */
export function supplementaryProposal(
  analysis: SupplementaryAnalysisFacts,
  kindOf: (ref: RequirementRef) => string | null,
): SupplementaryProposal {
  const leftOut: string[] = [];
  const supplementaryMeasures: SupplementaryProposal['supplementaryMeasures'] = [];
  for (const entry of analysis.supplementaryMeasures) {
    if (!isFacilityCode(entry.facilityCode)) {
      leftOut.push(...entry.measures.map((m) => `${refKey(m)} (${entry.facilityCode})`));
      continue;
    }
    const seen = new Set<string>();
    const measures: RequirementRef[] = [];
    for (const m of entry.measures) {
      const key = refKey(m);
      if (seen.has(key)) continue;
      seen.add(key);
      const kind = kindOf(m);
      if (kind === null || kind === 'THEMA') leftOut.push(key);
      else measures.push({ frameworkCode: m.frameworkCode, identifier: m.identifier });
    }
    if (measures.length)
      supplementaryMeasures.push({
        facilityCode: entry.facilityCode,
        measures,
        rationale: `Aanvullende risicoanalyse ${analysis.number}: ${analysis.title}`,
      });
  }
  const facilities = analysis.facilityCodes.join(', ');
  const left = leftOut.length
    ? ` Niet opgenomen, want niet bekend als maatregel in de catalogus: ${leftOut.join(', ')}.`
    : '';
  return {
    title: clip(`Aanvullende maatregelen ${facilities} (${analysis.number})`, PROPOSAL_TITLE.max),
    rationale: clip(
      `De aanvullende risicoanalyse ${analysis.number} (${analysis.title}) voor ${facilities} is definitief. ` +
        'De maatregelen van de mitigerende behandelingen worden voorgesteld als aanvullende maatregelen ' +
        `van de voorziening.${left}`,
      PROPOSAL_TEXT.max,
    ),
    supplementaryMeasures,
    leftOut,
  };
}

/** The label of a risk analysis named as a proposal's trigger. */
export const riskAnalysisTriggerLabel = (a: { number: string; title: string }) =>
  `Risicoanalyse ${a.number}: ${a.title}`;

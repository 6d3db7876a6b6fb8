/**
 * The words of risk management (issue 16; docs/glossary.md "Risk management"). Types only: the rules
 * live beside them (risk-scale.ts, risk-analysis.ts, consultation.ts, acceptance.ts).
 */

export const RISK_ANALYSIS_SCOPES = ['GEDEELDE_VOORZIENING', 'EIGEN_GEBRUIK'] as const;
export type RiskAnalysisScope = (typeof RISK_ANALYSIS_SCOPES)[number];

export const RISK_ANALYSIS_KINDS = ['REGULIER', 'AANVULLEND'] as const;
export type RiskAnalysisKind = (typeof RISK_ANALYSIS_KINDS)[number];

/** CONCEPT -> (CONSULTATIE, the LMS on a shared facility) -> DEFINITIEF; VERVANGEN once a later version is final. */
export const RISK_ANALYSIS_STATES = ['CONCEPT', 'CONSULTATIE', 'DEFINITIEF', 'VERVANGEN'] as const;
export type RiskAnalysisState = (typeof RISK_ANALYSIS_STATES)[number];

/** Ordered low to high. */
export const RISK_LEVELS = ['LAAG', 'MIDDEN', 'HOOG', 'ZEER_HOOG'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Acceptance above this residual level needs the accountable official, unless a party sets its own. */
export const DEFAULT_ACCEPTANCE_LEVEL: RiskLevel = 'MIDDEN';

export const RISK_TREATMENT_KINDS = ['MITIGEREN', 'ACCEPTEREN', 'OVERDRAGEN', 'VERMIJDEN'] as const;
export type RiskTreatmentKind = (typeof RISK_TREATMENT_KINDS)[number];

export const RISK_CONSULTATION_POSITIONS = ['AKKOORD', 'AKKOORD_MET_OPMERKINGEN', 'NIET_AKKOORD'] as const;
export type RiskConsultationPosition = (typeof RISK_CONSULTATION_POSITIONS)[number];

export const RISK_ACCEPTANCE_STATES = ['VOORGESTELD', 'GOEDGEKEURD', 'AFGEWEZEN'] as const;
export type RiskAcceptanceState = (typeof RISK_ACCEPTANCE_STATES)[number];

/** How long the LMS has for the supplementary analysis after a facility is raised above BBN2. */
export const SUPPLEMENTARY_ANALYSIS_MONTHS = 6;

export interface RiskScaleStep {
  value: number;
  label: string;
  description: string;
}

export interface RiskScale {
  likelihood: RiskScaleStep[];
  impact: RiskScaleStep[];
  levels: { level: RiskLevel; label: string }[];
  /** matrix[likelihood - 1][impact - 1] */
  matrix: RiskLevel[][];
}

export interface MeasureRef {
  frameworkCode: string;
  identifier: string;
}

/** A whole analysis as plain data: what the exports (PDF, Excel, POA&M) and the events are built from. */
export interface RiskAnalysisView {
  id: string;
  number: string;
  version: number;
  title: string;
  description: string;
  kind: RiskAnalysisKind;
  scope: RiskAnalysisScope;
  ownerParty: string;
  facilityCodes: string[];
  method: string;
  state: RiskAnalysisState;
  dueDate: string | null;
  createdBy: string;
  createdAt: string;
  finalisedBy: string | null;
  finalisedAt: string | null;
  finalisedPastDeadlineNote: string | null;
  previousVersionId: string | null;
  supersededById: string | null;
  threats: {
    id: string;
    catalogueCode: string | null;
    name: string;
    description: string;
  }[];
  risks: {
    id: string;
    title: string;
    description: string;
    facilityCode: string;
    threatIds: string[];
    inherent: { likelihood: number; impact: number; level: RiskLevel };
    residual: { likelihood: number; impact: number; level: RiskLevel };
    treatment: {
      id: string;
      /** Stays the same across versions of the analysis (a revision copies it); findings follow it. */
      originId: string;
      kind: RiskTreatmentKind;
      description: string;
      measures: MeasureRef[];
      owner: string;
      dueDate: string;
      /** OPEN until reported done (AFGEROND), with who, when and the note. */
      status: 'OPEN' | 'AFGEROND';
      completedBy: string | null;
      completedAt: string | null;
      completionNote: string | null;
      acceptance: {
        state: RiskAcceptanceState;
        proposedBy: string;
        proposedAt: string;
        decidedBy: string | null;
        decidedAt: string | null;
        reasoning: string | null;
        reviewDate: string | null;
      } | null;
    };
  }[];
  consultation: {
    respondBy: string;
    openedAt: string;
    openedBy: string;
    parties: string[];
    responses: {
      id: string;
      party: string;
      position: RiskConsultationPosition;
      reasoning: string;
      respondedBy: string;
      respondedAt: string;
      answer: string | null;
      answeredBy: string | null;
      answeredAt: string | null;
    }[];
    /**
     * The parties that responded but whose response the reader may not see (a consulted hoofdgebruiker sees
     * its own response only); absent or empty when every response is shown.
     */
    withheld?: string[];
  } | null;
}

/**
 * What a reader sees of an analysis' consultation: the owner and a caller that sees every party read every
 * response; any other (a consulted hoofdgebruiker) only its own, the others named in `withheld` (SK-T3).
 */
export function responsesFor(
  v: RiskAnalysisView,
  reader: { all: boolean; party: string | null },
): RiskAnalysisView {
  const c = v.consultation;
  if (!c || reader.all || v.ownerParty === reader.party) return v;
  const own = c.responses.filter((r) => r.party === reader.party);
  const withheld = c.responses.filter((r) => r.party !== reader.party).map((r) => r.party);
  return { ...v, consultation: { ...c, responses: own, withheld } };
}

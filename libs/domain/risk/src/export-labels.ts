import type {
  RiskAcceptanceState,
  RiskAnalysisKind,
  RiskAnalysisScope,
  RiskAnalysisState,
  RiskConsultationPosition,
  RiskLevel,
  RiskTreatmentKind,
} from './risk-analysis-types';

/** The Dutch words the exports (PDF, Excel, POA&M) print for the codes of risk management. */
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  LAAG: 'Laag',
  MIDDEN: 'Midden',
  HOOG: 'Hoog',
  ZEER_HOOG: 'Zeer hoog',
};

export const RISK_ANALYSIS_STATE_LABELS: Record<RiskAnalysisState, string> = {
  CONCEPT: 'Concept',
  CONSULTATIE: 'In consultatie',
  DEFINITIEF: 'Definitief',
  VERVANGEN: 'Vervangen',
};

export const RISK_ANALYSIS_SCOPE_LABELS: Record<RiskAnalysisScope, string> = {
  GEDEELDE_VOORZIENING: 'Gedeelde voorziening (beheerder, met consultatie van de hoofdgebruikers)',
  EIGEN_GEBRUIK: 'Eigen gebruik van voorzieningen',
};

export const RISK_ANALYSIS_KIND_LABELS: Record<RiskAnalysisKind, string> = {
  REGULIER: 'Regulier',
  AANVULLEND: 'Aanvullende risicoanalyse (verhoging boven BBN2)',
};

export const RISK_TREATMENT_KIND_LABELS: Record<RiskTreatmentKind, string> = {
  MITIGEREN: 'Verminderen (maatregelen)',
  ACCEPTEREN: 'Accepteren',
  OVERDRAGEN: 'Overdragen',
  VERMIJDEN: 'Vermijden',
};

export const RISK_CONSULTATION_POSITION_LABELS: Record<RiskConsultationPosition, string> = {
  AKKOORD: 'Akkoord',
  AKKOORD_MET_OPMERKINGEN: 'Akkoord met opmerkingen',
  NIET_AKKOORD: 'Niet akkoord',
};

export const RISK_ACCEPTANCE_STATE_LABELS: Record<RiskAcceptanceState, string> = {
  VOORGESTELD: 'Voorgesteld, wacht op besluit',
  GOEDGEKEURD: 'Goedgekeurd',
  AFGEWEZEN: 'Afgewezen',
};

/** The parties by name, as governance's party register names them (the codes stay out of what people read). */
export const RISK_PARTY_NAMES: Record<string, string> = {
  lms: 'Landelijke Meldkamer Samenwerking',
  politie: 'Politie',
  ambulance: 'Regionale Ambulancevoorzieningen (ambulancezorg)',
  brandweer: 'Brandweer (veiligheidsregio’s)',
  kmar: 'Koninklijke Marechaussee',
  defensie: 'Ministerie van Defensie (hoofdgebruiker C2000)',
};

export const partyName = (code: string): string => RISK_PARTY_NAMES[code] ?? code;

/** A measure reference in one line, e.g. "BIO2 5.15". */
export const measureLabel = (m: { frameworkCode: string; identifier: string }): string =>
  `${m.frameworkCode} ${m.identifier}`;

import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  RiskAnalysisFinalised,
  RiskAnalysisFinalisedData,
  RiskConsultationRequested,
  RiskConsultationRequestedData,
  RiskConsultationResponded,
  RiskConsultationRespondedData,
  RiskTreatmentChanged,
  RiskTreatmentChangedData,
} from '@mkib/contracts';
import { isoDay } from './dates';

/**
 * Risk events as the risk service publishes them, for the consumers' integration specs (policy,
 * governance, icv): sensible defaults, every field overridable.
 */
const meta = (subject: string, party: string | null, actor: string) => ({
  subject,
  partyId: party,
  actor,
  correlationId: randomUUID(),
});

type Treatment = RiskAnalysisFinalisedData['treatments'][number];

/** A MITIGEREN treatment of a risk, on these measures. */
export function riskTreatment(overrides: Partial<Treatment> = {}): Treatment {
  return {
    treatmentId: randomUUID(),
    riskId: randomUUID(),
    riskTitle: 'Uitval stroomvoorziening',
    facilityCode: 'GMS',
    kind: 'MITIGEREN',
    description: 'Noodstroom uitbreiden',
    measures: [{ frameworkCode: 'BIO2', identifier: '7.11.01' }],
    owner: 'hoofd ICT',
    dueDate: isoDay(90),
    residualLevel: 'MIDDEN',
    ...overrides,
  };
}

export function riskAnalysisFinalisedEvent(
  overrides: Partial<RiskAnalysisFinalisedData> = {},
  actor = 'lms-operator@lms',
) {
  const data: RiskAnalysisFinalisedData = {
    analysisId: randomUUID(),
    number: `RA-${new Date().getUTCFullYear()}-001`,
    version: 1,
    supersedesAnalysisId: null,
    title: 'Risicoanalyse GMS',
    kind: 'REGULIER',
    scope: 'GEDEELDE_VOORZIENING',
    ownerParty: 'lms',
    facilityCodes: ['GMS'],
    dueDate: null,
    finalisedAt: new Date().toISOString(),
    late: false,
    pastDeadlineNote: null,
    missingResponses: [],
    residualCounts: { LAAG: 1, MIDDEN: 1, HOOG: 0, ZEER_HOOG: 0 },
    supplementaryMeasures: [],
    treatments: [riskTreatment()],
    ...overrides,
  };
  return createEnvelope(RiskAnalysisFinalised, meta(data.analysisId, data.ownerParty, actor), data);
}

export function riskConsultationRequestedEvent(overrides: Partial<RiskConsultationRequestedData> = {}) {
  const data: RiskConsultationRequestedData = {
    analysisId: randomUUID(),
    number: `RA-${new Date().getUTCFullYear()}-001`,
    version: 1,
    title: 'Risicoanalyse GMS',
    facilityCode: 'GMS',
    parties: ['politie', 'ambulance'],
    respondBy: isoDay(10),
    openedAt: new Date().toISOString(),
    ...overrides,
  };
  return createEnvelope(RiskConsultationRequested, meta(data.analysisId, 'lms', 'lms-operator@lms'), data);
}

export function riskConsultationRespondedEvent(
  overrides: Partial<RiskConsultationRespondedData> & { analysisId: string; party: string },
) {
  const data: RiskConsultationRespondedData = {
    responseId: randomUUID(),
    position: 'AKKOORD',
    respondedAt: new Date().toISOString(),
    ...overrides,
  };
  return createEnvelope(
    RiskConsultationResponded,
    meta(data.analysisId, data.party, `security-officer@${data.party}`),
    data,
  );
}

/** A `risk.treatment.changed` (issue 17); a new treatment line unless `originId` is given. */
export function riskTreatmentChangedEvent(overrides: Partial<RiskTreatmentChangedData> = {}) {
  const treatmentId = overrides.treatmentId ?? randomUUID();
  const data: RiskTreatmentChangedData = {
    treatmentId,
    originId: treatmentId,
    analysisId: randomUUID(),
    analysisNumber: `RA-${new Date().getUTCFullYear()}-001`,
    analysisVersion: 1,
    ownerParty: 'politie',
    riskTitle: 'Uitval stroomvoorziening',
    facilityCode: 'GMS',
    kind: 'OVERDRAGEN',
    description: 'Onderhoud uitbesteden',
    dueDate: isoDay(30),
    status: 'OPEN',
    completedBy: null,
    completedAt: null,
    changedAt: new Date().toISOString(),
    ...overrides,
  };
  return createEnvelope(RiskTreatmentChanged, meta(treatmentId, data.ownerParty, 'system:test'), data);
}

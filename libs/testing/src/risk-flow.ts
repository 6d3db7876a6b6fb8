import type { GraphQLResponse } from './graphql-client';
import type { AsAccount } from './policy-change-flow';
import { isoDay } from './dates';

/**
 * Risk management through the gateway (issue 16): the LMS drafts an analysis of a shared facility with
 * threats and risks, opens the consultation of the facility's hoofdgebruikers (SK-4.2), each responds as its
 * security officer, the LMS answers the remarks and finalises. Each step is a helper of its own, so a test
 * can stop anywhere and look; `runRiskConsultationRound` runs the whole round.
 */

/** The accounts the risk flow needs (sign them in before using the helpers). */
export const RISK_FLOW_ACCOUNTS = [
  'lms-operator@lms',
  'security-officer@politie',
  'security-officer@ambulance',
  'security-officer@brandweer',
  'security-officer@kmar',
  'security-officer@defensie',
] as const;

export const LMS_OPERATOR = 'lms-operator@lms';
export const officerOf = (party: string) => `security-officer@${party}`;

/** The two measures the default mitigating risk carries: they exist in the common catalogue (BIO2). */
export const DEFAULT_RISK_MEASURES = [
  { frameworkCode: 'BIO2', identifier: '5.15.01' },
  { frameworkCode: 'BIO2', identifier: '5.01.01' },
] as const;

const ok = (r: GraphQLResponse, what: string) => {
  if (r.errors?.length) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data as any;
};

/** The fields every helper returns of an analysis. */
export const ANALYSIS_FIELDS = `id number version state kind scope method dueDate facilityCodes
  ownerParty { code } finalisedPastDeadlineNote
  threats { id name catalogueThreat { code } }
  risks { id title facilityCode inherent { level } residual { level }
    treatment { id kind measures { frameworkCode identifier } owner dueDate acceptance { state proposedBy decidedBy } } }
  consultation { respondBy parties { party { code } response { id position answer } } missing { code }
    unanswered { id party { code } position } }`;

export interface AnalysisThreatSpec {
  catalogueCode?: string;
  name?: string;
  description?: string;
}

export interface RiskSpec {
  title?: string;
  description?: string;
  facilityCode?: string;
  threatIndexes?: number[];
  inherent?: { likelihood: number; impact: number };
  residual?: { likelihood: number; impact: number };
  treatment?: {
    kind: 'MITIGEREN' | 'ACCEPTEREN' | 'OVERDRAGEN' | 'VERMIJDEN';
    description?: string;
    measures?: { frameworkCode: string; identifier: string }[];
    owner?: string;
    dueDate?: string;
  };
}

export interface AnalysisContent {
  title?: string;
  description?: string;
  dueDate?: string | null;
  /** Defaults to the first catalogue threat (state actors when seeded) and one of the analyst's own. */
  threats?: AnalysisThreatSpec[];
  /** Defaults to one mitigating risk with `DEFAULT_RISK_MEASURES`. */
  risks?: RiskSpec[];
  /** The platform's today (YYYY-MM-DD) for the default due dates, when it runs on another clock. */
  today?: string;
}

const from = (today?: string) => (today ? new Date(`${today}T12:00:00Z`) : new Date());

/** The threats of the seeded catalogue. */
export async function riskThreats(as: AsAccount, account = LMS_OPERATOR) {
  return ok(await as(account)(`{ threats { code name category } }`), 'threats').threats as {
    code: string;
    name: string;
    category: string;
  }[];
}

/** `RiskInput`s from specs, with defaults that pass the treatment rules. */
export function riskInputs(facilityCode: string, risks: RiskSpec[] | undefined, today?: string) {
  const specs = risks ?? [{}];
  return specs.map((r, i) => {
    const kind = r.treatment?.kind ?? 'MITIGEREN';
    return {
      title: r.title ?? `Risico ${i + 1}: verstoring van ${facilityCode}`,
      description: r.description ?? 'Een dreiging kan de beschikbaarheid of integriteit aantasten.',
      facilityCode: r.facilityCode ?? facilityCode,
      threatIndexes: r.threatIndexes ?? [0],
      inherent: r.inherent ?? { likelihood: 4, impact: 4 },
      residual: r.residual ?? { likelihood: 2, impact: 2 },
      treatment: {
        kind,
        description: r.treatment?.description ?? 'Maatregelen uit de BIO aanscherpen.',
        measures:
          r.treatment?.measures ?? (kind === 'MITIGEREN' ? DEFAULT_RISK_MEASURES.map((m) => ({ ...m })) : []),
        owner: r.treatment?.owner ?? 'CISO',
        dueDate: r.treatment?.dueDate ?? isoDay(90, from(today)),
      },
    };
  });
}

/** `AnalysisThreatInput`s: the given ones, or the first catalogue threat and one of the analyst's own. */
export async function threatInputs(as: AsAccount, account: string, threats?: AnalysisThreatSpec[]) {
  if (threats) return threats;
  const catalogue = await riskThreats(as, account);
  const stateActors = catalogue.find((t) => /statelijk/i.test(t.name)) ?? catalogue[0];
  return [
    ...(stateActors ? [{ catalogueCode: stateActors.code }] : []),
    { name: 'Eigen dreiging (test)', description: 'Een dreiging die de analist zelf toevoegt.' },
  ];
}

/** Replaces the content of an analysis in CONCEPT (also the supplementary one the platform created). */
export async function fillRiskAnalysis(
  as: AsAccount,
  account: string,
  analysisId: string,
  facilityCode: string,
  content: AnalysisContent = {},
) {
  const threats = await threatInputs(as, account, content.threats);
  return ok(
    await as(account)(
      `mutation($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { ${ANALYSIS_FIELDS} } }`,
      {
        i: {
          id: analysisId,
          title: content.title ?? `Risicoanalyse ${facilityCode} (test)`,
          description: content.description ?? 'De risico’s van de voorziening volgens BIO en BBN.',
          ...(content.dueDate !== undefined ? { dueDate: content.dueDate } : {}),
          threats,
          risks: riskInputs(facilityCode, content.risks, content.today),
        },
      },
    ),
    'updateRiskAnalysis',
  ).updateRiskAnalysis;
}

/**
 * Drafts an analysis and fills it: the LMS on a shared facility (GEDEELDE_VOORZIENING), or a
 * hoofdgebruiker's security officer over facilities its party uses (EIGEN_GEBRUIK).
 */
export async function draftRiskAnalysis(
  as: AsAccount,
  options: AnalysisContent & {
    account?: string;
    scope?: 'GEDEELDE_VOORZIENING' | 'EIGEN_GEBRUIK';
    facilityCodes: string[];
  },
) {
  const account = options.account ?? LMS_OPERATOR;
  const drafted = ok(
    await as(account)(
      `mutation($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id number state } }`,
      {
        i: {
          title: options.title ?? `Risicoanalyse ${options.facilityCodes.join(', ')} (test)`,
          description: options.description ?? 'De risico’s van de voorziening volgens BIO en BBN.',
          scope: options.scope ?? 'GEDEELDE_VOORZIENING',
          facilityCodes: options.facilityCodes,
          ...(options.dueDate ? { dueDate: options.dueDate } : {}),
        },
      },
    ),
    'draftRiskAnalysis',
  ).draftRiskAnalysis as { id: string; number: string };
  return fillRiskAnalysis(as, account, drafted.id, options.facilityCodes[0], options);
}

/** The LMS opens the consultation round (default deadline: 14 days after today). */
export async function openRiskConsultation(
  as: AsAccount,
  analysisId: string,
  respondBy: string = isoDay(14),
) {
  return ok(
    await as(LMS_OPERATOR)(
      `mutation($i: OpenRiskConsultationInput!) { openRiskConsultation(input: $i) { ${ANALYSIS_FIELDS} } }`,
      { i: { analysisId, respondBy } },
    ),
    'openRiskConsultation',
  ).openRiskConsultation;
}

export type Position = 'AKKOORD' | 'AKKOORD_MET_OPMERKINGEN' | 'NIET_AKKOORD';

/** The response of one consulted party, sent by its security officer (the raw answer, errors included). */
export function respondToRiskConsultation(
  as: AsAccount,
  party: string,
  analysisId: string,
  position: Position = 'AKKOORD',
  reasoning = position === 'AKKOORD'
    ? 'Akkoord: de analyse past bij ons gebruik.'
    : position === 'AKKOORD_MET_OPMERKINGEN'
      ? 'Akkoord, met de opmerking dat de uitwijk ontbreekt.'
      : 'Niet akkoord: de kans op uitval is onderschat.',
  account = officerOf(party),
) {
  return as(account)(
    `mutation($i: RespondToRiskConsultationInput!) { respondToRiskConsultation(input: $i) { id position party { code } } }`,
    { i: { analysisId, position, reasoning } },
  );
}

/** Every given party responds (AKKOORD unless its position is given); throws on a refusal. */
export async function respondAsParties(
  as: AsAccount,
  analysisId: string,
  parties: string[],
  positions: Record<string, Position> = {},
) {
  const ids: Record<string, string> = {};
  for (const party of parties)
    ids[party] = ok(
      await respondToRiskConsultation(as, party, analysisId, positions[party] ?? 'AKKOORD'),
      `respondToRiskConsultation (${party})`,
    ).respondToRiskConsultation.id;
  return ids;
}

/** The consulted parties of an analysis, as the LMS reads them. */
export async function consultedParties(as: AsAccount, analysisId: string) {
  return (await readRiskAnalysis(as, analysisId)).consultation.parties.map(
    (p: { party: { code: string } }) => p.party.code,
  ) as string[];
}

export async function readRiskAnalysis(as: AsAccount, analysisId: string, account = LMS_OPERATOR) {
  return ok(
    await as(account)(`query($id: ID!) { riskAnalysis(id: $id) { ${ANALYSIS_FIELDS} } }`, { id: analysisId }),
    'riskAnalysis',
  ).riskAnalysis;
}

/** The LMS answers every remark and disagreement not answered yet. */
export async function answerRiskResponses(as: AsAccount, analysisId: string) {
  const analysis = await readRiskAnalysis(as, analysisId);
  for (const r of analysis.consultation?.unanswered ?? [])
    ok(
      await as(LMS_OPERATOR)(
        `mutation($i: AnswerRiskConsultationInput!) { answerRiskConsultationResponse(input: $i) { id answer } }`,
        { i: { responseId: r.id, answer: `Verwerkt in de analyse (${r.party.code}).` } },
      ),
      'answerRiskConsultationResponse',
    );
}

/** Finalising (the raw answer, errors included). */
export function finaliseRiskAnalysis(
  as: AsAccount,
  analysisId: string,
  pastDeadlineNote?: string,
  account = LMS_OPERATOR,
) {
  return as(account)(
    `mutation($i: FinaliseRiskAnalysisInput!) { finaliseRiskAnalysis(input: $i) { ${ANALYSIS_FIELDS} finalisedAt } }`,
    { i: { analysisId, ...(pastDeadlineNote ? { pastDeadlineNote } : {}) } },
  );
}

export interface RiskConsultationRound {
  analysisId: string;
  number: string;
  parties: string[];
  /** The final analysis. */
  analysis: any;
}

/**
 * A whole consultation round on a shared facility: the LMS drafts (or takes `analysisId`, e.g. the
 * supplementary analysis the platform created, and fills it), opens the consultation, every consulted party
 * responds (AKKOORD unless `positions` says otherwise), the LMS answers the remarks and finalises.
 */
export async function runRiskConsultationRound(
  as: AsAccount,
  options: AnalysisContent & {
    facilityCode: string;
    analysisId?: string;
    positions?: Record<string, Position>;
    respondBy?: string;
  },
): Promise<RiskConsultationRound> {
  const analysis = options.analysisId
    ? await fillRiskAnalysis(as, LMS_OPERATOR, options.analysisId, options.facilityCode, options)
    : await draftRiskAnalysis(as, { ...options, facilityCodes: [options.facilityCode] });
  const opened = await openRiskConsultation(
    as,
    analysis.id,
    options.respondBy ?? isoDay(14, from(options.today)),
  );
  const parties = opened.consultation.parties.map((p: { party: { code: string } }) => p.party.code);
  await respondAsParties(as, analysis.id, parties, options.positions);
  await answerRiskResponses(as, analysis.id);
  const final = ok(await finaliseRiskAnalysis(as, analysis.id), 'finaliseRiskAnalysis').finaliseRiskAnalysis;
  return { analysisId: analysis.id, number: analysis.number, parties, analysis: final };
}

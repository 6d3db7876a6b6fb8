import { badUserInput, FieldProblem, fieldRules, toIsoDate } from '@mkib/domain-shared';
import { risk as m } from './messages';
import { partyName, RISK_ANALYSIS_STATE_LABELS, RISK_TREATMENT_KIND_LABELS } from './export-labels';
import { levelOf, scoreProblems } from './risk-scale';
import {
  MeasureRef,
  RISK_ANALYSIS_SCOPES,
  RISK_TREATMENT_KINDS,
  RiskAnalysisScope,
  RiskAnalysisState,
  RiskLevel,
  RiskScale,
  RiskTreatmentKind,
  SUPPLEMENTARY_ANALYSIS_MONTHS,
} from './risk-analysis-types';

export const ANALYSIS_TITLE_MAX = 200;
export const ANALYSIS_DESCRIPTION_MAX = 4000;
export const THREAT_NAME_MAX = 200;
export const THREAT_DESCRIPTION_MAX = 2000;
export const RISK_TITLE_MAX = 200;
export const RISK_DESCRIPTION_MAX = 4000;
export const TREATMENT_DESCRIPTION_MAX = 4000;
export const OWNER_MAX = 200;
export const MEASURE_CODE_MAX = 100;
export const MAX_THREATS = 100;
export const MAX_RISKS = 200;
export const MAX_MEASURES = 50;
/** The party that manages the shared facilities and analyses them (the beheerder). */
export const LMS_PARTY = 'lms';

/** `RA-<year>-<nnn>`: the number every version of an analysis shares, counted per calendar year. */
export const analysisNumber = (year: number, sequence: number): string =>
  `RA-${year}-${String(sequence).padStart(3, '0')}`;

/** The method text: "BIO2 + BBN3 (GMS)"; several facilities each with their BBN. */
export function analysisMethod(facilities: { code: string; bbn: number }[]): string {
  return `BIO2 + ${facilities.map((f) => `BBN${f.bbn} (${f.code})`).join(', ')}`;
}

/** Calendar months added to an ISO date, clamped to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toIsoDate(target);
}

/** The content of the supplementary analysis created when a facility is raised above BBN2 (SK-4.3). */
export function supplementaryAnalysisDraft(
  facility: { code: string; name: string; bbn: number },
  since: string,
): { title: string; description: string; method: string; dueDate: string } {
  return {
    title: `Aanvullende risicoanalyse ${facility.name} (BBN${facility.bbn})`,
    description:
      `De BBN van ${facility.name} is verhoogd naar ${facility.bbn}. Deze aanvullende risicoanalyse bepaalt ` +
      'de maatregelen boven de BIO; de gebruikende partijen worden geconsulteerd.',
    method: analysisMethod([facility]),
    dueDate: addMonths(since, SUPPLEMENTARY_ANALYSIS_MONTHS),
  };
}

// ----- drafting -------------------------------------------------------------------------------------

export interface DraftAnalysisCommand {
  title: string;
  description: string;
  scope: string;
  facilityCodes: string[];
  dueDate?: string | null;
}

export interface DraftContext {
  /** The caller's party. */
  party: string;
  /** Every facility of the register. */
  facilities: { code: string; usedBy: string[]; bbn: number }[];
  today: string;
}

function dueDateProblems(field: string, dueDate: string | null | undefined, today: string): FieldProblem[] {
  if (dueDate === null || dueDate === undefined || dueDate === '') return [];
  const p = fieldRules.date(field, dueDate);
  if (p.length) return p;
  return dueDate < today ? [m.problem(field, 'risk.date.notPast')] : [];
}

/**
 * Validates a new analysis: GEDEELDE_VOORZIENING only for the LMS and on one facility; EIGEN_GEBRUIK only
 * for a party over facilities whose usedBy holds it. Returns the normalised draft.
 */
export function validateDraft(command: DraftAnalysisCommand, ctx: DraftContext) {
  const problems: FieldProblem[] = [
    ...fieldRules.text('title', command.title, { max: ANALYSIS_TITLE_MAX }),
    ...fieldRules.optionalText('description', command.description, ANALYSIS_DESCRIPTION_MAX),
    ...fieldRules.oneOf('scope', command.scope, RISK_ANALYSIS_SCOPES),
    ...dueDateProblems('dueDate', command.dueDate, ctx.today),
  ];
  const codes = command.facilityCodes ?? [];
  const scope = command.scope as RiskAnalysisScope;
  const isLms = ctx.party === LMS_PARTY;
  if (codes.length === 0) problems.push(m.problem('facilityCodes', 'risk.analysis.facilitiesRequired'));
  if (new Set(codes).size !== codes.length)
    problems.push(m.problem('facilityCodes', 'risk.analysis.facilitiesUnique'));
  const facilities = codes.map((code) => ctx.facilities.find((f) => f.code === code));
  facilities.forEach((f, i) => {
    if (!f)
      problems.push(m.problem(`facilityCodes[${i}]`, 'risk.analysis.facilityUnknown', { code: codes[i] }));
  });
  if (scope === 'GEDEELDE_VOORZIENING') {
    if (!isLms) problems.push(m.problem('scope', 'risk.analysis.sharedOnlyLms'));
    else if (codes.length > 1) problems.push(m.problem('facilityCodes', 'risk.analysis.sharedOneFacility'));
  } else if (scope === 'EIGEN_GEBRUIK') {
    if (isLms) problems.push(m.problem('scope', 'risk.analysis.ownUseNotLms'));
    else
      facilities.forEach((f, i) => {
        if (f && !f.usedBy.includes(ctx.party))
          problems.push(
            m.problem(`facilityCodes[${i}]`, 'risk.analysis.facilityNotUsed', {
              code: f.code,
              party: partyName(ctx.party),
            }),
          );
      });
  }
  if (problems.length > 0) throw badUserInput(problems);
  const chosen = facilities as { code: string; usedBy: string[]; bbn: number }[];
  return {
    title: command.title.trim(),
    description: (command.description ?? '').trim(),
    scope,
    facilityCodes: [...codes],
    method: analysisMethod(chosen),
    dueDate: command.dueDate || null,
  };
}

// ----- content -------------------------------------------------------------------------------------

export interface ThreatCommand {
  id?: string | null;
  catalogueCode?: string | null;
  name?: string | null;
  description?: string | null;
}

export interface TreatmentCommand {
  kind: string;
  description: string;
  measures?: MeasureRef[] | null;
  owner: string;
  dueDate: string;
}

export interface RiskCommand {
  id?: string | null;
  title: string;
  description: string;
  facilityCode: string;
  threatIndexes: number[];
  inherent: { likelihood: number; impact: number };
  residual: { likelihood: number; impact: number };
  treatment: TreatmentCommand;
}

export interface UpdateAnalysisCommand {
  title: string;
  description: string;
  dueDate?: string | null;
  threats: ThreatCommand[];
  risks: RiskCommand[];
}

export interface ContentContext {
  facilityCodes: string[];
  scale: RiskScale;
  catalogue: { code: string; name: string; description: string }[];
  today: string;
}

export interface AnalysisContent {
  title: string;
  description: string;
  dueDate: string | null;
  threats: { id: string | null; catalogueCode: string | null; name: string; description: string }[];
  risks: {
    id: string | null;
    title: string;
    description: string;
    facilityCode: string;
    threatIndexes: number[];
    inherent: { likelihood: number; impact: number; level: RiskLevel };
    residual: { likelihood: number; impact: number; level: RiskLevel };
    treatment: {
      kind: RiskTreatmentKind;
      description: string;
      measures: MeasureRef[];
      owner: string;
      dueDate: string;
    };
  }[];
}

function treatmentProblems(field: string, t: TreatmentCommand | undefined, today: string): FieldProblem[] {
  if (!t) return [m.problem(field, 'risk.treatment.required')];
  const problems: FieldProblem[] = [
    ...fieldRules.oneOf(`${field}.kind`, t.kind, RISK_TREATMENT_KINDS),
    ...fieldRules.text(`${field}.description`, t.description, { max: TREATMENT_DESCRIPTION_MAX }),
    ...fieldRules.text(`${field}.owner`, t.owner, { max: OWNER_MAX }),
  ];
  const due = fieldRules.date(`${field}.dueDate`, t.dueDate);
  problems.push(
    ...(due.length ? due : t.dueDate < today ? [m.problem(`${field}.dueDate`, 'risk.date.notPast')] : []),
  );
  const measures = t.measures ?? [];
  if (t.kind === 'MITIGEREN' && measures.length === 0)
    problems.push(m.problem(`${field}.measures`, 'risk.treatment.measuresRequired'));
  if (t.kind !== 'MITIGEREN' && measures.length > 0)
    problems.push(
      m.problem(`${field}.measures`, 'risk.treatment.noMeasures', {
        kind: (RISK_TREATMENT_KIND_LABELS as Record<string, string>)[t.kind] ?? t.kind,
      }),
    );
  if (measures.length > MAX_MEASURES) problems.push(shared('max', `${field}.measures`, MAX_MEASURES));
  measures.forEach((x, i) => {
    problems.push(
      ...fieldRules.text(`${field}.measures[${i}].frameworkCode`, x?.frameworkCode, {
        max: MEASURE_CODE_MAX,
      }),
    );
    problems.push(
      ...fieldRules.text(`${field}.measures[${i}].identifier`, x?.identifier, { max: MEASURE_CODE_MAX }),
    );
  });
  const keys = measures.map((x) => `${x?.frameworkCode}/${x?.identifier}`);
  if (new Set(keys).size !== keys.length)
    problems.push(m.problem(`${field}.measures`, 'risk.treatment.measuresUnique'));
  return problems;
}

function shared(_: 'max', field: string, max: number): FieldProblem {
  return m.problem(field, 'risk.analysis.tooMany', { max });
}

/**
 * Validates the content of an analysis in CONCEPT: threats from the catalogue or the analyst's own (name
 * and description required), risks on one of the analysis' facilities following from at least one of
 * its threats, scores within the scale (the level is computed here), and a treatment per risk.
 */
export function validateContent(command: UpdateAnalysisCommand, ctx: ContentContext): AnalysisContent {
  const problems: FieldProblem[] = [
    ...fieldRules.text('title', command.title, { max: ANALYSIS_TITLE_MAX }),
    ...fieldRules.optionalText('description', command.description, ANALYSIS_DESCRIPTION_MAX),
    ...dueDateProblems('dueDate', command.dueDate, ctx.today),
  ];
  const threatsIn = command.threats ?? [];
  const risksIn = command.risks ?? [];
  if (threatsIn.length > MAX_THREATS) problems.push(shared('max', 'threats', MAX_THREATS));
  if (risksIn.length > MAX_RISKS) problems.push(shared('max', 'risks', MAX_RISKS));
  const threats = threatsIn.map((t, i) => {
    const field = `threats[${i}]`;
    // Given (even empty) means a catalogue threat: an empty code names none and is refused.
    if (t.catalogueCode != null) {
      const c = ctx.catalogue.find((x) => x.code === t.catalogueCode);
      if (!c) {
        problems.push(m.problem(`${field}.catalogueCode`, 'risk.threat.unknown', { code: t.catalogueCode }));
        return { id: t.id ?? null, catalogueCode: t.catalogueCode, name: '', description: '' };
      }
      problems.push(...fieldRules.optionalText(`${field}.name`, t.name, THREAT_NAME_MAX));
      problems.push(
        ...fieldRules.optionalText(`${field}.description`, t.description, THREAT_DESCRIPTION_MAX),
      );
      return {
        id: t.id ?? null,
        catalogueCode: c.code,
        name: (t.name ?? '').trim() || c.name,
        description: (t.description ?? '').trim() || c.description,
      };
    }
    problems.push(...fieldRules.text(`${field}.name`, t.name, { max: THREAT_NAME_MAX }));
    problems.push(...fieldRules.text(`${field}.description`, t.description, { max: THREAT_DESCRIPTION_MAX }));
    return {
      id: t.id ?? null,
      catalogueCode: null,
      name: (t.name ?? '').trim(),
      description: (t.description ?? '').trim(),
    };
  });
  const codes = threats.filter((t) => t.catalogueCode).map((t) => t.catalogueCode);
  if (new Set(codes).size !== codes.length) problems.push(m.problem('threats', 'risk.threat.duplicate'));

  const risks = risksIn.map((r, i) => {
    const field = `risks[${i}]`;
    problems.push(...fieldRules.text(`${field}.title`, r.title, { max: RISK_TITLE_MAX }));
    problems.push(...fieldRules.optionalText(`${field}.description`, r.description, RISK_DESCRIPTION_MAX));
    if (!ctx.facilityCodes.includes(r.facilityCode))
      problems.push(
        m.problem(`${field}.facilityCode`, 'risk.risk.facilityNotInAnalysis', {
          code: String(r.facilityCode),
          codes: ctx.facilityCodes.join(', '),
        }),
      );
    const indexes = r.threatIndexes ?? [];
    if (indexes.length === 0) problems.push(m.problem(`${field}.threatIndexes`, 'risk.risk.threatRequired'));
    indexes.forEach((x, j) => {
      if (!Number.isInteger(x) || x < 0 || x >= threats.length)
        problems.push(
          m.problem(`${field}.threatIndexes[${j}]`, 'risk.risk.threatIndex', { max: threats.length - 1 }),
        );
    });
    if (new Set(indexes).size !== indexes.length)
      problems.push(m.problem(`${field}.threatIndexes`, 'risk.risk.threatIndexesUnique'));
    const inherentP = scoreProblems(ctx.scale, `${field}.inherent`, r.inherent);
    const residualP = scoreProblems(ctx.scale, `${field}.residual`, r.residual);
    problems.push(
      ...inherentP,
      ...residualP,
      ...treatmentProblems(`${field}.treatment`, r.treatment, ctx.today),
    );
    const scored = (s: { likelihood: number; impact: number }, ok: boolean) => ({
      likelihood: s?.likelihood,
      impact: s?.impact,
      level: (ok ? levelOf(ctx.scale, s.likelihood, s.impact) : 'LAAG') as RiskLevel,
    });
    return {
      id: r.id ?? null,
      title: (r.title ?? '').trim(),
      description: (r.description ?? '').trim(),
      facilityCode: r.facilityCode,
      threatIndexes: [...indexes],
      inherent: scored(r.inherent, inherentP.length === 0),
      residual: scored(r.residual, residualP.length === 0),
      treatment: {
        kind: r.treatment?.kind as RiskTreatmentKind,
        description: (r.treatment?.description ?? '').trim(),
        measures: (r.treatment?.measures ?? []).map((x) => ({
          frameworkCode: x.frameworkCode.trim(),
          identifier: x.identifier.trim(),
        })),
        owner: (r.treatment?.owner ?? '').trim(),
        dueDate: r.treatment?.dueDate,
      },
    };
  });
  const ids = [...threats, ...risks].map((x) => x.id).filter(Boolean);
  if (new Set(ids).size !== ids.length) problems.push(m.problem('risks', 'risk.analysis.idsUnique'));
  if (problems.length > 0) throw badUserInput(problems);
  return {
    title: command.title.trim(),
    description: (command.description ?? '').trim(),
    dueDate: command.dueDate || null,
    threats,
    risks,
  };
}

// ----- states --------------------------------------------------------------------------------------

export type AnalysisStep =
  | 'edit'
  | 'openConsultation'
  | 'respond'
  | 'finalise'
  | 'revise'
  | 'discard'
  | 'decide';

const ALLOWED: Record<AnalysisStep, readonly RiskAnalysisState[]> = {
  edit: ['CONCEPT'],
  openConsultation: ['CONCEPT'],
  respond: ['CONSULTATIE'],
  finalise: ['CONCEPT', 'CONSULTATIE'],
  revise: ['DEFINITIEF'],
  discard: ['CONCEPT'],
  decide: ['CONCEPT', 'CONSULTATIE'],
};

/** CONFLICT unless the analysis' state allows the step (the state machine of the glossary). */
export function assertStep(step: AnalysisStep, state: RiskAnalysisState, number: string): void {
  if (!ALLOWED[step].includes(state)) throw wrongState(number, state, step);
}

/** The Dutch words for the steps, so the message names no codes (the web renders the params as given). */
export const RISK_ANALYSIS_STEP_LABELS: Record<AnalysisStep, string> = {
  edit: 'wijzigen',
  openConsultation: 'consultatie openen',
  respond: 'reageren',
  finalise: 'definitief maken',
  revise: 'herzien',
  discard: 'verwijderen',
  decide: 'besluiten over acceptatie',
};

/** CONFLICT risk.analysis.wrongState with the state and the step in words. */
export const wrongState = (number: string, state: RiskAnalysisState, step: AnalysisStep) =>
  m.conflict('risk.analysis.wrongState', {
    number,
    state: RISK_ANALYSIS_STATE_LABELS[state].toLowerCase(),
    step: RISK_ANALYSIS_STEP_LABELS[step],
  });

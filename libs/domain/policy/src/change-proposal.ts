import { FieldProblem, fieldRules, isIsoDate, toIsoDate } from '@mkib/domain-shared';
import { refKey, RequirementRef } from './bbn-profile';
import { policy } from './messages';
import type {
  ChangeRequestState,
  ConsultationPosition,
  PolicyChangeLine,
  PolicyContentChange,
  ProposalState,
  TriggerKind,
} from './policy-document';
import { LINKED_TRIGGERS, OPTIONALLY_LINKED_TRIGGERS } from './policy-document';

/**
 * The change procedure of the policy (SK-3.1, SK-4.4) as pure rules: what a proposal may do in which
 * state, what a trigger must name, and the texts' limits. The service loads, locks and saves; these decide.
 */

/** The hoofdgebruikers the LMS consults on every proposal (SK Art. 1; the party list of governance). */
export const POLICY_HOOFDGEBRUIKERS = ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie'] as const;

/**
 * The names of the parties that submit an ICV (the hoofdgebruikers and the LMS), for the texts of the
 * procedure (policy keeps no party register; the names are governance's, libs/domain/governance parties).
 */
export const POLICY_PARTY_NAMES: Readonly<Record<string, string>> = {
  lms: 'Landelijke Meldkamer Samenwerking',
  politie: 'Politie',
  ambulance: 'Regionale Ambulancevoorzieningen (ambulancezorg)',
  brandweer: 'Brandweer (veiligheidsregio’s)',
  kmar: 'Koninklijke Marechaussee',
  defensie: 'Ministerie van Defensie (hoofdgebruiker C2000)',
};

/** A party's name, or its code when policy does not know it. */
export const partyName = (code: string | null): string =>
  code === null ? '-' : (POLICY_PARTY_NAMES[code] ?? code);

/** A BMB decision in words, as the trigger labels show it. */
export function decisionLabel(decision: string): string {
  switch (decision) {
    case 'AANVAARD':
      return 'aanvaard';
    case 'AANVAARD_MET_AANWIJZING':
      return 'aanvaard met aanwijzing';
    case 'NIET_AANVAARD':
      return 'niet aanvaard';
    default:
      return decision;
  }
}

export const PROPOSAL_TITLE = { min: 5, max: 200 } as const;
export const PROPOSAL_TEXT = { min: 10, max: 4_000 } as const;
export const TRIGGER_REFERENCE = { min: 3, max: 300 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** A title: one line of 5..200 characters. */
export function checkTitle(field: string, value: string, min: number = PROPOSAL_TITLE.min): FieldProblem[] {
  const title = value.trim();
  if (/[\r\n]/.test(title)) return [policy.problem(field, 'policy.proposal.titleOneLine')];
  if (title.length < min || title.length > PROPOSAL_TITLE.max)
    return [policy.problem(field, 'policy.proposal.titleLength', { min, max: PROPOSAL_TITLE.max })];
  return [];
}

/** A rationale, motivation or reasons: 10..4000 characters. */
export function checkText(field: string, value: string): FieldProblem[] {
  const text = value.trim();
  if (text.length < PROPOSAL_TEXT.min || text.length > PROPOSAL_TEXT.max)
    return [
      policy.problem(field, 'policy.proposal.textLength', { min: PROPOSAL_TEXT.min, max: PROPOSAL_TEXT.max }),
    ];
  return [];
}

/** A respondBy date: a real date, not before today. */
export function checkRespondBy(field: string, value: string, now: Date): FieldProblem[] {
  if (!isIsoDate(value)) return [policy.problem(field, 'policy.proposal.respondByInvalid')];
  if (value < toIsoDate(now))
    return [policy.problem(field, 'policy.proposal.respondByPast', { today: toIsoDate(now) })];
  return [];
}

export interface TriggerInput {
  kind: TriggerKind;
  recordId?: string | null;
  reference?: string | null;
}

/** The trigger's shape: a linked kind (also a risk analysis) names its record by uuid; an evaluation a reference. */
export function checkTrigger(trigger: TriggerInput, field = 'input.trigger'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const reference = trigger.reference?.trim() ?? '';
  if (LINKED_TRIGGERS.includes(trigger.kind)) {
    if (!trigger.recordId)
      problems.push(
        policy.problem(`${field}.recordId`, 'policy.proposal.triggerRecordRequired', { kind: trigger.kind }),
      );
    else if (!isUuid(trigger.recordId))
      problems.push(policy.problem(`${field}.recordId`, 'policy.proposal.triggerRecordFormat'));
  } else if (trigger.recordId && OPTIONALLY_LINKED_TRIGGERS.includes(trigger.kind)) {
    if (!isUuid(trigger.recordId))
      problems.push(policy.problem(`${field}.recordId`, 'policy.proposal.triggerRecordFormat'));
  } else if (trigger.recordId)
    problems.push(
      policy.problem(`${field}.recordId`, 'policy.proposal.triggerRecordNotLinked', { kind: trigger.kind }),
    );
  else if (!reference)
    problems.push(
      policy.problem(`${field}.reference`, 'policy.proposal.triggerReferenceRequired', {
        kind: trigger.kind,
      }),
    );
  if (reference && (reference.length < TRIGGER_REFERENCE.min || reference.length > TRIGGER_REFERENCE.max))
    problems.push(
      policy.problem(`${field}.reference`, 'policy.proposal.triggerReferenceLength', {
        min: TRIGGER_REFERENCE.min,
        max: TRIGGER_REFERENCE.max,
      }),
    );
  return problems;
}

/** A request named as trigger must still be open. */
export function checkTriggerRequest(
  state: ChangeRequestState,
  field = 'input.trigger.recordId',
): FieldProblem[] {
  return state === 'OPEN' ? [] : [policy.problem(field, 'policy.proposal.triggerRequestNotOpen', { state })];
}

/** The carried parts of a change. */
export interface CarriedParts {
  bbnProfile?: unknown | null;
  frameworkImports?: readonly unknown[] | null;
  supplementaryMeasures?: readonly unknown[] | null;
}

/** True when a change carries a BBN profile, framework import or supplementary-measures change. */
export const carriesRequirementChanges = (change: CarriedParts): boolean =>
  !!change.bbnProfile || !!change.frameworkImports?.length || !!change.supplementaryMeasures?.length;

/** A change as the API gives it: absent parts may be null. */
export type ChangeInputParts = {
  [K in keyof PolicyContentChange]?: PolicyContentChange[K] | null;
} & CarriedParts;

/** True when the text part edits something. */
export const editsText = (change: ChangeInputParts): boolean =>
  !!change.setResponsibilities?.length ||
  !!change.setNorms?.length ||
  !!change.removeNorms?.length ||
  !!change.setRules?.length ||
  !!change.removeRules?.length ||
  (change.recalibrationMonths !== undefined && change.recalibrationMonths !== null);

/** A change that edits no text and carries nothing is no change. */
export function checkNotEmpty(change: ChangeInputParts, field = 'input.change'): FieldProblem[] {
  return editsText(change) || carriesRequirementChanges(change)
    ? []
    : [policy.problem(field, 'policy.proposal.changeEmpty')];
}

/** The text part of a policy change input (the carried parts left out). */
export function textPart(change: ChangeInputParts): PolicyContentChange {
  const text: PolicyContentChange = {};
  if (change.setResponsibilities) text.setResponsibilities = change.setResponsibilities;
  if (change.setNorms) text.setNorms = change.setNorms;
  if (change.removeNorms) text.removeNorms = change.removeNorms;
  if (change.setRules) text.setRules = change.setRules;
  if (change.removeRules) text.removeRules = change.removeRules;
  if (change.recalibrationMonths !== undefined && change.recalibrationMonths !== null)
    text.recalibrationMonths = change.recalibrationMonths;
  return text;
}

// ---- The state machine ----

const refuse = (key: Parameters<typeof policy.conflict>[0], state: ProposalState, number: number) =>
  policy.conflict(key, { state, number });

/** A draft, or a proposal in consultation (its responses are then asked again), is revised. */
export function assertCanUpdate(state: ProposalState, number: number): void {
  if (state !== 'DRAFT' && state !== 'CONSULTATION')
    throw refuse('policy.proposal.updateNotDraft', state, number);
}

/**
 * A proposal goes to the boards only on the version in force: one drafted on an older version would
 * undo what was adopted since (lost update). The LMS revises it, which re-bases it.
 */
export function assertBaseInForce(proposal: { number: number; baseVersion: number }, inForce: number): void {
  if (proposal.baseVersion !== inForce)
    throw policy.conflict('policy.proposal.baseOutdated', {
      number: proposal.number,
      base: proposal.baseVersion,
      inForce,
    });
}

/** Why an adopted proposal cannot be applied because another version came into force meanwhile (Dutch). */
export const baseOutdatedFailure = (base: number, inForce: number): string =>
  `Het voorstel is opgesteld op beleidsversie ${base}, maar inmiddels geldt versie ${inForce} ` +
  `(een ander voorstel is intussen vastgesteld). De tekst die de beraden vaststelden past niet meer op ` +
  `de geldende versie; er is niets gewijzigd. Stel zo nodig een nieuw voorstel op.`;

/** Why an adopted proposal's changes could not be applied, from the problems found (Dutch lead). */
export const applyFailure = (
  problems: readonly { field: string; message: string }[],
  message: string,
): string =>
  `De meegenomen wijzigingen konden niet worden doorgevoerd; er is niets gewijzigd. ` +
  (problems.length ? problems.map((p) => `${p.field}: ${p.message}`).join('; ') : message);

/**
 * A revision's change: the text edits as given; a carried part left out (undefined) stays as drafted,
 * one given (also null or []) replaces it.
 */
export function mergeRevision<C extends CarriedParts>(stored: C, given: C): C {
  const merged = { ...given } as Record<string, unknown>;
  for (const part of ['bbnProfile', 'frameworkImports', 'supplementaryMeasures'] as const)
    if (given[part] === undefined && stored[part] !== undefined) merged[part] = stored[part];
  return merged as C;
}

/** The consultation opens on a draft. */
export function assertCanOpenConsultation(state: ProposalState, number: number): void {
  if (state !== 'DRAFT') throw refuse('policy.proposal.consultationNotDraft', state, number);
}

/** A hoofdgebruiker responds (again) while the consultation runs. */
export function assertCanRespond(state: ProposalState, number: number): void {
  if (state !== 'CONSULTATION') throw refuse('policy.proposal.respondNotConsultation', state, number);
}

/** Who has not responded yet. */
export const awaitingResponse = (responded: readonly string[]): string[] =>
  POLICY_HOOFDGEBRUIKERS.filter((p) => !responded.includes(p));

/**
 * The LMS submits after the consultation: every hoofdgebruiker responded, or the end of the respondBy day
 * (UTC) passed.
 */
export function assertCanSubmit(
  proposal: { state: ProposalState; number: number; respondBy: string | null },
  responded: readonly string[],
  now: Date,
): void {
  if (proposal.state !== 'CONSULTATION')
    throw refuse('policy.proposal.submitNotConsultation', proposal.state, proposal.number);
  const waiting = awaitingResponse(responded);
  if (!waiting.length) return;
  const end = proposal.respondBy ? new Date(`${proposal.respondBy}T00:00:00Z`).getTime() + 86_400_000 : null;
  if (end === null || now.getTime() < end)
    throw policy.conflict('policy.proposal.consultationRunning', {
      number: proposal.number,
      respondBy: proposal.respondBy ?? '',
      awaiting: waiting.join(', '),
    });
}

/** The LMS withdraws a proposal that is not before the boards. */
export function assertCanWithdraw(state: ProposalState, number: number): void {
  if (state !== 'DRAFT' && state !== 'CONSULTATION')
    throw refuse('policy.proposal.withdrawNotOpen', state, number);
}

/** The BMB decides a proposal before the boards (SUBMITTED); a decision on any other is left alone. */
export const awaitsDecision = (state: ProposalState): boolean => state === 'SUBMITTED';

/** One proposal with requirement changes before the boards at a time. */
export function assertNoOtherCarrying(carries: boolean, other: { number: number } | null): void {
  if (carries && other)
    throw policy.conflict('policy.proposal.otherCarryingSubmitted', { other: other.number });
}

/** The LMS takes up or declines an open request only. */
export function assertRequestOpen(state: ChangeRequestState): void {
  if (state !== 'OPEN') throw policy.conflict('policy.request.notOpen', { state });
}

/** A position of a hoofdgebruiker: reasons always (10..4000). */
export function checkResponse(position: ConsultationPosition, reasons: string): FieldProblem[] {
  void position;
  return checkText('input.reasons', reasons);
}

/** The next step's name, for the trail. */
export type ProposalStepName =
  | 'DRAFTED'
  | 'UPDATED'
  | 'CONSULTATION_OPENED'
  | 'RESPONDED'
  | 'SUBMITTED'
  | 'ADOPTED'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'ADOPTION_FAILED';

/** A jaaraanschrijving: a real date not after today, a reference 3..300, a text 10..4000. */
export function checkJaaraanschrijving(
  input: {
    date: string;
    reference: string;
    text: string;
  },
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const dateProblems = fieldRules.date('input.date', input.date);
  if (!isIsoDate(input.date))
    problems.push(policy.problem('input.date', 'policy.jaaraanschrijving.dateInvalid'));
  else if (dateProblems.length) problems.push(...dateProblems);
  else if (input.date > toIsoDate(now))
    problems.push(
      policy.problem('input.date', 'policy.jaaraanschrijving.dateFuture', { today: toIsoDate(now) }),
    );
  const reference = input.reference.trim();
  if (
    /[\r\n]/.test(reference) ||
    reference.length < TRIGGER_REFERENCE.min ||
    reference.length > TRIGGER_REFERENCE.max
  )
    problems.push(
      policy.problem('input.reference', 'policy.jaaraanschrijving.referenceLength', {
        min: TRIGGER_REFERENCE.min,
        max: TRIGGER_REFERENCE.max,
      }),
    );
  problems.push(...checkText('input.text', input.text));
  return problems;
}

/** A change request of a hoofdgebruiker: a subject (one line 5..200) and a motivation (10..4000). */
export function checkChangeRequest(input: { subject: string; motivation: string }): FieldProblem[] {
  return [...checkTitle('input.subject', input.subject), ...checkText('input.motivation', input.motivation)];
}

/** A carried part as `carriedChangeLines` reads it. */
export interface CarriedForLines {
  bbnProfile?: { levels: { bbn: number; measures: RequirementRef[] }[] } | null;
  frameworkImports?: readonly { code: string; mode?: string | null }[] | null;
  supplementaryMeasures?: readonly { facilityCode: string; measures: RequirementRef[] }[] | null;
}

/**
 * What an open proposal's carried requirement changes would change, as diff lines (part REQUIREMENTS):
 * the BBN profile (current -> current+1, with the measures added/removed per level), each framework import
 * (mode and its dry run's counts) and each facility's supplementary-measures list.
 */
export function carriedChangeLines(
  carried: CarriedForLines,
  profile: { version: number; levels: { bbn: number; measures: RequirementRef[] }[] },
  importReports: readonly ({ added: number; updated: number; removed: number } | undefined)[],
): PolicyChangeLine[] {
  const lines: PolicyChangeLine[] = [];
  if (carried.bbnProfile) {
    const levels = new Set([...profile.levels, ...carried.bbnProfile.levels].map((l) => l.bbn));
    const perLevel = [...levels]
      .sort((a, b) => a - b)
      .map((bbn) => {
        const keys = (ls: { bbn: number; measures: RequirementRef[] }[]) =>
          new Set(ls.filter((l) => l.bbn === bbn).flatMap((l) => l.measures.map(refKey)));
        const before = keys(profile.levels);
        const after = keys(carried.bbnProfile!.levels);
        const added = [...after].filter((k) => !before.has(k)).map((k) => `+${k}`);
        const removed = [...before].filter((k) => !after.has(k)).map((k) => `-${k}`);
        return added.length || removed.length ? `BBN${bbn}: ${[...added, ...removed].join(', ')}` : null;
      })
      .filter((t): t is string => t !== null);
    lines.push({
      part: 'REQUIREMENTS',
      key: 'bbnProfileVersion',
      change: 'CHANGED',
      before: String(profile.version),
      after: `${profile.version + 1} (voorgesteld)${perLevel.length ? `; ${perLevel.join('; ')}` : '; geen maatregelen gewijzigd'}`,
    });
  }
  for (const [i, f] of (carried.frameworkImports ?? []).entries()) {
    const mode = f.mode ?? 'CREATE';
    const r = importReports[i];
    const counts = r
      ? `${r.added} toegevoegd, ${r.updated} gewijzigd, ${r.removed} verwijderd`
      : 'nog niet getoetst';
    lines.push({
      part: 'REQUIREMENTS',
      key: f.code,
      change: mode === 'CREATE' ? 'ADDED' : 'CHANGED',
      before: null,
      after: `${mode}: ${counts}`,
    });
  }
  for (const s of carried.supplementaryMeasures ?? [])
    lines.push({
      part: 'REQUIREMENTS',
      key: `supplementary/${s.facilityCode}`,
      change: 'CHANGED',
      before: null,
      after: s.measures.length ? s.measures.map(refKey).join(', ') : 'geen aanvullende maatregelen',
    });
  return lines;
}

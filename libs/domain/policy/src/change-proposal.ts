import { FieldProblem, isIsoDate, toIsoDate } from '@mkib/domain-shared';
import { policy } from './messages';
import type {
  ChangeRequestState,
  ConsultationPosition,
  PolicyContentChange,
  ProposalState,
  TriggerKind,
} from './policy-document';
import { LINKED_TRIGGERS } from './policy-document';

/**
 * The change procedure of the policy (SK-3.1, SK-4.4) as pure rules: what a proposal may do in which
 * state, what a trigger must name, and the texts' limits. The service loads, locks and saves; these decide.
 */

/** The hoofdgebruikers the LMS consults on every proposal (SK Art. 1; the party list of governance). */
export const POLICY_HOOFDGEBRUIKERS = ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie'] as const;

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

/** The trigger's shape: a linked kind names its record by uuid; a risk analysis or evaluation a reference. */
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
  } else if (!reference)
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

/** Only a draft is revised. */
export function assertCanUpdate(state: ProposalState, number: number): void {
  if (state !== 'DRAFT') throw refuse('policy.proposal.updateNotDraft', state, number);
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

/** The BMB decides a proposal before the boards. */
export function assertCanDecide(state: ProposalState, number: number): void {
  if (state !== 'SUBMITTED') throw refuse('policy.proposal.decideNotSubmitted', state, number);
}

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
  | 'WITHDRAWN';

/** A jaaraanschrijving: a real date, a reference 3..300, a text 10..4000. */
export function checkJaaraanschrijving(input: {
  date: string;
  reference: string;
  text: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isIsoDate(input.date))
    problems.push(policy.problem('input.date', 'policy.jaaraanschrijving.dateInvalid'));
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

import { FieldProblem, fieldRules } from '@mkib/domain-shared';
import { PLAN_KEEPERS } from './bbp';
import { governance as m } from './messages';

/**
 * Escalations (SK-3.8): parties that cannot agree on a decision point escalate it to the BMB; every party
 * asked states why it can or cannot agree (EENS/ONEENS with reasoning). The SMB advises and the BMB decides
 * through the boards' one mechanism, once every position is in or the positions' deadline has passed.
 */
export const ESCALATION_STATES = ['OPEN', 'BESLOTEN'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

export const POSITION_STANCES = ['EENS', 'ONEENS'] as const;
export type PositionStance = (typeof POSITION_STANCES)[number];

/** The parties that can be asked for a position: the hoofdgebruikers and the LMS. */
export const ESCALATION_PARTIES: readonly string[] = PLAN_KEEPERS;

const TITLE = { min: 3, max: 200 };
const QUESTION = { min: 10, max: 4_000 };
const REASONING = { min: 10, max: 4_000 };

export interface RaiseEscalationInput {
  title: string;
  question: string;
  parties: readonly string[];
  positionsDue: string;
}

/**
 * The problems of raising an escalation on `today` (YYYY-MM-DD) by `raisingParty` (null: the board
 * secretary, who need not be asked): at least two different parties of ESCALATION_PARTIES, the raising
 * party among them, positions due today or later.
 */
export function checkEscalation(
  input: RaiseEscalationInput,
  today: string,
  raisingParty: string | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...fieldRules.text('input.title', input.title, TITLE),
    ...fieldRules.text('input.question', input.question, QUESTION),
  ];
  const parties = Array.isArray(input.parties) ? input.parties : [];
  if (parties.some((p) => !ESCALATION_PARTIES.includes(p)))
    problems.push(
      m.problem('input.parties', 'governance.escalation.party', { parties: ESCALATION_PARTIES.join(', ') }),
    );
  else if (new Set(parties).size !== parties.length)
    problems.push(m.problem('input.parties', 'governance.escalation.partiesTwice'));
  else if (parties.length < 2) problems.push(m.problem('input.parties', 'governance.escalation.partiesTwo'));
  else if (raisingParty !== null && !parties.includes(raisingParty))
    problems.push(m.problem('input.parties', 'governance.escalation.raiserNotAsked'));
  const due = fieldRules.date('input.positionsDue', input.positionsDue);
  problems.push(...due);
  if (!due.length && input.positionsDue < today)
    problems.push(m.problem('input.positionsDue', 'governance.escalation.positionsDuePast', { today }));
  return problems;
}

export interface EscalationPositionInput {
  stance: string;
  reasoning: string;
}

/** The problems of a position: EENS or ONEENS, with reasoning (why the party can or cannot agree). */
export function checkEscalationPosition(input: EscalationPositionInput): FieldProblem[] {
  return [
    ...fieldRules.oneOf('input.stance', input.stance, POSITION_STANCES),
    ...fieldRules.text('input.reasoning', input.reasoning, REASONING),
  ];
}

/**
 * A position may be recorded (and changed) by a party asked, until the BMB decided. Throws CONFLICT
 * otherwise: a party that may see the escalation (it raised it) but was not asked, or a decided one.
 */
export function assertPositionAllowed(
  escalation: { state: EscalationState; parties: readonly string[] },
  party: string,
): void {
  if (!escalation.parties.includes(party)) throw m.conflict('governance.escalation.notAsked');
  if (escalation.state === 'BESLOTEN') throw m.conflict('governance.escalation.decided');
}

/** The parties asked whose position is not in yet, in the order they were asked. */
export function missingPositions(parties: readonly string[], positioned: readonly string[]): string[] {
  const have = new Set(positioned);
  return parties.filter((p) => !have.has(p));
}

/**
 * The BMB decides once every position is in, or once the deadline has passed (today after positionsDue).
 */
export function escalationDecidable(
  missing: readonly string[],
  today: string,
  positionsDue: string,
): boolean {
  return missing.length === 0 || today > positionsDue;
}

/**
 * Refuses the BMB's decision (CONFLICT governance.escalation.positionsMissing, naming the missing parties
 * by `names`) while positions are missing and the deadline has not passed.
 */
export function assertEscalationDecidable(
  missing: readonly string[],
  today: string,
  positionsDue: string,
  names: (code: string) => string = (c) => c,
): void {
  if (escalationDecidable(missing, today, positionsDue)) return;
  throw m.conflict('governance.escalation.positionsMissing', {
    parties: missing.map(names).join(', '),
    due: positionsDue,
  });
}

/** The title of an escalation's agenda item. */
export const escalationItemTitle = (title: string) => `Escalatie: ${title.trim()}`;

import { FieldProblem, fieldRules, shared } from '@mkib/domain-shared';
import { governance as m } from './messages';

/**
 * The yearly in-control cycle the board secretary sets (SK-3.5): co-user reports to their hoofdgebruiker
 * first, then the ICVs, then the SMB discusses them and advises, then the BMB decides. Dates must follow
 * that order; reminders go to whoever still owes something, ahead of each deadline and once it passed.
 */
export const MILESTONES = [
  'MEDEGEBRUIKER_RAPPORTAGES',
  'ICV_INDIENING',
  'SMB_VERGADERING',
  'BMB_VERGADERING',
] as const;
export type Milestone = (typeof MILESTONES)[number];
export type CycleDates = Record<Milestone, string>;

/** How the API names each milestone's input field (the domain's names by default). */
export type MilestoneNames = Record<Milestone, string>;
const OWN_NAMES = Object.fromEntries(MILESTONES.map((m) => [m, m])) as MilestoneNames;

/** The problems of a cycle's year and dates, each with its message key (the service throws these). */
export function checkCycle(
  year: number,
  dates: Partial<CycleDates>,
  currentYear: number,
  names: MilestoneNames = OWN_NAMES,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(year) || year < currentYear - 1 || year > currentYear + 1)
    problems.push(
      m.problem('input.year', 'governance.cycle.year', {
        previous: currentYear - 1,
        current: currentYear,
        next: currentYear + 1,
      }),
    );
  for (const milestone of MILESTONES)
    problems.push(...fieldRules.date(`input.${names[milestone]}`, dates[milestone]));
  if (problems.length) return problems;
  for (let i = 1; i < MILESTONES.length; i++) {
    const before = MILESTONES[i - 1];
    const after = MILESTONES[i];
    if (dates[after]! <= dates[before]!)
      problems.push(
        shared.problem(`input.${names[after]}`, 'field.dateAfter', {
          other: names[before],
          date: dates[before]!,
        }),
      );
  }
  // The cycle reports on a year: its deadlines fall in that year or in the first half of the next.
  const from = `${year}-01-01`;
  const to = `${year + 1}-06-30`;
  for (const milestone of MILESTONES) {
    const date = dates[milestone]!;
    if (date < from || date > to)
      problems.push(m.problem(`input.${names[milestone]}`, 'governance.cycle.dateInRange', { from, to }));
  }
  return problems;
}

/**
 * What a reminder is about: a cycle milestone, a milestone of the BBP calendar, or a deadline another
 * context owns (a risk consultation, a finding, a treatment, a BIV review, a plan update).
 */
export const REMINDER_MILESTONES = [
  ...MILESTONES,
  'RISICOCONSULTATIE',
  'WENSEN',
  'VOORTGANGSRAPPORTAGE',
  'BBP_VASTSTELLING',
  'PLAN_BIJWERKEN',
  'BEVINDING',
  'AANWIJZING',
  'RISICOBEHANDELING',
  'BIV_HERIJKING',
  /** A party's position on an escalation is due (SK-3.8). */
  'ESCALATIESTANDPUNT',
  /** A commissioned investigation's report is due (SK-3.6). */
  'ONDERZOEK',
  /** Five years since the last evaluation of the regulation (or its entry into force) come near (SK-6). */
  'EVALUATIE',
] as const;
export type ReminderMilestone = (typeof REMINDER_MILESTONES)[number];

export interface Reminder {
  /** Stable for one thing owed, one deadline and one kind (reminderId): the notification's id. */
  id: string;
  milestone: ReminderMilestone;
  party: string;
  deadline: string;
  kind: 'VOORAF' | 'VERLOPEN';
  /** Days until the deadline (negative once passed). */
  daysLeft: number;
  /** The record it is about (a risk analysis for RISICOCONSULTATIE, a finding…); null for a cycle milestone. */
  subjectId: string | null;
  /** What is owed, in one line; null for a cycle milestone. */
  title: string | null;
}

/**
 * The boards' order (SK-3.5): the BMB decides on an ICV only after the SMB advised on it, and only on a
 * submitted ICV that is on the agenda.
 */
export const DECISIONS = ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'] as const;
export type Decision = (typeof DECISIONS)[number];

export function assertDecisionAllowed(item: {
  /** Another kind than an ICV (a policy change): the messages name the agenda item, not the ICV. */
  kind?: string;
  icvSubmitted: boolean;
  advised: boolean;
  decided: boolean;
}) {
  const icv = (item.kind ?? 'ICV') === 'ICV';
  if (!item.icvSubmitted) throw m.conflict('governance.decision.notSubmitted');
  if (!item.advised)
    throw m.conflict(icv ? 'governance.decision.notAdvised' : 'governance.boardItem.notAdvised');
  if (item.decided)
    throw m.conflict(icv ? 'governance.decision.decidedAlready' : 'governance.boardItem.decidedAlready');
}

/** The SMB advises once on an item, and not on an ICV version a correction replaced. */
export function assertAdviceAllowed(item: { kind?: string; superseded: boolean; advised: boolean }) {
  const icv = (item.kind ?? 'ICV') === 'ICV';
  if (item.superseded) throw m.conflict('governance.agendaItem.supersededAdvice');
  if (item.advised)
    throw m.conflict(icv ? 'governance.advice.givenAlready' : 'governance.boardItem.advisedAlready');
}

export function checkDecision(input: {
  decision: string;
  instruction?: { description: string; dueDate: string } | null;
}): FieldProblem[] {
  const problems: FieldProblem[] = [...fieldRules.oneOf('input.decision', input.decision, DECISIONS)];
  if (input.decision === 'AANVAARD_MET_AANWIJZING') {
    if (!input.instruction?.description?.trim())
      problems.push(m.problem('input.instruction.description', 'governance.decision.instructionDescription'));
    problems.push(...fieldRules.date('input.instruction.dueDate', input.instruction?.dueDate));
  } else if (input.instruction)
    problems.push(m.problem('input.instruction', 'governance.decision.instructionNotAllowed'));
  return problems;
}

/**
 * An improvement instruction (aanwijzing) to a party (SK-3.6), tracked until done: OPEN, the party
 * reports it done (GEREED_GEMELD), the board closes it (GESLOTEN) or sends it back (OPEN again).
 */
export const INSTRUCTION_STATES = ['OPEN', 'GEREED_GEMELD', 'GESLOTEN'] as const;
export type InstructionState = (typeof INSTRUCTION_STATES)[number];

export function reportInstructionDone(state: InstructionState): InstructionState {
  if (state === 'GESLOTEN') throw m.conflict('governance.instruction.closedAlready');
  if (state === 'GEREED_GEMELD') throw m.conflict('governance.instruction.reportedAlready');
  return 'GEREED_GEMELD';
}

export function reviewInstruction(state: InstructionState, accept: boolean): InstructionState {
  if (state === 'OPEN') throw m.conflict('governance.instruction.notReported');
  if (state === 'GESLOTEN') throw m.conflict('governance.instruction.closedAlready');
  return accept ? 'GESLOTEN' : 'OPEN';
}

/** The cycles a workspace can show, newest first, and the one it opens on. */
export interface CycleChoice {
  years: number[];
  defaultYear: number;
}

/**
 * Which cycles the web offers and which it opens on, as of `now`. The default is the oldest opened cycle
 * whose deadlines are still running (its last deadline, the BMB meeting, is today or later). With none,
 * from January to June it is last year's cycle (its deadlines fall in this half year), otherwise the
 * calendar year's. The choice holds the opened cycles, the calendar year's and the default, within the
 * years the platform takes (two back, one ahead).
 */
export function cycleChoice(
  cycles: { year: number; dates: Pick<CycleDates, 'BMB_VERGADERING'> }[],
  now: Date,
) {
  const today = now.toISOString().slice(0, 10);
  const calendarYear = now.getUTCFullYear();
  const running = cycles
    .filter((c) => c.dates.BMB_VERGADERING >= today)
    .map((c) => c.year)
    .sort((a, b) => a - b);
  const defaultYear = running[0] ?? (now.getUTCMonth() < 6 ? calendarYear - 1 : calendarYear);
  // Only years the platform takes (fieldRules.year): an older cycle can no longer be chosen.
  const years = [...new Set([...cycles.map((c) => c.year), calendarYear, defaultYear])]
    .filter((y) => fieldRules.year('year', y, now).length === 0)
    .sort((a, b) => b - a);
  return { years, defaultYear } satisfies CycleChoice;
}

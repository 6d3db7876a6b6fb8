import { conflict, FieldProblem, isIsoDate } from '@mkib/domain-shared';

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

/** Days before a deadline on which a reminder goes out, and the reminder once it has passed. */
export const REMINDER_DAYS_AHEAD = [14, 3] as const;

/** How the API names each milestone's input field (the domain's names by default). */
export type MilestoneNames = Record<Milestone, string>;
const OWN_NAMES = Object.fromEntries(MILESTONES.map((m) => [m, m])) as MilestoneNames;

export function checkCycle(
  year: number,
  dates: Partial<CycleDates>,
  currentYear: number,
  names: MilestoneNames = OWN_NAMES,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(year) || year < currentYear - 1 || year > currentYear + 1)
    problems.push({
      field: 'input.year',
      message: `must be ${currentYear - 1}, ${currentYear} or ${currentYear + 1}`,
    });
  for (const m of MILESTONES) {
    const d = dates[m];
    if (!d || !isIsoDate(d))
      problems.push({ field: `input.${names[m]}`, message: 'must be a date (YYYY-MM-DD)' });
  }
  if (problems.length) return problems;
  for (let i = 1; i < MILESTONES.length; i++) {
    const before = MILESTONES[i - 1];
    const after = MILESTONES[i];
    if (dates[after]! <= dates[before]!)
      problems.push({
        field: `input.${names[after]}`,
        message: `must come after ${names[before]} (${dates[before]})`,
      });
  }
  // The cycle reports on a year: its deadlines fall in that year or in the first half of the next.
  for (const m of MILESTONES) {
    const y = Number(dates[m]!.slice(0, 4));
    if (y < year || dates[m]! > `${year + 1}-06-30`)
      problems.push({
        field: `input.${names[m]}`,
        message: `must fall between ${year}-01-01 and ${year + 1}-06-30`,
      });
  }
  return problems;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export interface Reminder {
  milestone: Milestone;
  party: string;
  deadline: string;
  kind: 'VOORAF' | 'VERLOPEN';
  /** Days until the deadline (negative once passed). */
  daysLeft: number;
}

/**
 * The reminders due on `today` for what each party still owes. A reminder goes out on each of the
 * REMINDER_DAYS_AHEAD days before a deadline, and every day once it passed, until the party delivers.
 */
export function remindersDue(
  dates: CycleDates,
  owed: { milestone: Milestone; party: string }[],
  today: string,
): Reminder[] {
  return owed.flatMap(({ milestone, party }): Reminder[] => {
    const deadline = dates[milestone];
    const daysLeft = daysBetween(today, deadline);
    if (daysLeft < 0) return [{ milestone, party, deadline, kind: 'VERLOPEN', daysLeft }];
    if ((REMINDER_DAYS_AHEAD as readonly number[]).includes(daysLeft))
      return [{ milestone, party, deadline, kind: 'VOORAF', daysLeft }];
    return [];
  });
}

/**
 * The boards' order (SK-3.5): the BMB decides on an ICV only after the SMB advised on it, and only on a
 * submitted ICV that is on the agenda.
 */
export const DECISIONS = ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'] as const;
export type Decision = (typeof DECISIONS)[number];

export function assertDecisionAllowed(item: { icvSubmitted: boolean; advised: boolean; decided: boolean }) {
  if (!item.icvSubmitted)
    throw conflict('This ICV is not submitted: the boards discuss submitted ICVs only.');
  if (!item.advised)
    throw conflict(
      'The SMB has not advised on this ICV yet: the BMB decides only after hearing the SMB (art. 3.5).',
    );
  if (item.decided) throw conflict('The BMB has decided on this ICV already.');
}

export function checkDecision(input: {
  decision: string;
  instruction?: { description: string; dueDate: string } | null;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!DECISIONS.includes(input.decision as Decision))
    problems.push({ field: 'input.decision', message: `must be one of ${DECISIONS.join(', ')}` });
  if (input.decision === 'AANVAARD_MET_AANWIJZING') {
    if (!input.instruction?.description?.trim())
      problems.push({
        field: 'input.instruction.description',
        message: 'describe the instruction (aanwijzing)',
      });
    if (!input.instruction || !isIsoDate(input.instruction.dueDate))
      problems.push({ field: 'input.instruction.dueDate', message: 'must be a date (YYYY-MM-DD)' });
  } else if (input.instruction)
    problems.push({
      field: 'input.instruction',
      message: 'only a decision AANVAARD_MET_AANWIJZING carries an instruction',
    });
  return problems;
}

/**
 * An improvement instruction (aanwijzing) to a party (SK-3.6), tracked until done: OPEN, the party
 * reports it done (GEREED_GEMELD), the board closes it (GESLOTEN) or sends it back (OPEN again).
 */
export const INSTRUCTION_STATES = ['OPEN', 'GEREED_GEMELD', 'GESLOTEN'] as const;
export type InstructionState = (typeof INSTRUCTION_STATES)[number];

export function reportInstructionDone(state: InstructionState): InstructionState {
  if (state === 'GESLOTEN') throw conflict('This instruction is closed already.');
  if (state === 'GEREED_GEMELD')
    throw conflict('This instruction is reported done already; the board reviews it.');
  return 'GEREED_GEMELD';
}

export function reviewInstruction(state: InstructionState, accept: boolean): InstructionState {
  if (state === 'OPEN') throw conflict('The party has not reported this instruction done yet.');
  if (state === 'GESLOTEN') throw conflict('This instruction is closed already.');
  return accept ? 'GESLOTEN' : 'OPEN';
}

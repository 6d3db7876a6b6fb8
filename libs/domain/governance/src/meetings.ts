import { badUserInput, fieldRules, FieldProblem } from '@mkib/domain-shared';
import { governance as m } from './messages';

/** The boards that meet: the SMB advises, the BMB decides. */
export const BOARDS = ['SMB', 'BMB'] as const;
export type Board = (typeof BOARDS)[number];

export const MEETING_STATES = ['GEPLAND', 'GEHOUDEN'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** The board a board secretary's party keeps the meetings of: smb → SMB, bmb → BMB; none otherwise. */
export const boardOfParty = (party: string | null | undefined): Board | null =>
  party === 'smb' ? 'SMB' : party === 'bmb' ? 'BMB' : null;

/** The board's party code (the items a meeting creates are the board's). */
export const partyOfBoard = (board: Board): string => (board === 'SMB' ? 'smb' : 'bmb');

export const MEETING_TEXT = {
  title: { min: 3, max: 200 },
  location: 300,
  freeTitle: { min: 3, max: 200 },
  freeDescription: { min: 1, max: 4_000 },
  minutes: { min: 1, max: 20_000 },
  minute: 4_000,
  attendeeName: { min: 1, max: 200 },
  attendees: 100,
} as const;

export interface PlanMeetingFields {
  board: string;
  date: string;
  title: string;
  location?: string | null;
}

/**
 * The problems of a meeting's plan: a board, a date whose year the platform takes (`fieldRules.year`: two
 * back, one ahead of `now`), a title and an optional location.
 */
export function checkMeetingPlan(input: PlanMeetingFields, now: Date): FieldProblem[] {
  const problems = [
    ...fieldRules.oneOf('input.board', input.board, BOARDS),
    ...checkMeetingDate('input.date', input.date, now),
    ...fieldRules.text('input.title', input.title, MEETING_TEXT.title),
    ...fieldRules.optionalText('input.location', input.location, MEETING_TEXT.location),
  ];
  return problems;
}

/** A meeting's date: a calendar date in a year `fieldRules.year` allows. */
export function checkMeetingDate(field: string, date: string, now: Date): FieldProblem[] {
  const asDate = fieldRules.date(field, date);
  if (asDate.length) return asDate;
  return fieldRules.year(field, Number(date.slice(0, 4)), now);
}

/** What a meeting's agenda takes: exactly one source. */
export type AgendaSource =
  | { kind: 'BOARD_ITEM'; boardItemId: string }
  | { kind: 'SIGNAL'; signalId: string }
  | { kind: 'WISHES'; year: number }
  | { kind: 'FREE'; title: string; description: string };

export interface AgendaSourceFields {
  boardItemId?: string | null;
  signalId?: string | null;
  wishesYear?: number | null;
  freeTitle?: string | null;
  freeDescription?: string | null;
}

/**
 * Which item the secretary puts on the agenda: exactly one of an existing item, a signal, the wishes of a
 * BBP year (a year `fieldRules.year` allows) or a free item (title and description). BAD_USER_INPUT else.
 */
export function agendaSource(input: AgendaSourceFields, now: Date): AgendaSource {
  const given = [
    input.boardItemId != null,
    input.signalId != null,
    input.wishesYear != null,
    input.freeTitle != null || input.freeDescription != null,
  ].filter(Boolean).length;
  if (given !== 1) throw badUserInput([m.problem('input', 'governance.meeting.oneSource')]);
  if (input.boardItemId != null) return { kind: 'BOARD_ITEM', boardItemId: input.boardItemId };
  if (input.signalId != null) return { kind: 'SIGNAL', signalId: input.signalId };
  if (input.wishesYear != null) {
    const problems = fieldRules.year('input.wishesYear', input.wishesYear, now);
    if (problems.length) throw badUserInput(problems);
    return { kind: 'WISHES', year: input.wishesYear };
  }
  const problems = [
    ...fieldRules.text('input.freeTitle', input.freeTitle, MEETING_TEXT.freeTitle),
    ...fieldRules.text('input.freeDescription', input.freeDescription, MEETING_TEXT.freeDescription),
  ];
  if (problems.length) throw badUserInput(problems);
  return { kind: 'FREE', title: input.freeTitle!.trim(), description: input.freeDescription!.trim() };
}

/** Only a planned meeting's agenda changes: a held meeting's agenda is what was discussed. */
export function assertAgendaChangeAllowed(state: MeetingState) {
  if (state !== 'GEPLAND') throw m.conflict('governance.meeting.held');
}

/** A new order: every item on the agenda exactly once. */
export function checkAgendaOrder(current: readonly string[], order: readonly string[]): FieldProblem[] {
  const same =
    order.length === current.length &&
    new Set(order).size === order.length &&
    order.every((id) => current.includes(id));
  return same ? [] : [m.problem('boardItemIds', 'governance.meeting.order')];
}

export interface MinutesFields {
  attendance: { name: string; party?: string | null; present: boolean }[];
  minutes: string;
  itemMinutes?: { boardItemId: string; minute: string }[] | null;
}

/** The minutes: attendance (names, at most 100 rows), the minutes' text, a minute per item on the agenda. */
export function checkMinutes(input: MinutesFields, agenda: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.attendance.length > MEETING_TEXT.attendees)
    problems.push(
      fieldRules.between('input.attendance', input.attendance.length, 0, MEETING_TEXT.attendees)[0],
    );
  input.attendance.forEach((a, i) =>
    problems.push(
      ...fieldRules.text(`input.attendance.${i}.name`, a.name, MEETING_TEXT.attendeeName),
      ...fieldRules.optionalText(`input.attendance.${i}.party`, a.party, 40),
    ),
  );
  problems.push(...fieldRules.text('input.minutes', input.minutes, MEETING_TEXT.minutes));
  const seen = new Set<string>();
  (input.itemMinutes ?? []).forEach((im, i) => {
    if (!agenda.includes(im.boardItemId) || seen.has(im.boardItemId))
      problems.push(m.problem(`input.itemMinutes.${i}.boardItemId`, 'governance.meeting.notOnAgenda'));
    seen.add(im.boardItemId);
    problems.push(
      ...fieldRules.optionalText(`input.itemMinutes.${i}.minute`, im.minute, MEETING_TEXT.minute),
    );
  });
  return problems;
}

/** The Dutch name of a board, for documents. */
export const boardLabel = (board: Board) =>
  board === 'SMB' ? 'Strategisch Meldkamer Beraad (SMB)' : 'Bestuurlijk Meldkamer Beraad (BMB)';

/** The Dutch name of an agenda item's kind, for documents. */
export const AGENDA_KIND_LABELS: Record<string, string> = {
  ICV: 'In-control-verklaring',
  POLICY_CHANGE: 'Beleidswijziging',
  BBP: 'Beleids- en bestedingsplan',
  PROGRESS_REPORTS: 'Voortgangsrapportages',
  INVESTIGATION: 'Onderzoek',
  ESCALATION: 'Escalatie',
  WORKING_GROUP_REPORT: 'Rapportage werkgroep',
  SIGNAL: 'Signaal',
  WISHES: 'Wensen voor het BBP',
  FREE: 'Vrij agendapunt',
};

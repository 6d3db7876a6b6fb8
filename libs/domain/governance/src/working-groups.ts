import { fieldRules, FieldProblem } from '@mkib/domain-shared';
import { governance as m } from './messages';
import type { PartyKind } from './parties';

/**
 * Working groups of the SMB (SK-3.7): "a hulpstructuur in which the beheerder and the hoofdgebruikers are
 * represented". Read as: its members come only from the beheerder (the LMS) and the hoofdgebruikers, and
 * it has at least one member of the beheerder and at least one of a hoofdgebruiker (a group of the LMS
 * alone, or of hoofdgebruikers without the beheerder, represents neither side of the hulpstructuur).
 */
export const WORKING_GROUP_STATES = ['ACTIEF', 'OPGEHEVEN'] as const;
export type WorkingGroupState = (typeof WORKING_GROUP_STATES)[number];

/** The party kinds a member may come from. */
export const WORKING_GROUP_MEMBER_KINDS: readonly PartyKind[] = ['BEHEERDER', 'HOOFDGEBRUIKER'];

/** At most this many members (a hulpstructuur, not a register). */
export const WORKING_GROUP_MAX_MEMBERS = 50;

export interface WorkingGroupMemberFields {
  party: string;
  name: string;
}

export interface WorkingGroupFields {
  name: string;
  mandate: string;
  members: WorkingGroupMemberFields[];
}

/** The members as kept: names trimmed. */
export const normaliseMembers = (members: WorkingGroupMemberFields[]): WorkingGroupMemberFields[] =>
  members.map((x) => ({ party: x.party, name: x.name.trim() }));

/**
 * The problems of a working group as set up or changed: name and mandate, at least one member, members
 * only of the beheerder or a hoofdgebruiker (`kindOf` gives a party code's kind, undefined for an unknown
 * code), a name each, no one twice for the same party, and the beheerder and a hoofdgebruiker represented.
 */
export function checkWorkingGroup(
  input: WorkingGroupFields,
  kindOf: (party: string) => PartyKind | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...fieldRules.text('input.name', input.name, { max: 200 }),
    ...fieldRules.text('input.mandate', input.mandate, { max: 10_000 }),
  ];
  const members = input.members ?? [];
  if (!members.length) return [...problems, m.problem('input.members', 'governance.workingGroup.noMembers')];
  if (members.length > WORKING_GROUP_MAX_MEMBERS)
    return [
      ...problems,
      m.problem('input.members', 'governance.workingGroup.tooMany', { max: WORKING_GROUP_MAX_MEMBERS }),
    ];
  const seen = new Set<string>();
  const kinds = new Set<PartyKind>();
  let partiesValid = true;
  members.forEach((member, i) => {
    const field = `input.members.${i}`;
    const kind = kindOf(member.party);
    if (!kind || !WORKING_GROUP_MEMBER_KINDS.includes(kind)) {
      partiesValid = false;
      problems.push(m.problem(`${field}.party`, 'governance.workingGroup.memberParty'));
    } else kinds.add(kind);
    const nameProblems = fieldRules.text(`${field}.name`, member.name, { max: 200 });
    problems.push(...nameProblems);
    if (!nameProblems.length) {
      const key = `${member.party}\u0000${member.name.trim().toLowerCase()}`;
      if (seen.has(key)) problems.push(m.problem(`${field}.name`, 'governance.workingGroup.memberTwice'));
      seen.add(key);
    }
  });
  if (partiesValid && (!kinds.has('BEHEERDER') || !kinds.has('HOOFDGEBRUIKER')))
    problems.push(m.problem('input.members', 'governance.workingGroup.representation'));
  return problems;
}

/** The problems of a working group's report: a title and a summary. */
export function checkWorkingGroupReport(input: { title: string; summary: string }): FieldProblem[] {
  return [
    ...fieldRules.text('input.title', input.title, { max: 200 }),
    ...fieldRules.text('input.summary', input.summary, { max: 20_000 }),
  ];
}

/** Only an active group changes, is dissolved or reports. */
export function assertWorkingGroupActive(state: WorkingGroupState): void {
  if (state !== 'ACTIEF') throw m.conflict('governance.workingGroup.dissolved');
}

/** The title of a working group report's agenda item. */
export const workingGroupReportTitle = (group: string, title: string) =>
  `Werkgroep ${group.trim()}: ${title.trim()}`;

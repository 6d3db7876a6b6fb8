import { FieldProblem } from '@mkib/domain-shared';
import { checkDecision, Decision } from './cycle';
import { governance as m } from './messages';

/**
 * What an agenda item is about (SK-3.1, SK-3.5): a submitted ICV, or a proposal to change the
 * information-security policy. The SMB advises on every kind, then the BMB decides; the context that owns
 * the subject acts on the decision (governance.decision.taken).
 */
export const AGENDA_ITEM_KINDS = [
  'ICV',
  'POLICY_CHANGE',
  'BBP',
  'PROGRESS_REPORTS',
  /** An investigation into how the policy works, proposed to the boards: the BMB commissions it (SK-3.6). */
  'INVESTIGATION',
  /** A decision point the parties cannot agree on, with each party's position (SK-3.8). */
  'ESCALATION',
  /** A report of a working group (hulpstructuur) of the SMB (SK-3.7). */
  'WORKING_GROUP_REPORT',
  /** A signal of the SMB's monitoring feed the secretary puts on a meeting's agenda (SK-3.3). */
  'SIGNAL',
  /** The wishes of a BBP year's round, as an item of discussion (SK-3.4). */
  'WISHES',
  /** A free item of the secretary (title and description). */
  'FREE',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** The decisions the BMB can take on an item of a kind: a policy change is adopted or rejected. */
export const DECISIONS_BY_KIND: Record<AgendaItemKind, readonly Decision[]> = {
  ICV: ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'],
  POLICY_CHANGE: ['AANVAARD', 'NIET_AANVAARD'],
  /** The BMB adopts the BBP (VASTGESTELD) or not. */
  BBP: ['AANVAARD', 'NIET_AANVAARD'],
  /** The boards take the period's progress reports for notice ("voor kennisgeving aangenomen") or not. */
  PROGRESS_REPORTS: ['AANVAARD', 'NIET_AANVAARD'],
  /** AANVAARD commissions the investigation; an aanwijzing may come with it. */
  INVESTIGATION: ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'],
  ESCALATION: ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'],
  WORKING_GROUP_REPORT: ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'],
  SIGNAL: ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'],
  WISHES: ['AANVAARD', 'NIET_AANVAARD'],
  FREE: ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'],
};

/** The kinds whose decision may carry an aanwijzing (an instruction to a party, SK-3.6). */
export const kindAllowsInstruction = (kind: AgendaItemKind) =>
  (DECISIONS_BY_KIND[kind] as readonly string[]).includes('AANVAARD_MET_AANWIJZING');

/**
 * The kinds every party may read on the agenda (common matters): a policy change, the BBP, an
 * investigation into the policy, a working group's report. A party reads its own ICV items besides, and
 * the escalations it raised or was asked in (SK-T3: not another's); progress roll-ups, signals, wishes and
 * free items are the boards'.
 */
export const COMMON_AGENDA_KINDS: readonly AgendaItemKind[] = [
  'POLICY_CHANGE',
  'BBP',
  'INVESTIGATION',
  'WORKING_GROUP_REPORT',
];

/**
 * The problems of a BMB decision on an item of `kind`: the general rules of `checkDecision`, and for a
 * policy change no instruction (aanwijzing), so no AANVAARD_MET_AANWIJZING either.
 */
export function checkBoardDecision(
  kind: AgendaItemKind,
  input: { decision: string; instruction?: { description: string; dueDate: string } | null },
): FieldProblem[] {
  if (kind === 'ICV') return checkDecision(input);
  // Any other kind whose decision may carry an aanwijzing: the same rules as an ICV's decision.
  if (kindAllowsInstruction(kind)) return checkDecision(input);
  const problems: FieldProblem[] = [];
  const policy = kind === 'POLICY_CHANGE';
  if (!(DECISIONS_BY_KIND[kind] as readonly string[]).includes(input.decision))
    problems.push(
      m.problem(
        'input.decision',
        policy ? 'governance.policyChange.decision' : 'governance.boardItem.decision',
      ),
    );
  if (input.instruction)
    problems.push(
      m.problem(
        'input.instruction',
        policy ? 'governance.policyChange.noInstruction' : 'governance.boardItem.decision',
      ),
    );
  return problems;
}

/** The title of an ICV's item, as the agenda lists it across kinds. */
export const icvItemTitle = (item: { year: number; party: string; version: number }) =>
  `ICV ${item.year} ${item.party} v${item.version}`;

/** The title of a policy change proposal's item. */
export const policyChangeItemTitle = (proposal: { number: number; title: string }) =>
  `Wijzigingsvoorstel ${proposal.number}: ${proposal.title}`;

/** How the BMB's decision on an item of `kind` reads in Dutch documents (the meeting pack). */
export function decisionLabel(kind: AgendaItemKind, decision: Decision): string {
  if (kind === 'POLICY_CHANGE' || kind === 'BBP')
    return decision === 'NIET_AANVAARD' ? 'niet vastgesteld' : 'vastgesteld';
  if (kind === 'PROGRESS_REPORTS' || kind === 'WISHES')
    return decision === 'NIET_AANVAARD' ? 'niet aanvaard' : 'voor kennisgeving aangenomen';
  if (kind === 'INVESTIGATION')
    return decision === 'NIET_AANVAARD'
      ? 'geen opdracht verleend'
      : decision === 'AANVAARD'
        ? 'opdracht verleend'
        : 'opdracht verleend, met aanwijzing';
  const labels: Record<Decision, string> = {
    AANVAARD: 'aanvaard',
    AANVAARD_MET_AANWIJZING: 'aanvaard met aanwijzing',
    NIET_AANVAARD: 'niet aanvaard',
  };
  return labels[decision];
}

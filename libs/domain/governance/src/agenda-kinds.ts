import { FieldProblem } from '@mkib/domain-shared';
import { checkDecision, Decision } from './cycle';
import { governance as m } from './messages';

/**
 * What an agenda item is about (SK-3.1, SK-3.5): a submitted ICV, or a proposal to change the
 * information-security policy. The SMB advises on every kind, then the BMB decides; the context that owns
 * the subject acts on the decision (governance.decision.taken).
 */
export const AGENDA_ITEM_KINDS = ['ICV', 'POLICY_CHANGE', 'BBP', 'PROGRESS_REPORTS'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** The decisions the BMB can take on an item of a kind: a policy change is adopted or rejected. */
export const DECISIONS_BY_KIND: Record<AgendaItemKind, readonly Decision[]> = {
  ICV: ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'],
  POLICY_CHANGE: ['AANVAARD', 'NIET_AANVAARD'],
  /** The BMB adopts the BBP (VASTGESTELD) or not. */
  BBP: ['AANVAARD', 'NIET_AANVAARD'],
  /** The boards take the period's progress reports for notice ("voor kennisgeving aangenomen") or not. */
  PROGRESS_REPORTS: ['AANVAARD', 'NIET_AANVAARD'],
};

/**
 * The problems of a BMB decision on an item of `kind`: the general rules of `checkDecision`, and for a
 * policy change no instruction (aanwijzing), so no AANVAARD_MET_AANWIJZING either.
 */
export function checkBoardDecision(
  kind: AgendaItemKind,
  input: { decision: string; instruction?: { description: string; dueDate: string } | null },
): FieldProblem[] {
  if (kind === 'ICV') return checkDecision(input);
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
  if (kind === 'PROGRESS_REPORTS')
    return decision === 'NIET_AANVAARD' ? 'niet aanvaard' : 'voor kennisgeving aangenomen';
  const labels: Record<Decision, string> = {
    AANVAARD: 'aanvaard',
    AANVAARD_MET_AANWIJZING: 'aanvaard met aanwijzing',
    NIET_AANVAARD: 'niet aanvaard',
  };
  return labels[decision];
}

import { DomainError } from '@mkib/domain-shared';
import { checkBoardDecision, decisionLabel, icvItemTitle, policyChangeItemTitle } from './agenda-kinds';
import { assertAdviceAllowed, assertDecisionAllowed } from './cycle';

const keyOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return `${(e as DomainError).code} ${(e as DomainError).key}`;
  }
  return null;
};

describe('[SK-3.1] [SK-3.5] agenda items of any kind', () => {
  it('a policy change is adopted or rejected, never accepted with an instruction', () => {
    expect(checkBoardDecision('POLICY_CHANGE', { decision: 'AANVAARD' })).toEqual([]);
    expect(checkBoardDecision('POLICY_CHANGE', { decision: 'NIET_AANVAARD' })).toEqual([]);
    const problems = checkBoardDecision('POLICY_CHANGE', {
      decision: 'AANVAARD_MET_AANWIJZING',
      instruction: { description: 'Doe iets', dueDate: '' },
    });
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ['input.decision', 'governance.policyChange.decision'],
      ['input.instruction', 'governance.policyChange.noInstruction'],
    ]);
    expect(checkBoardDecision('POLICY_CHANGE', { decision: 'MISSCHIEN' }).map((p) => p.key)).toEqual([
      'governance.policyChange.decision',
    ]);
  });

  it('an ICV keeps its three decisions and the instruction rules', () => {
    expect(checkBoardDecision('ICV', { decision: 'AANVAARD_MET_AANWIJZING' }).map((p) => p.field)).toEqual([
      'input.instruction.description',
      'input.instruction.dueDate',
    ]);
  });

  it('the decision never precedes the advice, of any kind, and the messages name the item', () => {
    const base = { icvSubmitted: true, decided: false };
    expect(keyOf(() => assertDecisionAllowed({ ...base, kind: 'POLICY_CHANGE', advised: false }))).toBe(
      'CONFLICT governance.boardItem.notAdvised',
    );
    expect(keyOf(() => assertDecisionAllowed({ ...base, advised: false }))).toBe(
      'CONFLICT governance.decision.notAdvised',
    );
    expect(
      keyOf(() => assertDecisionAllowed({ ...base, kind: 'POLICY_CHANGE', advised: true, decided: true })),
    ).toBe('CONFLICT governance.boardItem.decidedAlready');
    expect(() => assertDecisionAllowed({ ...base, kind: 'POLICY_CHANGE', advised: true })).not.toThrow();
  });

  it('the SMB advises once, and not on a replaced ICV version', () => {
    expect(
      keyOf(() => assertAdviceAllowed({ kind: 'POLICY_CHANGE', superseded: false, advised: true })),
    ).toBe('CONFLICT governance.boardItem.advisedAlready');
    expect(keyOf(() => assertAdviceAllowed({ superseded: false, advised: true }))).toBe(
      'CONFLICT governance.advice.givenAlready',
    );
    expect(keyOf(() => assertAdviceAllowed({ superseded: true, advised: false }))).toBe(
      'CONFLICT governance.agendaItem.supersededAdvice',
    );
    expect(() => assertAdviceAllowed({ superseded: false, advised: false })).not.toThrow();
  });

  it('titles an item as the agenda lists it', () => {
    const year = new Date().getUTCFullYear();
    expect(icvItemTitle({ year, party: 'politie', version: 2 })).toBe(`ICV ${year} politie v2`);
    expect(policyChangeItemTitle({ number: 3, title: 'Wachtwoordbeleid' })).toBe(
      'Wijzigingsvoorstel 3: Wachtwoordbeleid',
    );
  });

  it('names decisions in Dutch: an ICV is (niet) aanvaard, a policy change (niet) vastgesteld', () => {
    expect(decisionLabel('ICV', 'AANVAARD')).toBe('aanvaard');
    expect(decisionLabel('ICV', 'AANVAARD_MET_AANWIJZING')).toBe('aanvaard met aanwijzing');
    expect(decisionLabel('ICV', 'NIET_AANVAARD')).toBe('niet aanvaard');
    expect(decisionLabel('POLICY_CHANGE', 'AANVAARD')).toBe('vastgesteld');
    expect(decisionLabel('POLICY_CHANGE', 'NIET_AANVAARD')).toBe('niet vastgesteld');
  });
});

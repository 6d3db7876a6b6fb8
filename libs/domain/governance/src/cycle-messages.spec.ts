import { DomainError } from '@mkib/domain-shared';
import { assertDecisionAllowed, checkDecision, checkCycle, CycleDates, reviewInstruction } from './cycle';

// The cycle of the current year (from the clock); its deadlines fall early next year.
const Y = new Date().getUTCFullYear();
const N = Y + 1;
const dates: CycleDates = {
  MEDEGEBRUIKER_RAPPORTAGES: `${N}-01-15`,
  ICV_INDIENING: `${N}-02-15`,
  SMB_VERGADERING: `${N}-03-10`,
  BMB_VERGADERING: `${N}-04-05`,
};
const keyOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return [(e as DomainError).key, (e as DomainError).params];
  }
  return null;
};

describe('the cycle says its problems with message keys', () => {
  it('a date out of order uses the shared dateAfter key, a date outside the cycle its own', () => {
    // Key and parameters ride along non-enumerable (the API's shape stays { field, message }).
    const withKeys = checkCycle(Y, { ...dates, BMB_VERGADERING: `${N}-03-01` }, Y).map((p) => ({
      field: p.field,
      message: p.message,
      key: p.key,
      params: p.params,
    }));
    expect(withKeys).toEqual([
      {
        field: 'input.BMB_VERGADERING',
        message: `must come after SMB_VERGADERING (${N}-03-10)`,
        key: 'field.dateAfter',
        params: { other: 'SMB_VERGADERING', date: `${N}-03-10` },
      },
    ]);
    expect(checkCycle(Y, { ...dates, BMB_VERGADERING: `${N}-09-01` }, Y)[0]).toEqual(
      expect.objectContaining({
        key: 'governance.cycle.dateInRange',
        params: { from: `${Y}-01-01`, to: `${N}-06-30` },
      }),
    );
    expect(checkCycle(Y + 4, { ...dates, ICV_INDIENING: `15-02-${N}` }, Y)).toEqual([
      expect.objectContaining({ field: 'input.year', message: `must be ${Y - 1}, ${Y} or ${N}` }),
      expect.objectContaining({ field: 'input.ICV_INDIENING', key: 'field.date' }),
    ]);
  });

  it('the boards and the instructions refuse with keys', () => {
    expect(
      keyOf(() => assertDecisionAllowed({ icvSubmitted: true, advised: false, decided: false })),
    ).toEqual(['governance.decision.notAdvised', {}]);
    expect(keyOf(() => reviewInstruction('OPEN', true))).toEqual(['governance.instruction.notReported', {}]);
    expect(
      checkDecision({ decision: 'AANVAARD', instruction: { description: 'x', dueDate: `${N}-01-01` } }),
    ).toEqual([expect.objectContaining({ key: 'governance.decision.instructionNotAllowed' })]);
  });
});

import { DomainError } from '@mkib/domain-shared';
import { assertDecisionAllowed, checkDecision, cycleProblems, CycleDates, reviewInstruction } from './cycle';

const dates: CycleDates = {
  MEDEGEBRUIKER_RAPPORTAGES: '2027-01-15',
  ICV_INDIENING: '2027-02-15',
  SMB_VERGADERING: '2027-03-10',
  BMB_VERGADERING: '2027-04-05',
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
    const withKeys = cycleProblems(2026, { ...dates, BMB_VERGADERING: '2027-03-01' }, 2026).map((p) => ({
      field: p.field,
      message: p.message,
      key: p.key,
      params: p.params,
    }));
    expect(withKeys).toEqual([
      {
        field: 'input.BMB_VERGADERING',
        message: 'must come after SMB_VERGADERING (2027-03-10)',
        key: 'field.dateAfter',
        params: { other: 'SMB_VERGADERING', date: '2027-03-10' },
      },
    ]);
    expect(cycleProblems(2026, { ...dates, BMB_VERGADERING: '2027-09-01' }, 2026)[0]).toEqual(
      expect.objectContaining({
        key: 'governance.cycle.dateInRange',
        params: { from: '2026-01-01', to: '2027-06-30' },
      }),
    );
    expect(cycleProblems(2030, { ...dates, ICV_INDIENING: '15-02-2027' }, 2026)).toEqual([
      expect.objectContaining({ field: 'input.year', message: 'must be 2025, 2026 or 2027' }),
      expect.objectContaining({ field: 'input.ICV_INDIENING', key: 'field.date' }),
    ]);
  });

  it('the boards and the instructions refuse with keys', () => {
    expect(
      keyOf(() => assertDecisionAllowed({ icvSubmitted: true, advised: false, decided: false })),
    ).toEqual(['governance.decision.notAdvised', {}]);
    expect(keyOf(() => reviewInstruction('OPEN', true))).toEqual(['governance.instruction.notReported', {}]);
    expect(
      checkDecision({ decision: 'AANVAARD', instruction: { description: 'x', dueDate: '2027-01-01' } }),
    ).toEqual([expect.objectContaining({ key: 'governance.decision.instructionNotAllowed' })]);
  });
});

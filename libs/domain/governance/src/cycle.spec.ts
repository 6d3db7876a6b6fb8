import { DomainError } from '@mkib/domain-shared';
import {
  assertDecisionAllowed,
  checkCycle,
  checkDecision,
  CycleDates,
  remindersDue,
  reportInstructionDone,
  reviewInstruction,
} from './cycle';

// The rules are pure; the year is taken from the clock all the same, so no date here passes with time.
const year = new Date().getUTCFullYear();
const next = year + 1;
const dates: CycleDates = {
  MEDEGEBRUIKER_RAPPORTAGES: `${next}-01-15`,
  ICV_INDIENING: `${next}-02-15`,
  SMB_VERGADERING: `${next}-03-10`,
  BMB_VERGADERING: `${next}-04-05`,
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

describe('[SK-3.5] the yearly cycle', () => {
  it('accepts milestones in the order of the regulation', () => {
    expect(checkCycle(year, dates, year)).toEqual([]);
  });

  it('refuses a BMB meeting before the SMB meeting, and dates outside the cycle', () => {
    expect(checkCycle(year, { ...dates, BMB_VERGADERING: `${next}-03-01` }, year)).toEqual([
      { field: 'input.BMB_VERGADERING', message: `must come after SMB_VERGADERING (${next}-03-10)` },
    ]);
    expect(checkCycle(year, { ...dates, BMB_VERGADERING: `${next}-09-01` }, year)).toEqual([
      { field: 'input.BMB_VERGADERING', message: `must fall between ${year}-01-01 and ${next}-06-30` },
    ]);
    expect(checkCycle(year + 4, dates, year)[0].field).toBe('input.year');
  });

  it('reminds who still owes something 14 and 3 days ahead and every day after the deadline', () => {
    const owed = [
      { milestone: 'ICV_INDIENING' as const, party: 'politie' },
      { milestone: 'MEDEGEBRUIKER_RAPPORTAGES' as const, party: 'rode-kruis' },
    ];
    expect(remindersDue(dates, owed, `${next}-02-01`)).toEqual([
      {
        milestone: 'ICV_INDIENING',
        party: 'politie',
        deadline: `${next}-02-15`,
        kind: 'VOORAF',
        daysLeft: 14,
      },
      {
        milestone: 'MEDEGEBRUIKER_RAPPORTAGES',
        party: 'rode-kruis',
        deadline: `${next}-01-15`,
        kind: 'VERLOPEN',
        daysLeft: -17,
      },
    ]);
    expect(remindersDue(dates, owed.slice(0, 1), `${next}-02-05`)).toEqual([]);
    expect(remindersDue(dates, owed.slice(0, 1), `${next}-02-12`)[0]).toEqual(
      expect.objectContaining({ kind: 'VOORAF', daysLeft: 3 }),
    );
  });
});

describe('[SK-3.5] [SK-3.6] the boards', () => {
  it('the BMB decides only after the SMB advised', () => {
    expect(codeOf(() => assertDecisionAllowed({ icvSubmitted: true, advised: false, decided: false }))).toBe(
      'CONFLICT',
    );
    expect(() => assertDecisionAllowed({ icvSubmitted: true, advised: true, decided: false })).not.toThrow();
    expect(codeOf(() => assertDecisionAllowed({ icvSubmitted: true, advised: true, decided: true }))).toBe(
      'CONFLICT',
    );
  });

  it('an acceptance with an instruction names the instruction and its due date', () => {
    expect(checkDecision({ decision: 'AANVAARD_MET_AANWIJZING' }).map((p) => p.field)).toEqual([
      'input.instruction.description',
      'input.instruction.dueDate',
    ]);
    expect(
      checkDecision({ decision: 'AANVAARD', instruction: { description: 'x', dueDate: `${next}-01-01` } })[0]
        .field,
    ).toBe('input.instruction');
  });

  it('tracks an instruction until the party reports it done and the board closes it', () => {
    const reported = reportInstructionDone('OPEN');
    expect(reported).toBe('GEREED_GEMELD');
    expect(reviewInstruction(reported, false)).toBe('OPEN');
    expect(reviewInstruction(reported, true)).toBe('GESLOTEN');
    expect(codeOf(() => reviewInstruction('OPEN', true))).toBe('CONFLICT');
    expect(codeOf(() => reportInstructionDone('GESLOTEN'))).toBe('CONFLICT');
  });
});

import { DomainError } from '@mkib/domain-shared';
import {
  assertDecisionAllowed,
  checkCycle,
  checkDecision,
  CycleDates,
  reportInstructionDone,
  reviewInstruction,
} from './cycle';
import { remindersInWindow } from './reminders';

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

  it('reminds who still owes something from the lead time up to the deadline, and every day after it', () => {
    const owed = [
      { milestone: 'ICV_INDIENING' as const, party: 'politie', deadline: dates.ICV_INDIENING },
      {
        milestone: 'MEDEGEBRUIKER_RAPPORTAGES' as const,
        party: 'rode-kruis',
        deadline: dates.MEDEGEBRUIKER_RAPPORTAGES,
      },
    ];
    const due = remindersInWindow(owed, {}, `${next}-02-01`);
    expect(due.map(({ id, ...r }) => r)).toEqual([
      {
        milestone: 'MEDEGEBRUIKER_RAPPORTAGES',
        party: 'rode-kruis',
        deadline: `${next}-01-15`,
        kind: 'VERLOPEN',
        daysLeft: -17,
        subjectId: null,
        title: null,
      },
      {
        milestone: 'ICV_INDIENING',
        party: 'politie',
        deadline: `${next}-02-15`,
        kind: 'VOORAF',
        daysLeft: 14,
        subjectId: null,
        title: null,
      },
    ]);
    // Every day of the window (30 days for an ICV), not single days: 5 February too, and the deadline.
    expect(remindersInWindow(owed.slice(0, 1), {}, `${next}-02-05`)[0]).toEqual(
      expect.objectContaining({ kind: 'VOORAF', daysLeft: 10 }),
    );
    expect(remindersInWindow(owed.slice(0, 1), {}, `${next}-02-15`)[0]).toEqual(
      expect.objectContaining({ kind: 'VOORAF', daysLeft: 0 }),
    );
    // Before the window nothing; a shorter lead time set by the LMS narrows it.
    expect(remindersInWindow(owed.slice(0, 1), {}, `${next}-01-15`)).toEqual([]);
    expect(remindersInWindow(owed.slice(0, 1), { ICV_INDIENING: 3 }, `${next}-02-05`)).toEqual([]);
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

import { validLeadDays, windowWording } from './wording';

describe('reminder wording', () => {
  it('words a window ahead, on the day, and past the deadline', () => {
    expect(windowWording({ kind: 'VOORAF', daysLeft: 12 })).toBe('ahead');
    expect(windowWording({ kind: 'VOORAF', daysLeft: 0 })).toBe('today');
    expect(windowWording({ kind: 'VERLOPEN', daysLeft: -3 })).toBe('overdue');
  });

  it('accepts lead times of 0 to 365 whole days', () => {
    expect(['0', '30', '365', ' 14 '].map(validLeadDays)).toEqual([true, true, true, true]);
    expect(['', '-1', '366', '1.5', 'dertig'].map(validLeadDays)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

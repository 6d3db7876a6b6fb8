import { reminderWhat, validLeadDays, windowWording } from './wording';

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

describe('what a reminder is about', () => {
  it('is the label, the label with the title, or the title that already names it', () => {
    expect(reminderWhat('Bevinding')).toBe('Bevinding');
    expect(reminderWhat('Bevinding', 'BIO2 5.01.01: Beleid')).toBe('Bevinding: BIO2 5.01.01: Beleid');
    expect(reminderWhat('Voortgangsrapportage', 'Voortgangsrapportage 2000 periode 1')).toBe(
      'Voortgangsrapportage 2000 periode 1',
    );
  });
});

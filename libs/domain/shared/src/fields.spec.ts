import { DATE_YEARS, FixedClock, fieldRules } from './index';

/** The test's own clock: the rules never read the wall clock, nor do their tests. */
const clock = new FixedClock(new Date(Date.UTC(2150, 5, 15, 9)));

const keysOf = (problems: { key?: string }[]) => problems.map((p) => p.key);

describe('dates the platform stores', () => {
  it('takes a calendar date of a plausible year', () => {
    const today = clock.now().toISOString().slice(0, 10);
    expect(fieldRules.date('dueDate', today)).toEqual([]);
    expect(fieldRules.date('dueDate', `${DATE_YEARS.to}-12-31`)).toEqual([]);
  });

  it('refuses the year 1 and years beyond, and what is no calendar date', () => {
    for (const date of [
      '0001-01-01',
      '0000-01-01',
      `${DATE_YEARS.from - 1}-12-31`,
      `${DATE_YEARS.to + 1}-01-01`,
    ])
      expect(keysOf(fieldRules.date('dueDate', date))).toEqual(['field.dateYears']);
    for (const date of [
      '0000-00-00',
      `${clock.now().getUTCFullYear()}-02-30`,
      '99999-01-01',
      '-000005-01-01',
      '',
    ])
      expect(keysOf(fieldRules.date('dueDate', date))).toEqual(['field.date']);
  });
});

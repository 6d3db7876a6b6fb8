import { cycleChoice } from './cycle';

/** Dates relative to a "now" that the tests set, never today's. */
const year = new Date().getUTCFullYear();
const at = (y: number, monthDay: string) => new Date(`${y}-${monthDay}T09:00:00Z`);
const cycle = (y: number, bmb = `${y + 1}-04-05`) => ({ year: y, dates: { BMB_VERGADERING: bmb } });

describe('[SK-3.5] the cycle a workspace opens on', () => {
  it('opens on the calendar year from July, when no cycle is open yet', () => {
    expect(cycleChoice([], at(year, '07-01'))).toEqual({ years: [year], defaultYear: year });
    expect(cycleChoice([], at(year, '12-31'))).toEqual({ years: [year], defaultYear: year });
  });

  it("opens on last year's cycle from January to June, with the new year a choice", () => {
    expect(cycleChoice([], at(year + 1, '01-01'))).toEqual({ years: [year + 1, year], defaultYear: year });
    expect(cycleChoice([], at(year + 1, '06-30'))).toEqual({ years: [year + 1, year], defaultYear: year });
  });

  it('opens on the oldest cycle whose last deadline is today or later', () => {
    const both = [cycle(year), cycle(year + 1)];
    expect(cycleChoice(both, at(year + 1, '02-15'))).toEqual({ years: [year + 1, year], defaultYear: year });
    // The BMB meeting day itself still counts as running.
    expect(cycleChoice(both, at(year + 1, '04-05')).defaultYear).toBe(year);
    expect(cycleChoice(both, at(year + 1, '04-06')).defaultYear).toBe(year + 1);
  });

  it("falls back to last year's cycle from January to June when the opened ones are over", () => {
    const early = [cycle(year, `${year + 1}-01-20`)];
    expect(cycleChoice(early, at(year + 1, '03-01'))).toEqual({ years: [year + 1, year], defaultYear: year });
    expect(cycleChoice([cycle(year - 1)], at(year, '09-01'))).toEqual({
      years: [year, year - 1],
      defaultYear: year,
    });
  });

  it('offers every opened cycle, newest first, without doubles', () => {
    const cycles = [cycle(year - 2), cycle(year), cycle(year - 1)];
    expect(cycleChoice(cycles, at(year, '08-01')).years).toEqual([year, year - 1, year - 2]);
  });

  it('offers no cycle older than the years the platform takes (two back)', () => {
    const cycles = [cycle(year - 2), cycle(year), cycle(year - 1)];
    expect(cycleChoice(cycles, at(year + 1, '08-01')).years).toEqual([year + 1, year, year - 1]);
  });
});

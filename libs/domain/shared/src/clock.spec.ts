import { clockFromEnvironment, FixedClock, ShiftedClock, SystemClock } from './clock';

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the clock', () => {
  // Instants relative to the system's time: nothing here passes with the calendar.
  const base = new Date();
  const nextYear = base.getUTCFullYear() + 1;

  it('is the system time without MKIB_NOW', () => {
    const clock = clockFromEnvironment({});
    expect(clock).toBeInstanceOf(SystemClock);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
    expect(clockFromEnvironment({ MKIB_NOW: '  ' })).toBeInstanceOf(SystemClock);
  });

  it('starts at MKIB_NOW (a timestamp) and runs on from there', async () => {
    const start = new Date(Date.UTC(nextYear, 1, 15, 10));
    const clock = clockFromEnvironment({ MKIB_NOW: start.toISOString(), NODE_ENV: 'test' });
    expect(clock).toBeInstanceOf(ShiftedClock);
    const first = clock.now().getTime();
    expect(first - start.getTime()).toBeGreaterThanOrEqual(0);
    expect(first - start.getTime()).toBeLessThan(1_000);
    await sleep(20);
    expect(clock.now().getTime()).toBeGreaterThan(first);
    expect(clock.today()).toBe(start.toISOString().slice(0, 10));
  });

  it('reads a bare ISO date as that morning, UTC', () => {
    const day = new Date(base.getTime() + 400 * DAY).toISOString().slice(0, 10);
    const clock = clockFromEnvironment({ MKIB_NOW: day });
    expect(clock.today()).toBe(day);
    expect(clock.now().toISOString().slice(11, 13)).toBe('09');
  });

  it('refuses a value that is no date, naming it', () => {
    expect(() => clockFromEnvironment({ MKIB_NOW: 'tomorrow' })).toThrow(
      /MKIB_NOW must be an ISO date.*"tomorrow"/,
    );
    expect(() => clockFromEnvironment({ MKIB_NOW: `${nextYear}-13-45` })).toThrow(/MKIB_NOW must be/);
  });

  it('is refused in production rather than ignored', () => {
    expect(() => clockFromEnvironment({ MKIB_NOW: `${nextYear}-02-15`, NODE_ENV: 'production' })).toThrow(
      /development and tests only/,
    );
    expect(clockFromEnvironment({ NODE_ENV: 'production' })).toBeInstanceOf(SystemClock);
  });

  it('a fixed clock stands still until it is set', () => {
    const clock = new FixedClock(base);
    expect(clock.now()).toEqual(base);
    const later = new Date(base.getTime() + DAY);
    clock.set(later);
    expect(clock.now()).toEqual(later);
    clock.now().setTime(0);
    expect(clock.now()).toEqual(later);
  });
});

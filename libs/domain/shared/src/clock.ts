/**
 * The one source of "now" on the server. Services get it injected (Nest token: the class itself) and
 * hand its value to the domain rules, which take "now" as a parameter and never read the system time.
 */
export abstract class Clock {
  abstract now(): Date;
  /** Today as `YYYY-MM-DD` (UTC). */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}

/** The system's time. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock that starts at a given instant and runs on from there at the system's pace, so that events
 * keep their order. Development and tests start a platform "on" a date with it (`MKIB_NOW`).
 */
export class ShiftedClock extends Clock {
  private readonly offset: number;
  constructor(start: Date, systemNow = Date.now()) {
    super();
    this.offset = start.getTime() - systemNow;
  }
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}

/** A clock standing still, for unit tests; `set` moves it. */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }
  now(): Date {
    return new Date(this.instant.getTime());
  }
  set(instant: Date): void {
    this.instant = instant;
  }
}

/**
 * The clock a process runs on: the system's, or, outside production, the instant in `MKIB_NOW`
 * (an ISO date or timestamp). Production refuses the setting rather than ignore it.
 */
export function clockFromEnvironment(env: Record<string, string | undefined>): Clock {
  const value = env.MKIB_NOW?.trim();
  if (!value) return new SystemClock();
  if (env.NODE_ENV === 'production') {
    throw new Error('MKIB_NOW is for development and tests only: unset it in production');
  }
  const start = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T09:00:00Z` : value);
  if (Number.isNaN(start.getTime())) {
    throw new Error(`MKIB_NOW must be an ISO date or timestamp such as 2030-02-15T09:00:00Z, got "${value}"`);
  }
  return new ShiftedClock(start);
}

/**
 * The sign-in throttle of the development issuer: a pure rule over failed attempts, kept per account name
 * and per client address, that takes "now" as a parameter (the issuer hands it the platform clock).
 *
 * - Per account: from the `delayFrom`-th failure on, the next attempt must wait a delay that doubles with
 *   each further failure; at `maxFailures` the account is locked for `lockoutMs`.
 * - Per client address: the same, with a higher threshold (an address tries many accounts).
 * - While an attempt must wait, it is refused before the password is looked at (HTTP 429 with the waiting
 *   time) rather than answered slowly: the server never sleeps, and a guesser gains nothing by hurrying.
 * - Failures are forgotten `windowMs` after the last one; a lockout ends after `lockoutMs` with a clean
 *   slate. A successful sign-in clears the account's failures (not the address's).
 * - Unknown account names are counted exactly like known ones, so the answers never tell whether an
 *   account exists.
 */
export interface ThrottleLimits {
  /** Failures (within the window) that lock the key. */
  maxFailures: number;
  /** From this many failures on, the next attempt waits `baseDelayMs`, doubling per further failure. */
  delayFrom: number;
  baseDelayMs: number;
  maxDelayMs: number;
  lockoutMs: number;
  /** Failures are forgotten this long after the last one. */
  windowMs: number;
}

export interface LoginThrottlePolicy {
  account: ThrottleLimits;
  address: ThrottleLimits;
}

const MINUTE = 60_000;

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  account: {
    maxFailures: 5,
    delayFrom: 3,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    lockoutMs: 15 * MINUTE,
    windowMs: 15 * MINUTE,
  },
  address: {
    maxFailures: 20,
    delayFrom: 10,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    lockoutMs: 15 * MINUTE,
    windowMs: 15 * MINUTE,
  },
};

/** What the throttle remembers of one key (an account name or a client address). */
export interface FailureRecord {
  failures: number;
  lastFailureAt: number;
  lockedUntil?: number;
}

export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'locked' | 'delayed'; by: 'account' | 'address'; retryAfterMs: number };

/** The record as it stands at `now`: expired lockouts and forgotten failures are gone. */
export function current(
  record: FailureRecord | undefined,
  limits: ThrottleLimits,
  now: number,
): FailureRecord | undefined {
  if (!record) return undefined;
  if (record.lockedUntil !== undefined) return now >= record.lockedUntil ? undefined : record;
  return now - record.lastFailureAt >= limits.windowMs ? undefined : record;
}

/** How long after its last failure the key must wait before the next attempt (0: no wait). */
export function delayAfter(failures: number, limits: ThrottleLimits): number {
  if (failures < limits.delayFrom) return 0;
  return Math.min(limits.baseDelayMs * 2 ** (failures - limits.delayFrom), limits.maxDelayMs);
}

function verdictFor(
  record: FailureRecord | undefined,
  limits: ThrottleLimits,
  by: 'account' | 'address',
  now: number,
): ThrottleVerdict {
  const live = current(record, limits, now);
  if (!live) return { allowed: true };
  if (live.lockedUntil !== undefined) {
    return { allowed: false, reason: 'locked', by, retryAfterMs: live.lockedUntil - now };
  }
  const waitUntil = live.lastFailureAt + delayAfter(live.failures, limits);
  return now < waitUntil
    ? { allowed: false, reason: 'delayed', by, retryAfterMs: waitUntil - now }
    : { allowed: true };
}

/** May an attempt go ahead now? A lockout outweighs a delay, the longer wait outweighs the shorter. */
export function checkAttempt(
  state: { account?: FailureRecord; address?: FailureRecord },
  policy: LoginThrottlePolicy,
  now: number,
): ThrottleVerdict {
  const verdicts = [
    verdictFor(state.account, policy.account, 'account', now),
    verdictFor(state.address, policy.address, 'address', now),
  ].filter((v): v is Extract<ThrottleVerdict, { allowed: false }> => !v.allowed);
  if (!verdicts.length) return { allowed: true };
  const rank = (v: (typeof verdicts)[number]) => (v.reason === 'locked' ? 1 : 0);
  return verdicts.sort((a, b) => rank(b) - rank(a) || b.retryAfterMs - a.retryAfterMs)[0];
}

/** The record after one more failure at `now`; it carries `lockedUntil` when this failure locks the key. */
export function recordFailure(
  record: FailureRecord | undefined,
  limits: ThrottleLimits,
  now: number,
): FailureRecord {
  const failures = (current(record, limits, now)?.failures ?? 0) + 1;
  return failures >= limits.maxFailures
    ? { failures, lastFailureAt: now, lockedUntil: now + limits.lockoutMs }
    : { failures, lastFailureAt: now };
}

/**
 * The throttle's memory: per account name and per client address, in the issuer's process (the
 * development issuer is one process; Keycloak keeps its own). Stale entries are pruned as it grows.
 */
export class LoginThrottle {
  private readonly accounts = new Map<string, FailureRecord>();
  private readonly addresses = new Map<string, FailureRecord>();

  constructor(
    readonly policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
    private readonly maxEntries = 10_000,
  ) {}

  check(account: string, address: string, now: number): ThrottleVerdict {
    return checkAttempt(
      { account: this.accounts.get(key(account)), address: this.addresses.get(address) },
      this.policy,
      now,
    );
  }

  /** Records a failure; returns whether it locked the account or the address. */
  failed(account: string, address: string, now: number): { locked: 'account' | 'address' | null } {
    const a = recordFailure(this.accounts.get(key(account)), this.policy.account, now);
    const b = recordFailure(this.addresses.get(address), this.policy.address, now);
    this.put(this.accounts, key(account), a, this.policy.account, now);
    this.put(this.addresses, address, b, this.policy.address, now);
    // An attempt on a locked key never gets here (it is refused first): a lockout on the record is new.
    return {
      locked: a.lockedUntil !== undefined ? 'account' : b.lockedUntil !== undefined ? 'address' : null,
    };
  }

  succeeded(account: string): void {
    this.accounts.delete(key(account));
  }

  private put(
    map: Map<string, FailureRecord>,
    k: string,
    record: FailureRecord,
    limits: ThrottleLimits,
    now: number,
  ): void {
    map.set(k, record);
    if (map.size <= this.maxEntries) return;
    for (const [other, r] of map) if (!current(r, limits, now)) map.delete(other);
    // Still full of live entries: forget the oldest that are not locked (a Map iterates in insertion
    // order). A lockout is never flushed out by a flood of other names, up to ten times the bound.
    const locked = (r: FailureRecord) => r.lockedUntil !== undefined && now < r.lockedUntil;
    for (const [other, r] of map) {
      if (map.size <= this.maxEntries) break;
      if (other !== k && !locked(r)) map.delete(other);
    }
    for (const other of map.keys()) {
      if (map.size <= this.maxEntries * 10) break;
      if (other !== k) map.delete(other);
    }
  }
}

/** An account's key: as findDemoAccount matches names, and bounded (a form field may be 8 KB). */
const key = (account: string) => account.trim().toLowerCase().slice(0, 100);

import { FixedClock } from '@mkib/domain-shared';
import {
  checkAttempt,
  DEFAULT_LOGIN_THROTTLE,
  delayAfter,
  LoginThrottle,
  recordFailure,
} from './login-throttle';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('the sign-in throttle', () => {
  // The clock the platform hands the issuer; the test moves it on instead of waiting.
  let clock: FixedClock;
  let throttle: LoginThrottle;
  const now = () => clock.now().getTime();
  const later = (ms: number) => clock.set(new Date(now() + ms));
  beforeEach(() => {
    clock = new FixedClock(new Date(Date.UTC(new Date().getUTCFullYear(), 2, 1, 9)));
    throttle = new LoginThrottle();
  });

  it('uses the documented limits: account 5 failures, delay from the 3rd, 15 minutes; address 20', () => {
    expect(DEFAULT_LOGIN_THROTTLE.account).toMatchObject({
      maxFailures: 5,
      delayFrom: 3,
      lockoutMs: 15 * MINUTE,
    });
    expect(DEFAULT_LOGIN_THROTTLE.address.maxFailures).toBeGreaterThan(
      DEFAULT_LOGIN_THROTTLE.account.maxFailures,
    );
  });

  it('lets the first two failures through without a delay, then grows the delay per failure', () => {
    throttle.failed('viewer@politie', '203.0.113.1', now());
    expect(throttle.check('viewer@politie', '203.0.113.1', now())).toEqual({ allowed: true });
    throttle.failed('viewer@politie', '203.0.113.1', now());
    expect(throttle.check('viewer@politie', '203.0.113.1', now())).toEqual({ allowed: true });

    throttle.failed('viewer@politie', '203.0.113.1', now());
    expect(throttle.check('viewer@politie', '203.0.113.1', now())).toEqual({
      allowed: false,
      reason: 'delayed',
      by: 'account',
      retryAfterMs: 1 * SECOND,
    });
    later(999);
    expect(throttle.check('viewer@politie', '203.0.113.1', now()).allowed).toBe(false);
    later(1);
    expect(throttle.check('viewer@politie', '203.0.113.1', now()).allowed).toBe(true);

    throttle.failed('viewer@politie', '203.0.113.1', now());
    expect(throttle.check('viewer@politie', '203.0.113.1', now())).toMatchObject({
      reason: 'delayed',
      retryAfterMs: 2 * SECOND,
    });
    expect([3, 4, 5, 6, 20].map((n) => delayAfter(n, DEFAULT_LOGIN_THROTTLE.account))).toEqual([
      1000, 2000, 4000, 8000, 30_000,
    ]);
  });

  it('locks the account after the 5th failure for 15 minutes, from any address, then unlocks it', () => {
    for (let i = 1; i <= 4; i++) {
      expect(throttle.failed('lms-operator@lms', '203.0.113.2', now())).toEqual({ locked: null });
      later(10 * SECOND);
    }
    expect(throttle.failed('lms-operator@lms', '203.0.113.2', now())).toEqual({ locked: 'account' });

    // Refused before the password is looked at: the right one too, and from another address.
    expect(throttle.check('lms-operator@lms', '203.0.113.2', now())).toEqual({
      allowed: false,
      reason: 'locked',
      by: 'account',
      retryAfterMs: 15 * MINUTE,
    });
    expect(throttle.check('LMS-Operator@lms ', '198.51.100.9', now())).toMatchObject({
      reason: 'locked',
      by: 'account',
    });
    later(15 * MINUTE - 1);
    expect(throttle.check('lms-operator@lms', '198.51.100.9', now())).toMatchObject({
      reason: 'locked',
      retryAfterMs: 1,
    });
    later(1);
    expect(throttle.check('lms-operator@lms', '198.51.100.9', now())).toEqual({ allowed: true });

    // After the lockout the count starts afresh: one failure does not lock again.
    expect(throttle.failed('lms-operator@lms', '198.51.100.9', now())).toEqual({ locked: null });
    expect(throttle.check('lms-operator@lms', '198.51.100.9', now())).toEqual({ allowed: true });
  });

  it('treats an unknown account name exactly like a known one', () => {
    for (let i = 0; i < 5; i++) {
      later(31 * SECOND);
      throttle.failed('nobody@nowhere', '203.0.113.3', now());
    }
    expect(throttle.check('nobody@nowhere', '203.0.113.3', now())).toMatchObject({
      reason: 'locked',
      retryAfterMs: 15 * MINUTE,
    });
  });

  it('forgets failures 15 minutes after the last one, and a success clears the account', () => {
    for (let i = 0; i < 4; i++) {
      later(31 * SECOND);
      throttle.failed('viewer@kmar', '203.0.113.4', now());
    }
    later(15 * MINUTE);
    expect(throttle.check('viewer@kmar', '203.0.113.4', now())).toEqual({ allowed: true });
    expect(throttle.failed('viewer@kmar', '203.0.113.4', now())).toEqual({ locked: null });
    expect(throttle.check('viewer@kmar', '203.0.113.4', now())).toEqual({ allowed: true });

    for (let i = 0; i < 3; i++) {
      later(31 * SECOND);
      throttle.failed('viewer@brandweer', '203.0.113.4', now());
    }
    later(31 * SECOND);
    throttle.succeeded('viewer@brandweer');
    throttle.failed('viewer@brandweer', '203.0.113.4', now());
    expect(throttle.check('viewer@brandweer', '203.0.113.4', now())).toEqual({ allowed: true });
  });

  it('throttles a client address that tries many accounts: a delay from the 10th failure, locked at the 20th', () => {
    const address = '192.0.2.77';
    const tryAll = (n: number, from: number) => {
      for (let i = from; i < from + n; i++) {
        expect(throttle.check(`account-${i}`, address, now()).allowed).toBe(true);
        throttle.failed(`account-${i}`, address, now());
      }
    };
    tryAll(9, 0);
    expect(throttle.check('viewer@politie', address, now())).toEqual({ allowed: true });
    tryAll(1, 9);
    // The 10th failure, each on another account: now every account from this address waits.
    expect(throttle.check('viewer@politie', address, now())).toEqual({
      allowed: false,
      reason: 'delayed',
      by: 'address',
      retryAfterMs: 1_000,
    });
    // Another address is not held up.
    expect(throttle.check('viewer@politie', '192.0.2.78', now())).toEqual({ allowed: true });

    let locked: string | null = null;
    for (let i = 10; i < 20; i++) {
      later(30 * SECOND);
      locked = throttle.failed(`account-${i}`, address, now()).locked;
    }
    expect(locked).toBe('address');
    expect(throttle.check('viewer@politie', address, now())).toEqual({
      allowed: false,
      reason: 'locked',
      by: 'address',
      retryAfterMs: 15 * MINUTE,
    });
    later(15 * MINUTE);
    expect(throttle.check('viewer@politie', address, now())).toEqual({ allowed: true });
  });

  it('names the longest wait when both the account and the address must wait, a lockout first', () => {
    const p = DEFAULT_LOGIN_THROTTLE;
    const t = 1_000_000;
    let account = undefined;
    for (let i = 0; i < 3; i++) account = recordFailure(account, p.account, t);
    let address = undefined;
    for (let i = 0; i < 20; i++) address = recordFailure(address, p.address, t - 60 * SECOND);
    expect(checkAttempt({ account, address }, p, t)).toMatchObject({ reason: 'locked', by: 'address' });
    expect(checkAttempt({ account }, p, t)).toMatchObject({ reason: 'delayed', by: 'account' });
    expect(checkAttempt({}, p, t)).toEqual({ allowed: true });
  });

  it('keeps its memory bounded, dropping stale entries first', () => {
    const small = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, 3);
    for (let i = 0; i < 10; i++) small.failed(`a${i}`, `10.0.0.${i}`, now() + i);
    expect(small.check('a9', '10.0.0.9', now() + 9)).toEqual({ allowed: true });
    for (let i = 0; i < 4; i++) small.failed('a9', '10.0.0.9', now() + 10 + i * 60 * SECOND);
    expect(small.check('a9', '10.0.0.9', now() + 10 + 3 * 60 * SECOND)).toMatchObject({
      reason: 'locked',
    });
  });

  it('never flushes a lockout out with a flood of other names', () => {
    const small = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, 3);
    // The guesser locks the account, then tries to push it out of memory with junk names from many addresses.
    for (let i = 0; i < 5; i++) small.failed('viewer@kmar', '192.0.2.1', now() + i);
    for (let i = 0; i < 50; i++) small.failed(`junk${i}@x`, `198.51.100.${i}`, now() + 10 + i);
    expect(small.check('viewer@kmar', '203.0.113.9', now() + 100)).toMatchObject({
      allowed: false,
      reason: 'locked',
      by: 'account',
    });
  });

  it('counts a very long name under its first 100 characters, as one account', () => {
    const long = 'x'.repeat(100);
    for (let i = 0; i < 5; i++) throttle.failed(`${long}${'y'.repeat(i + 1)}`, `10.1.0.${i}`, now());
    expect(throttle.check(`${long}z`, '10.1.0.99', now())).toMatchObject({ reason: 'locked' });
  });
});

import { createRateLimiter } from './gateway';

describe('rate limit per identity', () => {
  it('allows the limit within a minute, refuses the next, and opens again a minute later', () => {
    let now = 0;
    const allow = createRateLimiter(3, () => now);
    expect([allow('a'), allow('a'), allow('a'), allow('a')]).toEqual([true, true, true, false]);
    expect(allow('b')).toBe(true); // another identity has its own window
    now = 60_000;
    expect(allow('a')).toBe(true);
  });
});

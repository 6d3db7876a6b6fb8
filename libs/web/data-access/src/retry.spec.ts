import { CombinedError } from '@urql/core';
import { IdempotencyKeys, isTransient, newIdempotencyKey, withRetries } from './retry';

const graphQLError = (code: string) =>
  new CombinedError({ graphQLErrors: [{ message: code, extensions: { code } }] });
const httpError = (status: number) =>
  new CombinedError({ networkError: new Error(`HTTP ${status}`), response: { status } });

describe('a transient failure', () => {
  it('is no answer, a (re)starting gateway or service, or SERVICE_UNAVAILABLE', () => {
    expect(isTransient(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe(true);
    for (const status of [502, 503, 504]) expect(isTransient(httpError(status))).toBe(true);
    expect(isTransient(graphQLError('SERVICE_UNAVAILABLE'))).toBe(true);
  });

  it('is not a refusal: the same request would get the same answer', () => {
    for (const code of ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR'])
      expect(isTransient(graphQLError(code))).toBe(false);
    for (const status of [400, 401, 413]) expect(isTransient(httpError(status))).toBe(false);
  });
});

describe('withRetries', () => {
  const noWait = async () => undefined;

  it('sends again after each pause while the answer is transient, and gives the last answer', async () => {
    const answers = ['down', 'down', 'ok'];
    const pauses: number[] = [];
    const attempt = jest.fn(async () => answers.shift()!);
    const result = await withRetries(
      attempt,
      (r) => r === 'down',
      [10, 20],
      async (ms) => {
        pauses.push(ms);
      },
    );
    expect(result).toBe('ok');
    expect(pauses).toEqual([10, 20]);
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('stops after the last pause, and at once on an answer that is not transient', async () => {
    const down = jest.fn(async () => 'down');
    expect(await withRetries(down, (r) => r === 'down', [1, 1], noWait)).toBe('down');
    expect(down).toHaveBeenCalledTimes(3);
    const refused = jest.fn(async () => 'refused');
    expect(await withRetries(refused, (r) => r === 'down', [1, 1], noWait)).toBe('refused');
    expect(refused).toHaveBeenCalledTimes(1);
  });
});

describe('the idempotency key of a user action', () => {
  it('is fresh per action, and a valid key for the server', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[\x21-\x7e]{8,200}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  it('is a UUID also where randomUUID is missing (a page not served securely)', () => {
    const crypto = globalThis.crypto as { randomUUID?: unknown };
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('is kept for a manual retry of the same request after a transient failure only', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `key-${++n}`);
    const first = keys.keyFor('classify GMS');
    keys.settle('classify GMS', first, true);
    expect(keys.keyFor('classify GMS')).toBe(first);
    keys.settle('classify GMS', first, false);
    expect(keys.keyFor('classify GMS')).not.toBe(first);
  });

  it('is new for another request, even after a transient failure', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `key-${++n}`);
    const first = keys.keyFor('classify GMS');
    keys.settle('classify GMS', first, true);
    expect(keys.keyFor('classify OIS')).not.toBe(first);
    // and the first request is not kept any more: its form was changed
    expect(keys.keyFor('classify GMS')).not.toBe(first);
  });
});

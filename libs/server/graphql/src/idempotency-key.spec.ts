import { isDomainError } from '@mkib/domain-shared';
import { canonicalJson, idempotencyKeyOf, idempotentRequestOf, requestHash } from './idempotency-key';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return isDomainError(e) ? `${e.code} ${e.problems.map((p) => p.key).join()}` : String(e);
  }
};

describe('the Idempotency-Key header', () => {
  it('is optional', () => {
    expect(idempotencyKeyOf({})).toBeUndefined();
  });

  it.each(['12345678', 'f1b0c7e2-4d2a-4b8e-9a51-0c3d2f6e7a10', 'x'.repeat(200), '~!@#$%^&*()_+{}|:"<>?'])(
    'takes %p',
    (key) => {
      expect(idempotencyKeyOf({ 'idempotency-key': key })).toBe(key);
    },
  );

  it.each(['', 'short', 'x'.repeat(201), 'has space', 'tab\tinside', 'sleutel-é-123', 'nul\u0000byte'])(
    'refuses %p with BAD_USER_INPUT',
    (key) => {
      expect(codeOf(() => idempotencyKeyOf({ 'idempotency-key': key }))).toBe(
        'BAD_USER_INPUT idempotency.keyInvalid',
      );
    },
  );

  it('refuses a header sent twice', () => {
    expect(codeOf(() => idempotencyKeyOf({ 'idempotency-key': ['key-0001', 'key-0002'] }))).toBe(
      'BAD_USER_INPUT idempotency.keyInvalid',
    );
  });
});

describe('the request hash', () => {
  it('does not depend on the order of the arguments', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    );
    expect(requestHash('m', { a: 1, b: 2 })).toBe(requestHash('m', { b: 2, a: 1 }));
  });

  it('differs per mutation and per argument value', () => {
    expect(requestHash('m', { a: 1 })).not.toBe(requestHash('n', { a: 1 }));
    expect(requestHash('m', { a: 1 })).not.toBe(requestHash('m', { a: 2 }));
    expect(requestHash('m', { a: '1' })).not.toBe(requestHash('m', { a: 1 }));
  });
});

describe('the idempotent request of a field', () => {
  const base = {
    headers: { 'idempotency-key': 'key-0001' },
    parentType: 'Mutation',
    fieldName: 'classifyFacility',
    args: { input: { facilityCode: 'GMS' } },
    actor: 'lms-operator@lms',
    party: 'lms',
  };

  it('is scoped to the caller, the mutation field and the key', () => {
    expect(idempotentRequestOf(base)).toEqual({
      scope: 'lms/lms-operator@lms',
      operation: 'classifyFacility',
      key: 'key-0001',
      requestHash: requestHash('classifyFacility', base.args),
    });
  });

  it('is none for a query, or without a key', () => {
    expect(idempotentRequestOf({ ...base, parentType: 'Query' })).toBeUndefined();
    expect(
      idempotentRequestOf({ ...base, headers: { 'idempotency-key': 'bad' }, parentType: 'Query' }),
    ).toBeUndefined();
    expect(idempotentRequestOf({ ...base, headers: {} })).toBeUndefined();
  });
});

import { GraphQLError } from 'graphql';
import { DomainError } from '@mkib/domain-shared';
import { createErrorFormatter, isUnavailableError } from './errors';
import { isUnavailableResponse, subgraphUnavailable } from './unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isUnavailableError', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    [
      'PostgreSQL shutting down (57P01)',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['an exhausted pool', new Error('timeout exceeded when trying to connect')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a query timeout (pg query_timeout)', new Error('Query read timeout')],
    [
      'a connect timeout (pg-pool connectionTimeoutMillis)',
      new Error('Connection terminated due to connection timeout', { cause: new Error('timeout expired') }),
    ],
    [
      'TypeORM wrapping a query timeout',
      Object.assign(new Error('Query read timeout'), { driverError: new Error('Query read timeout') }),
    ],
    [
      'TypeORM wrapping the driver',
      Object.assign(new Error('query failed'), { driverError: withCode('x', '57P01') }),
    ],
    ['GraphQL wrapping it', new GraphQLError('x', { originalError: withCode('y', 'ECONNREFUSED') })],
    ['a fetch cause', Object.assign(new TypeError('fetch failed'), { cause: withCode('z', 'ECONNREFUSED') })],
  ])('%s is unavailable', (_name, error) => expect(isUnavailableError(error)).toBe(true));

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a constraint violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['nothing', undefined],
  ])('%s is not', (_name, error) => expect(isUnavailableError(error)).toBe(false));
});

describe('the error formatter', () => {
  const logger = { error: jest.fn() };
  const format = createErrorFormatter(logger);

  it('answers a database that is down with SERVICE_UNAVAILABLE and its message key, not INTERNAL_SERVER_ERROR', () => {
    const error = new GraphQLError('x', {
      path: ['facilities'],
      originalError: withCode('terminating connection due to administrator command', '57P01'),
    });
    expect(format({ message: 'x', path: ['facilities'] }, error)).toEqual({
      message: 'The service is temporarily unavailable. Try again in a moment.',
      path: ['facilities'],
      extensions: { code: 'SERVICE_UNAVAILABLE', i18n: { key: 'service.unavailable', params: {} } },
    });
  });

  it('passes SERVICE_UNAVAILABLE from a subgraph through, with its key', () => {
    const formatted = {
      message: 'The service is temporarily unavailable. Try again in a moment.',
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        i18n: { key: 'service.unavailable', params: {} },
        serviceName: 'risk',
      },
    };
    expect(format(formatted, new GraphQLError(formatted.message)).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      i18n: { key: 'service.unavailable', params: {} },
    });
  });

  it('keeps a domain error as it was', () => {
    const error = new GraphQLError('x', { originalError: new DomainError('CONFLICT', 'no') });
    expect(format({ message: 'x' }, error).extensions?.code).toBe('CONFLICT');
  });
});

describe('subgraphUnavailable', () => {
  it('turns a refused connection and a 502/503/504 of a subgraph into SERVICE_UNAVAILABLE', () => {
    const refused = subgraphUnavailable(
      Object.assign(new Error('request to http://127.0.0.1:1/graphql failed, reason: connect ECONNREFUSED'), {
        code: 'ECONNREFUSED',
      }),
      'risk',
    ) as GraphQLError;
    expect(refused.extensions).toEqual(
      expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', subgraph: 'risk' }),
    );
    for (const status of [502, 503, 504]) {
      const answered = new GraphQLError(`${status}: x`, { extensions: { response: { status } } });
      expect((subgraphUnavailable(answered, 'risk') as GraphQLError).extensions.code).toBe(
        'SERVICE_UNAVAILABLE',
      );
    }
  });

  it('leaves other errors alone', () => {
    const bad = new GraphQLError('400: Bad Request', { extensions: { response: { status: 400 } } });
    expect(subgraphUnavailable(bad, 'risk')).toBe(bad);
    const bug = new Error('Expected JSON response body');
    expect(subgraphUnavailable(bug, 'risk')).toBe(bug);
  });
});

describe('isUnavailableResponse', () => {
  const unavailable = { extensions: { code: 'SERVICE_UNAVAILABLE' } };
  it('is true only when no data came back and every error is SERVICE_UNAVAILABLE', () => {
    expect(isUnavailableResponse({ data: null, errors: [unavailable] })).toBe(true);
    expect(isUnavailableResponse({ errors: [unavailable] })).toBe(true);
    expect(isUnavailableResponse({ data: { a: null, b: null }, errors: [unavailable, unavailable] })).toBe(
      true,
    );
    expect(isUnavailableResponse({ data: { a: 1, b: null }, errors: [unavailable] })).toBe(false);
    expect(
      isUnavailableResponse({ data: null, errors: [unavailable, { extensions: { code: 'FORBIDDEN' } }] }),
    ).toBe(false);
    expect(isUnavailableResponse({ data: { a: 1 } })).toBe(false);
  });
});

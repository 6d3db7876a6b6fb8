import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { DomainError } from '@mkib/domain-shared';

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

const PASS_THROUGH_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_FOUND',
  'SERVICE_UNAVAILABLE',
]);

/** Seconds a client is told to wait (Retry-After) before it tries an unavailable service again. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Network failures where the other side (a subgraph, the database) never answered. */
const UNAVAILABLE_NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * PostgreSQL's "the server is going away or not there" (SQLSTATE class 08 connection exceptions,
 * 57P01-57P03 shutdown / cannot connect now, 53300 too many connections) and node-postgres' own
 * messages for a lost connection, an exhausted pool, a connect timeout and a query (read) timeout.
 */
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[123]|53300)$/;
const UNAVAILABLE_MESSAGE =
  /terminating connection|Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection is not established|Cannot use a pool after calling end|the database system is (starting up|shutting down)|connect ECONNREFUSED|socket hang up/i;

/**
 * True when an error (or anything it wraps: originalError, cause, driverError) says a dependency is
 * down rather than that the request or the code is wrong: the client may retry it in a moment.
 */
export function isUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length && seen.size < 20) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const { code, errno, message, originalError, cause, driverError, errors } = e as {
      code?: unknown;
      errno?: unknown;
      message?: unknown;
      originalError?: unknown;
      cause?: unknown;
      driverError?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && (UNAVAILABLE_NETWORK.has(code) || UNAVAILABLE_SQLSTATE.test(code)))
      return true;
    if (typeof errno === 'string' && UNAVAILABLE_NETWORK.has(errno)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(originalError, cause, driverError, ...(Array.isArray(errors) ? errors : []));
  }
  return false;
}

/** The answer for an unavailable dependency: the stable code and the message key the web reads. */
export function unavailableError(): { code: 'SERVICE_UNAVAILABLE'; i18n: ErrorI18n } {
  return { code: 'SERVICE_UNAVAILABLE', i18n: { key: 'service.unavailable', params: {} } };
}

export const UNAVAILABLE_MESSAGE_TEXT = 'The service is temporarily unavailable. Try again in a moment.';

/** Finds the DomainError behind whatever wrapping GraphQL, Nest or Apollo added. */
function domainErrorOf(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * What the web needs to say the error in the user's language: the message key and its parameters, and
 * per problem its field, key and parameters. Next to the English `message`, which API users read.
 */
export interface ErrorI18n {
  key: string;
  params: Record<string, string | number>;
  problems?: { field: string; key: string; params: Record<string, string | number> }[];
}

function i18nOf(domain: DomainError): { i18n?: ErrorI18n } {
  if (!domain.key) return {};
  return {
    i18n: {
      key: domain.key,
      params: { ...domain.params },
      ...(domain.problems.length
        ? {
            problems: domain.problems.map((p) => ({
              field: p.field,
              key: p.key ?? 'field.invalid',
              params: { ...(p.params ?? {}), message: p.message },
            })),
          }
        : {}),
    },
  };
}

/**
 * The one mapping from errors to GraphQL: a DomainError keeps its code, message and field problems; a
 * GraphQL validation error keeps Apollo's code; anything else becomes INTERNAL_SERVER_ERROR with a
 * reference, and its details go to the log, not the client.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const domain = domainErrorOf(error);
    if (domain) {
      return {
        message: domain.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: domain.code,
          ...(domain.problems.length
            ? { problems: domain.problems.map(({ field, message }) => ({ field, message })) }
            : {}),
          ...i18nOf(domain),
        },
      };
    }
    const code = formatted.extensions?.code;
    const passThrough =
      typeof code === 'string' &&
      (PASS_THROUGH_CODES.has(code) ||
        (code === 'INTERNAL_SERVER_ERROR' && typeof formatted.extensions?.reference === 'string'));
    if (passThrough) {
      // Already shaped by a subgraph (seen at the gateway) or by Apollo's own request validation.
      const { problems, reference, i18n } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code,
          ...(problems ? { problems } : {}),
          ...(reference ? { reference } : {}),
          ...(i18n ? { i18n } : {}),
        },
      };
    }
    if (isUnavailableError(error)) {
      // A dependency that is down (a subgraph, the database) is not an internal error: retry later.
      logger.error(
        { err: error instanceof Error ? { message: error.message } : error },
        'dependency unavailable',
      );
      return {
        message: UNAVAILABLE_MESSAGE_TEXT,
        path: formatted.path,
        locations: formatted.locations,
        extensions: unavailableError(),
      };
    }
    if (!formatted.path && error instanceof GraphQLError && !error.originalError) {
      // Parse or validation problem without a code: the request itself is wrong.
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      };
    }
    const reference = randomUUID();
    logger.error(
      { reference, err: error instanceof Error ? { message: error.message, stack: error.stack } : error },
      'unexpected error',
    );
    return {
      message: `An unexpected error occurred (reference ${reference}).`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
    };
  };
}

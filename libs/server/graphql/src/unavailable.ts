import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  isUnavailableError,
  UNAVAILABLE_MESSAGE_TEXT,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
  unavailableError,
} from './errors';

/** HTTP statuses of a subgraph that is there but cannot serve (a proxy's 502/504, a drain's 503). */
const UNAVAILABLE_STATUS = new Set([502, 503, 504]);

/**
 * For the gateway's data sources (`didEncounterError`): a subgraph that refused the connection, reset
 * it, or answered 502/503/504 is unavailable, not broken. The error gets the stable code
 * SERVICE_UNAVAILABLE (the formatter passes it through); anything else stays as it was.
 */
export function subgraphUnavailable(error: unknown, subgraph: string): unknown {
  const status = (error as { extensions?: { response?: { status?: unknown } } } | null)?.extensions?.response
    ?.status;
  const unavailable =
    (typeof status === 'number' && UNAVAILABLE_STATUS.has(status)) ||
    (!(error instanceof GraphQLError) && isUnavailableError(error));
  if (!unavailable) return error;
  return new GraphQLError(UNAVAILABLE_MESSAGE_TEXT, {
    extensions: { ...unavailableError(), subgraph },
    originalError: error instanceof Error ? error : undefined,
  });
}

/** A response is unavailable as a whole when it has errors, all SERVICE_UNAVAILABLE, and no data. */
export function isUnavailableResponse(result: {
  data?: Record<string, unknown> | null;
  errors?: readonly { extensions?: Record<string, unknown> }[];
}): boolean {
  const errors = result.errors ?? [];
  if (!errors.length || !errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return false;
  return !result.data || Object.values(result.data).every((v) => v === null);
}

/**
 * When nothing can be returned because a dependency is down, the answer is HTTP 503 with Retry-After
 * (not 200 or 500): clients and proxies know to try again in a moment. A partial answer stays 200.
 */
export const unavailableStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (!isUnavailableResponse(response.body.singleResult)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      },
    };
  },
};

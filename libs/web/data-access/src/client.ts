import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange } from '@urql/core';
import { fromCombinedError } from './errors';
import { IDEMPOTENCY_HEADER } from './retry';

/**
 * The one GraphQL client (urql): typed documents, a document cache that refetches the queries a
 * mutation's result types touch, and the signed-in user's token on every request. The shell creates it
 * and hands it to every remote; urql is a Module Federation singleton like React. A mutation sent with
 * an `idempotencyKey` in its context (useSend does so) carries it as the `Idempotency-Key` header.
 */
export function createDataClient(params: {
  url: string;
  token: () => string | null;
  onUnauthenticated(): void;
}): Client {
  return new Client({
    url: params.url,
    // The gateway takes POST only (no GET queries through caches or logs).
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const token = params.token();
      return { headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>) };
    },
    exchanges: [
      cacheExchange,
      mapExchange({
        onOperation(operation) {
          const key: unknown = operation.context.idempotencyKey;
          if (operation.kind !== 'mutation' || typeof key !== 'string') return operation;
          const base = operation.context.fetchOptions;
          return makeOperation(operation.kind, operation, {
            ...operation.context,
            fetchOptions: (): RequestInit => {
              const options = (typeof base === 'function' ? base() : base) ?? {};
              return {
                ...options,
                headers: { ...(options.headers as Record<string, string>), [IDEMPOTENCY_HEADER]: key },
              };
            },
          });
        },
        onError(error) {
          if (fromCombinedError(error).code === 'UNAUTHENTICATED') params.onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}

import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { fromCombinedError } from './errors';

/**
 * The one GraphQL client (urql): typed documents, a document cache that refetches the queries a
 * mutation's result types touch, and the signed-in user's token on every request. The shell creates it
 * and hands it to every remote; urql is a Module Federation singleton like React.
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
        onError(error) {
          if (fromCombinedError(error).code === 'UNAUTHENTICATED') params.onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}

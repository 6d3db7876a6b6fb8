export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{
    message: string;
    extensions?: {
      code?: string;
      problems?: { field: string; message: string }[];
      /** The message's stable key and parameters (the web translates it). */
      i18n?: { key: string; params?: Record<string, unknown> };
    };
  }>;
}

/** Posts a GraphQL operation, with a bearer token when given. */
export async function graphql<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

export const errorCodes = (r: GraphQLResponse): (string | undefined)[] =>
  (r.errors ?? []).map((e) => e.extensions?.code);

/**
 * What the shell hands every remote: a way to call the GraphQL API with the signed-in user's token, and
 * who that user is. Passed as props, because React contexts do not cross separately built remotes.
 */
export interface Session {
  username: string;
  party: string;
  roles: string[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export type GraphQLRequest = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface RemoteAppProps {
  request: GraphQLRequest;
  session: Session;
}

/** Creates the request function; `onUnauthenticated` lets the shell send the user to sign in again. */
export function createGraphQLRequest(params: {
  url: string;
  token: () => string | null;
  onUnauthenticated(): void;
}): GraphQLRequest {
  return async (query, variables) => {
    const token = params.token();
    const res = await fetch(params.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json().catch(() => ({}))) as {
      data?: any;
      errors?: { message: string; extensions?: { code?: string; problems?: FieldProblem[] } }[];
    };
    const first = body.errors?.[0];
    if (first) {
      const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      if (code === 'UNAUTHENTICATED') params.onUnauthenticated();
      throw new GraphQLRequestError(first.message, code, first.extensions?.problems ?? []);
    }
    if (!res.ok) throw new GraphQLRequestError(`HTTP ${res.status}`, 'INTERNAL_SERVER_ERROR');
    return body.data;
  };
}

/** Reads the claims of a JWT access token (no verification: the API verifies; the UI only adapts). */
export function sessionFromAccessToken(token: string): Session {
  const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as {
    preferred_username?: string;
    sub?: string;
    party?: string;
    realm_access?: { roles?: string[] };
  };
  return {
    username: payload.preferred_username ?? payload.sub ?? '',
    party: payload.party ?? '',
    roles: payload.realm_access?.roles ?? [],
  };
}

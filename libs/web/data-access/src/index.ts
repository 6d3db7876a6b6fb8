import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, stringifyDocument } from '@urql/core';
import { GraphQLRequestError, requestErrorOf } from './errors';

export * from './errors';
export { createDataClient } from './client';
export { DataProvider, DataView, useAction, useData, useSend } from './data';
export type { DataResult } from './data';
export { useErrorText } from './error-text';
export type { ErrorText } from './error-text';

/**
 * What the shell hands every remote: a way to call the GraphQL API with the signed-in user's token, and
 * who that user is. Passed as props, because React contexts do not cross separately built remotes.
 */
export interface Session {
  username: string;
  party: string;
  roles: string[];
}

export interface RequestOptions {
  /** Called as the request body goes out (0..1): for uploads of evidence files. */
  onUploadProgress?(fraction: number): void;
}

/** Sends one operation: a typed document from `graphql(...)` (see ./gql, generated) or, rarely, a string. */
export type GraphQLRequest = <T = any, V = any>(
  query: TypedDocumentNode<T, V> | string,
  variables?: V,
  options?: RequestOptions,
) => Promise<T>;

interface RawResponse {
  ok: boolean;
  status: number;
  body: {
    data?: any;
    errors?: { message: string; extensions?: { code?: string; problems?: unknown; i18n?: unknown } }[];
  };
}

/** fetch cannot report upload progress; XMLHttpRequest can. Same request, same answer. */
function postWithProgress(
  url: string,
  headers: Record<string, string>,
  body: string,
  onProgress: (f: number) => void,
) {
  return new Promise<RawResponse>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let parsed: RawResponse['body'] = {};
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = {};
      }
      onProgress(1);
      resolve({ ok: xhr.status >= 200 && xhr.status < 300, status: xhr.status, body: parsed });
    };
    xhr.onerror = () => reject(new GraphQLRequestError('The network request failed.', 'NETWORK_ERROR'));
    xhr.send(body);
  });
}

export interface RemoteAppProps {
  /** The one GraphQL client (urql); features read and change data through `useData`/`useAction`. */
  client: Client;
  /** Only for uploads that report progress (evidence files). */
  request: GraphQLRequest;
  session: Session;
}

/** Creates the request function; `onUnauthenticated` lets the shell send the user to sign in again. */
export function createGraphQLRequest(params: {
  url: string;
  token: () => string | null;
  onUnauthenticated(): void;
}): GraphQLRequest {
  return async (query, variables, options) => {
    const token = params.token();
    const headers = {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    const text = typeof query === 'string' ? query : stringifyDocument(query);
    const payload = JSON.stringify({ query: text, variables });
    const res: RawResponse = options?.onUploadProgress
      ? await postWithProgress(params.url, headers, payload, options.onUploadProgress)
      : await fetch(params.url, { method: 'POST', headers, body: payload }).then(async (r) => ({
          ok: r.ok,
          status: r.status,
          body: (await r.json().catch(() => ({}))) as RawResponse['body'],
        }));
    const first = res.body.errors?.[0];
    if (first) {
      const error = requestErrorOf(first);
      if (error.code === 'UNAUTHENTICATED') params.onUnauthenticated();
      throw error;
    }
    if (!res.ok)
      throw new GraphQLRequestError(
        `HTTP ${res.status}`,
        // A proxy's or a stopping server's answer without a body: unavailable for now, try again.
        [502, 503, 504].includes(res.status) ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR',
      );
    return res.body.data;
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

export { graphql } from './gql';
export type { TypedDocumentNode } from '@graphql-typed-document-node/core';
/** The supergraph's types (enums as string unions) and each operation's result and variables types. */
export type * from './gql/graphql';

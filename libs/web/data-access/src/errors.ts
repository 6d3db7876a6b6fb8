import type { CombinedError } from '@urql/core';

/** One field's problem: the server's English text, and its message key and parameters for the UI. */
export interface FieldProblem {
  field: string;
  message: string;
  key?: string;
  params?: Record<string, string | number>;
}

/** What the server sends to say an error in the user's language (libs/server/graphql/src/errors.ts). */
export interface ErrorI18n {
  key: string;
  params: Record<string, string | number>;
  problems?: { field: string; key: string; params: Record<string, string | number> }[];
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly problems: FieldProblem[] = [],
    readonly i18n?: ErrorI18n,
    /** The server's reference of an unexpected error, under which its log has the details. */
    readonly reference?: string,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/**
 * Whether an error is the API's refusal. Not `instanceof`: the shell creates the error and each remote
 * bundles its own copy of this module, so the classes differ across the federation boundary.
 */
export const isGraphQLRequestError = (e: unknown): e is GraphQLRequestError =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'GraphQLRequestError';

interface RawError {
  message: string;
  extensions?: { code?: unknown; problems?: unknown; i18n?: unknown; reference?: unknown };
}

/** The first error of an answer, as one GraphQLRequestError: its problems carry their keys. */
export function requestErrorOf(raw: RawError): GraphQLRequestError {
  const ext = raw.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  const i18n = (ext.i18n ?? undefined) as ErrorI18n | undefined;
  const problems = ((ext.problems ?? []) as { field: string; message: string }[]).map((p, i) => {
    const keyed = i18n?.problems?.find((q) => q.field === p.field) ?? i18n?.problems?.[i];
    return { ...p, ...(keyed ? { key: keyed.key, params: keyed.params } : {}) };
  });
  const reference = typeof ext.reference === 'string' ? ext.reference : undefined;
  return new GraphQLRequestError(raw.message, code, problems, i18n, reference);
}

/** urql's error (GraphQL errors or a network failure) as the one error type the UI reads. */
export function fromCombinedError(error: CombinedError): GraphQLRequestError {
  const first = error.graphQLErrors[0];
  if (first) return requestErrorOf(first);
  const status = (error.response as { status?: number } | undefined)?.status;
  return new GraphQLRequestError(
    error.networkError?.message ?? error.message,
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 502 || status === 503 || status === 504
        ? 'SERVICE_UNAVAILABLE'
        : 'NETWORK_ERROR',
  );
}

export const toRequestError = (e: unknown): GraphQLRequestError =>
  isGraphQLRequestError(e)
    ? e
    : new GraphQLRequestError(e instanceof Error ? e.message : String(e), 'INTERNAL_SERVER_ERROR');

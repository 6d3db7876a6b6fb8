import { ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnyVariables, DocumentInput, Provider, useClient, useQuery } from 'urql';
import type { Client } from '@urql/core';
import type { DocumentNode } from 'graphql';
import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { fromCombinedError, GraphQLRequestError } from './errors';
import { useErrorText } from './error-text';
import { IdempotencyKeys, isTransient, withRetries } from './retry';

/** Gives a remote's tree the shell's client (props cross the federation boundary; contexts need this). */
export function DataProvider(props: { client: Client; children: ReactNode }) {
  return <Provider value={props.client}>{props.children}</Provider>;
}

export interface DataResult<Data> {
  data: Data | undefined;
  fetching: boolean;
  error: GraphQLRequestError | null;
  /** Asks the server again (the retry button, and after a change that the cache cannot see). */
  refetch(): void;
}

/** Reads a query: the one way features fetch. `pause` waits until the variables are known. */
export function useData<Data, Variables extends AnyVariables>(
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  options: { pause?: boolean } = {},
): DataResult<Data> {
  const [result, reexecute] = useQuery<Data, Variables>({
    query,
    variables,
    pause: options.pause,
  } as Parameters<typeof useQuery<Data, Variables>>[0]);
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const error = useMemo(() => (result.error ? fromCombinedError(result.error) : null), [result.error]);
  // A refused query answers `data: null`; while it is asked again, that is "no data yet", not data.
  return { data: result.data ?? undefined, fetching: result.fetching, error, refetch };
}

/**
 * A mutation (or a query run on demand, such as a download) as a function that resolves to its data and
 * throws a GraphQLRequestError: forms catch it and show it with `useErrorText`.
 */
export function useAction<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
): [(variables: Variables) => Promise<Data>, { fetching: boolean }] {
  const send = useSend();
  const [fetching, setFetching] = useState(false);
  const run = useCallback(
    async (variables: Variables) => {
      setFetching(true);
      try {
        return await send(document, variables);
      } finally {
        setFetching(false);
      }
    },
    [send, document],
  );
  return [run, { fetching }];
}

/**
 * Variables without the `__typename` that urql adds to every result: a form that edits a fetched object
 * and sends it back must not send it (input types have no such field).
 */
const withoutTypename = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutTypename)
    : value !== null && typeof value === 'object' && !(value instanceof Blob)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => k !== '__typename')
            .map(([k, v]) => [k, withoutTypename(v)]),
        )
      : value;

const operationOf = (document: unknown): string => {
  const definition = (document as DocumentNode).definitions?.find((d) => d.kind === 'OperationDefinition');
  return definition?.kind === 'OperationDefinition'
    ? (definition.name?.value ?? (document as DocumentNode).loc?.source.body ?? '')
    : String(document);
};

/**
 * Like `useAction`, for a component that sends one of several documents. A mutation is retry-safe: it
 * carries an idempotency key, fresh per action, and is sent again with the same key (twice, after a
 * pause) when the answer says it may not have arrived (retry.ts); a manual retry of the same request
 * after such a failure keeps the key too, so the server does it at most once.
 */
export function useSend() {
  const client = useClient();
  const keys = useMemo(() => new IdempotencyKeys(), []);
  return useCallback(
    async <Data, Variables extends AnyVariables>(
      document: DocumentInput<Data, Variables>,
      variables: Variables,
    ): Promise<Data> => {
      const isQuery = (document as DocumentNode).definitions?.some(
        (d) => d.kind === 'OperationDefinition' && d.operation === 'query',
      );
      const clean = withoutTypename(variables) as Variables;
      if (isQuery) {
        const result = await client.query(document, clean, { requestPolicy: 'network-only' }).toPromise();
        if (result.error) throw fromCombinedError(result.error);
        return result.data as Data;
      }
      const request = JSON.stringify([operationOf(document), clean]);
      const idempotencyKey = keys.keyFor(request);
      const result = await withRetries(
        () => client.mutation(document, clean, { idempotencyKey }).toPromise(),
        (r) => !!r.error && isTransient(r.error),
      );
      keys.settle(request, idempotencyKey, !!result.error && isTransient(result.error));
      if (result.error) throw fromCombinedError(result.error);
      return result.data as Data;
    },
    [client, keys],
  );
}

/**
 * Loading, error and retry in one place: shows "loading" until the first answer, the error in the user's
 * language with a retry button, and else its children with the data.
 */
export function DataView<Data>(props: {
  result: DataResult<Data>;
  children: (data: Data) => ReactNode;
  /** Instead of the error, e.g. NOT_FOUND meaning "none yet". */
  onError?: (error: GraphQLRequestError) => ReactNode | undefined;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, error, fetching, refetch } = props.result;
  if (error) {
    const instead = props.onError?.(error);
    if (instead !== undefined) return <>{instead}</>;
    return (
      <Alert type="error">
        <span style={{ whiteSpace: 'pre-line' }}>{errorText(error).message}</span>{' '}
        <Button appearance="secondary-action-button" disabled={fetching} onClick={refetch}>
          {t('errors.retry')}
        </Button>
      </Alert>
    );
  }
  if (data === undefined) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  return <>{props.children(data)}</>;
}

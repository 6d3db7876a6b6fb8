import { gql } from '@urql/core';
import { createDataClient } from './client';

/** What the shell's one client puts on the wire: the token always, the idempotency key on a mutation. */
describe('the data client', () => {
  const sent: Record<string, string>[] = [];
  const realFetch = globalThis.fetch;
  beforeAll(() => {
    globalThis.fetch = (async (_url: string, init: RequestInit) => {
      sent.push(init.headers as Record<string, string>);
      return new Response(JSON.stringify({ data: { ok: true } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
  const client = createDataClient({
    url: 'http://platform.test/graphql',
    token: () => 'token-1',
    onUnauthenticated: () => undefined,
  });

  it('sends a mutation with its key, next to the token', async () => {
    await client
      .mutation(
        gql`
          mutation {
            ok
          }
        `,
        {},
        { idempotencyKey: 'key-00000001' },
      )
      .toPromise();
    expect(sent.at(-1)).toEqual(
      expect.objectContaining({ authorization: 'Bearer token-1', 'idempotency-key': 'key-00000001' }),
    );
  });

  it('sends a query, or a mutation without a key, without one', async () => {
    await client
      .query(
        gql`
          query {
            ok
          }
        `,
        {},
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    expect(sent.at(-1)).not.toHaveProperty('idempotency-key');
    await client
      .mutation(
        gql`
          mutation {
            ok
          }
        `,
        {},
      )
      .toPromise();
    expect(sent.at(-1)).toEqual(expect.objectContaining({ authorization: 'Bearer token-1' }));
    expect(sent.at(-1)).not.toHaveProperty('idempotency-key');
  });
});

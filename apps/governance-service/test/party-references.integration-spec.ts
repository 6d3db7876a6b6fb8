import { InProcessTransport } from '@mkib/server-messaging';
import { RunningService, startService } from '@mkib/server-runtime';
import {
  countStatements,
  createTestDatabase,
  graphql,
  startTestIssuer,
  TestDatabase,
  TestIssuer,
} from '@mkib/testing';
import { governanceService } from '../src/governance.service-definition';

/**
 * No N+1 on the party register: every `Party` reference of a request (the gateway sends them in one
 * `_entities` call, e.g. for `facilities { usedBy }`) and every `medegebruikers` and
 * `responsibleHoofdgebruiker` are read in one query per kind, however many there are.
 */
let db: TestDatabase;
let issuer: TestIssuer;
let service: RunningService;
let token: string;

beforeAll(async () => {
  db = (await createTestDatabase())!;
  issuer = await startTestIssuer();
  service = await startService(governanceService, {
    database: { url: db.url },
    transport: new InProcessTransport(),
    issuer: issuer.issuer,
    jwksUrl: issuer.jwksUrl,
    host: '127.0.0.1',
    port: 0,
    development: false,
  });
  token = await issuer.token('viewer@politie', 'politie', ['viewer']);
});

afterAll(async () => {
  await service?.stop();
  await issuer?.stop();
  await db?.drop();
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Party { code name medegebruikers { code } responsibleHoofdgebruiker { code } } } }`;
const USED_BY = ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie', 'handhaving-amsterdam'];

async function resolveReferences(facilities: number) {
  const representations = Array.from({ length: facilities }, () =>
    USED_BY.map((code) => ({ __typename: 'Party', code })),
  ).flat();
  const { result, statements } = await countStatements(() =>
    graphql(service.url, ENTITIES, { r: representations }, token),
  );
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toHaveLength(representations.length);
  return statements;
}

describe('Party references and fields are batched per request', () => {
  it('reads the parties of 6 and of 60 facilities in the same two statements', async () => {
    const six = await resolveReferences(6);
    const sixty = await resolveReferences(60);
    // the parties, then their medegebruikers (the responsible hoofdgebruiker is one of the parties read)
    expect(six).toHaveLength(2);
    expect(sixty).toHaveLength(2);
  });

  it('answers an unknown party with NOT_FOUND and its message key', async () => {
    const r = await graphql(service.url, ENTITIES, { r: [{ __typename: 'Party', code: 'nope' }] }, token);
    expect(r.errors?.[0]).toEqual(
      expect.objectContaining({
        message: 'There is no party with code "nope".',
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    );
  });

  it('lists the register with medegebruikers in three statements', async () => {
    const { result, statements } = await countStatements(() =>
      graphql(
        service.url,
        '{ parties { code medegebruikers { code } responsibleHoofdgebruiker { code } } }',
        {},
        token,
      ),
    );
    expect(result.data.parties.find((p: { code: string }) => p.code === 'politie').medegebruikers).toEqual([
      { code: 'handhaving-amsterdam' },
    ]);
    expect(statements).toHaveLength(3);
  });
});

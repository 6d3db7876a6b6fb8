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
import { riskService } from '../src/risk.service-definition';

/**
 * No N+1 on the facility register: the `Facility` references of a request (one `_entities` call from
 * the gateway) and the `history` of every facility are read in one query per kind, for 6 facilities
 * as for 60.
 */
let db: TestDatabase;
let issuer: TestIssuer;
let service: RunningService;
let token: string;

beforeAll(async () => {
  db = (await createTestDatabase())!;
  issuer = await startTestIssuer();
  service = await startService(riskService, {
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

const LIST = '{ facilities { code bbn history { bbn classifiedBy } usedBy { code } } }';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { code bbn history { bbn } } } }`;

async function statementsFor(query: string, variables: Record<string, unknown> = {}) {
  const { result, statements } = await countStatements(() => graphql(service.url, query, variables, token));
  expect(result.errors).toBeUndefined();
  return { data: result.data, statements };
}

describe('Facility references and history are batched per request', () => {
  it('reads 6 and 60 facilities with their history in the same statements', async () => {
    const codes = async () =>
      (await db.query(`SELECT code FROM risk.facility ORDER BY code`)).map((r: { code: string }) => r.code);
    const six = await statementsFor(LIST);
    expect(six.data.facilities).toHaveLength(6);
    const sixRefs = await statementsFor(ENTITIES, {
      r: (await codes()).map((code) => ({ __typename: 'Facility', code })),
    });

    await db.query(`INSERT INTO risk.facility (code, name, description, components, used_by, biv_beschikbaarheid,
      biv_integriteit, biv_vertrouwelijkheid, bbn, review_due)
      SELECT 'X' || i, 'Extra ' || i, 'extra', '[]', ARRAY['politie'], 'HOOG', 'HOOG', 'HOOG', 2, '2027-06-30'
      FROM generate_series(1, 54) i`);
    await db.query(`INSERT INTO risk.facility_classification (id, facility_code, biv_beschikbaarheid, biv_integriteit,
      biv_vertrouwelijkheid, bbn, rationale, review_due, classified_by, classified_by_party, classified_at)
      SELECT gen_random_uuid(), code, 'HOOG', 'HOOG', 'HOOG', 2, 'test', '2027-06-30', 'test', 'lms', now()
      FROM risk.facility WHERE code LIKE 'X%'`);
    const sixty = await statementsFor(LIST);
    expect(sixty.data.facilities).toHaveLength(60);
    expect(sixty.data.facilities.find((f: { code: string }) => f.code === 'X7').history).toEqual([
      { bbn: 2, classifiedBy: 'test' },
    ]);
    const sixtyRefs = await statementsFor(ENTITIES, {
      r: (await codes()).map((code) => ({ __typename: 'Facility', code })),
    });
    expect(sixtyRefs.data._entities).toHaveLength(60);

    // the facilities, then their history
    expect(six.statements).toHaveLength(2);
    expect(sixty.statements).toHaveLength(2);
    expect(sixRefs.statements).toHaveLength(2);
    expect(sixtyRefs.statements).toHaveLength(2);
  });

  it('answers an unknown facility reference with NOT_FOUND and its message key', async () => {
    const r = await graphql(service.url, ENTITIES, { r: [{ __typename: 'Facility', code: 'NOPE' }] }, token);
    expect(r.errors?.[0].message).toMatch(/no facility with code "NOPE"/);
    expect(r.errors?.[0].extensions).toEqual(
      expect.objectContaining({
        code: 'NOT_FOUND',
        i18n: expect.objectContaining({ key: 'risk.facility.notFound' }),
      }),
    );
  });
});

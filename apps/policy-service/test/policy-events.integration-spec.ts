import {
  adoptPolicyChange,
  createTestDatabase,
  errorCodes,
  graphql,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/**
 * The policy service's events on a real PostgreSQL server: the common catalogue and the BBN profile
 * change only by an adopted change proposal (SK-3.1), whose adoption leaves each change's event in the
 * outbox with its audit entry; the direct mutations are refused and leave none.
 */
let db: TestDatabase;
let platform: PlatformProcess;
const tokens = new Map<string, string>();
const as = (account: string) => (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, tokens.get(account)!);
const lms = as('lms-operator@lms');
// The catalogue's and the profile's own events (what applies to whom is published alongside).
const outbox = () =>
  db.query(
    `SELECT envelope->>'type' AS type, envelope->'data' AS data FROM policy.outbox
      WHERE envelope->>'type' IN ('policy.catalogue.changed', 'policy.profile.changed') ORDER BY seq`,
  );
const audit = (actions: string[]) =>
  db.query(`SELECT action, subject FROM policy.audit_log WHERE action = ANY($1) ORDER BY seq`, [actions]);
const IMPORT = `mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { imported } }`;
const META = { name: 'Eventnorm', version: '1', publisher: 'MKIB', licence: 'CC0 1.0' };
const EVENT_FRAMEWORK = {
  code: 'EVENT',
  format: 'CSV',
  content: 'identifier,kind,parent\nA,THEMA,\nA.1,CONTROL,A\n',
  metadata: META,
};
const PROFILE = {
  rationale: 'event test',
  levels: [
    { bbn: 1, measures: [{ frameworkCode: 'BIO2', identifier: '5.15.01' }] },
    // A measure of the framework the same proposal imports.
    { bbn: 2, measures: [{ frameworkCode: 'EVENT', identifier: 'A.1' }] },
    { bbn: 3, measures: [] },
  ],
};

beforeAll(async () => {
  db = (await createTestDatabase())!;
  platform = await startPlatformProcess({ MKIB_DATABASE_URL: db.url });
  for (const username of POLICY_FLOW_ACCOUNTS)
    tokens.set(
      username,
      (await signIn({ baseUrl: platform.baseUrl, username, password: 'demo' })).accessToken,
    );
});
afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe('[SK-2.1] [SK-3.1] policy events', () => {
  it('the direct import and profile publication are refused (CONFLICT) and write no event, no audit entry', async () => {
    const imported = await lms(IMPORT, { i: { ...EVENT_FRAMEWORK, dryRun: false } });
    expect(errorCodes(imported)).toEqual(['CONFLICT']);
    expect(imported.errors![0].message).toContain('draftChangeProposal');
    const published = await lms(
      `mutation($i: PublishBbnProfileInput!) { publishBbnProfile(input: $i) { version } }`,
      { i: PROFILE },
    );
    expect(errorCodes(published)).toEqual(['CONFLICT']);
    expect(await outbox()).toEqual([]);
    expect(await audit(['framework.created', 'bbn-profile.published'])).toEqual([]);
  });

  it('an adopted proposal emits policy.catalogue.changed and policy.profile.changed with what changed', async () => {
    const adopted = await adoptPolicyChange(as, {
      change: { frameworkImports: [{ ...EVENT_FRAMEWORK, mode: 'CREATE' }], bbnProfile: PROFILE },
    });
    expect(adopted.version).toBe(2);
    expect(await outbox()).toEqual([
      {
        type: 'policy.catalogue.changed',
        data: {
          change: 'FRAMEWORK_CREATED',
          frameworkCodes: ['EVENT'],
          ownerParty: null,
          added: 2,
          updated: 0,
          removed: 0,
        },
      },
      {
        type: 'policy.profile.changed',
        data: {
          change: 'BBN_PROFILE_PUBLISHED',
          profileVersion: 2,
          facilityCode: null,
          party: null,
          applicableCounts: [1, 2, 2],
        },
      },
    ]);
    expect(await audit(['framework.created', 'bbn-profile.published'])).toEqual([
      { action: 'framework.created', subject: 'EVENT' },
      { action: 'bbn-profile.published', subject: 'v2' },
    ]);
  });
});

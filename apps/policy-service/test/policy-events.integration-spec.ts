import {
  createTestDatabase,
  errorCodes,
  graphql,
  PlatformProcess,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/**
 * The policy service's events on a real PostgreSQL server: a catalogue change and a profile change each
 * leave exactly one event in the outbox, in the same transaction as the change and its audit entry; a
 * refused import leaves none.
 */
let db: TestDatabase;
let platform: PlatformProcess;
let lms: string;
const api = (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, lms);
// The catalogue's and the profile's own events (what applies to whom is published alongside; see below).
const outbox = () =>
  db.query(
    `SELECT envelope->>'type' AS type, envelope->'data' AS data FROM policy.outbox
      WHERE envelope->>'type' IN ('policy.catalogue.changed', 'policy.profile.changed') ORDER BY seq`,
  );
const audit = () =>
  db.query(
    `SELECT action, subject FROM policy.audit_log WHERE action NOT LIKE 'facility-state.%' ORDER BY seq`,
  );
const IMPORT = `mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { imported } }`;
const META = { name: 'Eventnorm', version: '1', publisher: 'MKIB', licence: 'CC0 1.0' };

beforeAll(async () => {
  db = (await createTestDatabase())!;
  platform = await startPlatformProcess({ MKIB_DATABASE_URL: db.url });
  lms = (await signIn({ baseUrl: platform.baseUrl, username: 'lms-operator@lms', password: 'demo' }))
    .accessToken;
});
afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe('[SK-2.1] policy events', () => {
  it('a refused import writes no event and no audit entry', async () => {
    const r = await api(IMPORT, {
      i: {
        code: 'EVENT',
        format: 'CSV',
        content: 'identifier,kind,parent\nA,THEMA,\nA.1,CONTROL,B\n',
        metadata: META,
        dryRun: false,
      },
    });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(await outbox()).toEqual([]);
    expect(await audit()).toEqual([]);
  });

  it('an import emits policy.catalogue.changed with what changed', async () => {
    const r = await api(IMPORT, {
      i: {
        code: 'EVENT',
        format: 'CSV',
        content: 'identifier,kind,parent\nA,THEMA,\nA.1,CONTROL,A\n',
        metadata: META,
        dryRun: false,
      },
    });
    expect(r.data.importFramework.imported).toBe(true);
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
    ]);
  });

  it('publishing a BBN profile emits policy.profile.changed with the counts per level', async () => {
    const r = await api(
      `mutation($i: PublishBbnProfileInput!) { publishBbnProfile(input: $i) { version } }`,
      {
        i: {
          rationale: 'event test',
          levels: [
            { bbn: 1, measures: [{ frameworkCode: 'BIO2', identifier: '5.15.01' }] },
            { bbn: 2, measures: [{ frameworkCode: 'EVENT', identifier: 'A.1' }] },
            { bbn: 3, measures: [] },
          ],
        },
      },
    );
    expect(r.data.publishBbnProfile.version).toBe(2);
    const events = await outbox();
    expect(events).toHaveLength(2);
    expect(events[1]).toEqual({
      type: 'policy.profile.changed',
      data: {
        change: 'BBN_PROFILE_PUBLISHED',
        profileVersion: 2,
        facilityCode: null,
        party: null,
        applicableCounts: [1, 2, 2],
      },
    });
    expect(await audit()).toEqual([
      { action: 'framework.created', subject: 'EVENT' },
      { action: 'bbn-profile.published', subject: 'v2' },
    ]);
  });
});

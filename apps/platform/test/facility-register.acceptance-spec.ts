import {
  createTestDatabase,
  errorCodes,
  eventually,
  graphql,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/**
 * The facility register through the gateway of a running platform, with tokens from the issuer's own
 * sign-in flow. Embedded PostgreSQL in `npm test`; a real PostgreSQL server in `npm run test:integration`.
 */
let platform: PlatformProcess;
let db: TestDatabase | null;
const tokens: Record<string, string> = {};

const FACILITY = `query($code: ID!) { facility(code: $code) {
  code bbn reviewDue biv { beschikbaarheid integriteit vertrouwelijkheid }
  supplementaryAnalysis { status reason } history { bbn rationale classifiedBy classifiedByParty }
  usedBy { code name kind } } }`;
const CLASSIFY = `mutation($input: ClassifyFacilityInput!) { classifyFacility(input: $input) { code bbn supplementaryAnalysis { status } } }`;
const SIGNALS = `{ smbSignals { total items { kind subject summary actor } } }`;
const AUDIT = `{ riskAuditLog { entries intact problems { seq problem } } governanceAuditLog { entries intact } }`;

/**
 * The audit logs once nothing has been written for two seconds: after a fresh start the services still
 * handle each other's start-up events (the facilities announced with their review dates) for a while.
 */
async function quietAudit() {
  let last = JSON.stringify((await api(AUDIT, {}, as('auditor@jenv'))).data);
  for (let quiet = 0, i = 0; quiet < 4 && i < 60; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = JSON.stringify((await api(AUDIT, {}, as('auditor@jenv'))).data);
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  return JSON.parse(last);
}

const gms3 = {
  facilityCode: 'GMS',
  biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
  bbn: 3,
  rationale: 'Dreiging door statelijke actoren op het meldkamersysteem',
  reviewDue: isoDay(365),
};

const as = (account: string) => tokens[account];
const api = (query: string, variables?: Record<string, unknown>, token?: string) =>
  graphql(platform.graphqlUrl, query, variables, token);

beforeAll(async () => {
  db = await createTestDatabase();
  platform = await startPlatformProcess(db ? { MKIB_DATABASE_URL: db.url } : {});
  for (const account of [
    'lms-operator@lms',
    'security-officer@politie',
    'smb-member@smb',
    'auditor@jenv',
    'viewer@ambulance',
  ]) {
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  }
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe('facility register through the gateway', () => {
  it('[SK-T1] lists the six facilities of the regulation with their components', async () => {
    const r = await api(
      `{ facilities { code name components { name kind usedOutsideMeldkamer } } }`,
      {},
      as('viewer@ambulance'),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.facilities.map((f: { code: string }) => f.code).sort()).toEqual([
      'GMS',
      'HUISVESTING',
      'IVICT',
      'OIS',
      'SPOEDRESPONS',
      'SPOEDVRAAG',
    ]);
    const c2000 = r.data.facilities.find((f: { code: string }) => f.code === 'SPOEDRESPONS');
    expect(c2000.components).toContainEqual(
      expect.objectContaining({ kind: 'TERMINAL', usedOutsideMeldkamer: true }),
    );
  });

  it('[SK-T2] resolves the users of C2000 to full parties across subgraphs: Defensie, not the KMar', async () => {
    const r = await api(FACILITY, { code: 'SPOEDRESPONS' }, as('security-officer@politie'));
    expect(r.errors).toBeUndefined();
    const users = r.data.facility.usedBy;
    expect(users.map((p: { code: string }) => p.code)).toEqual([
      'politie',
      'ambulance',
      'brandweer',
      'defensie',
    ]);
    expect(users.find((p: { code: string }) => p.code === 'defensie')).toEqual(
      expect.objectContaining({ kind: 'HOOFDGEBRUIKER', name: expect.stringContaining('Defensie') }),
    );
    const gms = await api(FACILITY, { code: 'GMS' }, as('security-officer@politie'));
    expect(gms.data.facility.usedBy.map((p: { code: string }) => p.code)).toContain('kmar');
  });

  it('reports every service and its database ready on /health', async () => {
    const res = await fetch(`${platform.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      phase: 'running',
      governance: 'up',
      policy: 'up',
      risk: 'up',
      icv: 'up',
      events: 'up',
    });
    for (const probe of ['live', 'ready', 'startup'])
      expect({ probe, status: (await fetch(`${platform.baseUrl}/health/${probe}`)).status }).toEqual({
        probe,
        status: 200,
      });
  });

  it('reports events flowing on /health/events: outboxes drained, every consumer group assigned', async () => {
    const res = await fetch(`${platform.baseUrl}/health/events`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'flowing',
      problems: [],
      transport: { kind: 'in-process', error: null },
    });
    expect(body.outboxes.map((o: { schema: string }) => o.schema).sort()).toEqual([
      'governance',
      'icv',
      'policy',
      'risk',
    ]);
    expect(body.transport.groups.every((g: { joined: boolean }) => g.joined)).toBe(true);
  });

  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const r = await api(`{ facilities { code } }`);
    expect(r.status).toBe(401);
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a politie user who tries to classify with FORBIDDEN, and nothing changes', async () => {
    const r = await api(CLASSIFY, { input: gms3 }, as('security-officer@politie'));
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    const after = await api(FACILITY, { code: 'GMS' }, as('security-officer@politie'));
    expect(after.data.facility.bbn).toBe(2);
  });

  it('refuses a missing rationale (BAD_USER_INPUT) and an unknown facility (NOT_FOUND), writing nothing', async () => {
    const auditBefore = await quietAudit();
    const noRationale = await api(CLASSIFY, { input: { ...gms3, rationale: '  ' } }, as('lms-operator@lms'));
    expect(errorCodes(noRationale)).toEqual(['BAD_USER_INPUT']);
    expect(noRationale.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'rationale' }),
    ]);
    const unknown = await api(CLASSIFY, { input: { ...gms3, facilityCode: 'NOPE' } }, as('lms-operator@lms'));
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors![0].message).toMatch(/no facility with code "NOPE"/);

    const gms = await api(FACILITY, { code: 'GMS' }, as('lms-operator@lms'));
    expect(gms.data.facility.history).toHaveLength(1); // only the seeded classification: no row
    expect(gms.data.facility.supplementaryAnalysis).toBeNull();
    expect((await api(AUDIT, {}, as('auditor@jenv'))).data).toEqual(auditBefore); // no audit entry
    expect((await api(SIGNALS, {}, as('smb-member@smb'))).data.smbSignals.total).toBe(0); // no event
  });

  it('[SK-4.3] an LMS operator classifies GMS as BBN3: the supplementary analysis is required and the SMB sees one signal', async () => {
    const r = await api(CLASSIFY, { input: gms3 }, as('lms-operator@lms'));
    expect(r.errors).toBeUndefined();
    expect(r.data.classifyFacility).toEqual({
      code: 'GMS',
      bbn: 3,
      supplementaryAnalysis: { status: 'VEREIST' },
    });

    const gms = await api(FACILITY, { code: 'GMS' }, as('security-officer@politie'));
    expect(gms.data.facility).toEqual(
      expect.objectContaining({
        bbn: 3,
        reviewDue: gms3.reviewDue,
        supplementaryAnalysis: expect.objectContaining({
          status: 'VEREIST',
          reason: expect.stringMatching(/from 2 to 3/),
        }),
      }),
    );
    expect(gms.data.facility.history[0]).toEqual(
      expect.objectContaining({
        bbn: 3,
        classifiedBy: 'lms-operator@lms',
        classifiedByParty: 'lms',
        rationale: gms3.rationale,
      }),
    );

    const signals = await eventually(
      () => api(SIGNALS, {}, as('smb-member@smb')),
      (res) => res.data?.smbSignals.total >= 1,
      'the SMB signal',
    );
    expect(signals.data.smbSignals).toEqual({
      total: 1,
      items: [expect.objectContaining({ kind: 'BBN_VERHOOGD', subject: 'GMS', actor: 'lms-operator@lms' })],
    });
  });

  it('[SK-4.3] classifying GMS again at BBN3 raises no second signal', async () => {
    const r = await api(
      CLASSIFY,
      { input: { ...gms3, rationale: 'Herijking na oefening' } },
      as('lms-operator@lms'),
    );
    expect(r.errors).toBeUndefined();
    const audit = await eventually(
      () => api(AUDIT, {}, as('auditor@jenv')),
      (res) => res.data?.riskAuditLog.entries >= 2,
      'two audit entries',
    );
    expect(audit.data.riskAuditLog).toEqual({ entries: 2, intact: true, problems: [] });
    expect((await api(SIGNALS, {}, as('smb-member@smb'))).data.smbSignals.total).toBe(1);
  });

  it('keeps the SMB feed from a discipline user', async () => {
    const r = await api(SIGNALS, {}, as('security-officer@politie'));
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
  });

  it('answers an invalid query with a validation error, not a server error', async () => {
    const r = await api(`{ facilities { nope } }`, {}, as('viewer@ambulance'));
    expect(r.status).toBe(400);
    expect(errorCodes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

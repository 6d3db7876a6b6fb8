import {
  adoptPolicyChange,
  errorCodes,
  eventually,
  graphql,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The audit trail people read (issue 12, §5): the same paged query in every service, with filters and
 * who/what/when/why/before/after; and whose rows each reader sees.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as = (account: string) => (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, tokens[account]);
const lms = as('lms-operator@lms');
const politie = as('security-officer@politie');
const ambulance = as('viewer@ambulance');
const smb = as('smb-member@smb');
const auditor = as('auditor@jenv');

const SERVICES = ['policy', 'risk', 'icv', 'governance'] as const;
type Service = (typeof SERVICES)[number];
const ENTRY = 'service seq occurredAt actor party action subject reason before after correlationId';
const TRAIL = (service: Service) =>
  `query($f: AuditTrailFilter) { ${service}AuditTrail(filter: $f) { total offset limit entries { ${ENTRY} } } }`;
interface Entry {
  service: string;
  seq: number;
  occurredAt: string;
  actor: string;
  party: string | null;
  action: string;
  subject: string;
  reason: string | null;
  before: string | null;
  after: string | null;
  correlationId: string;
}
interface Page {
  total: number;
  offset: number;
  limit: number;
  entries: Entry[];
}
const trail = async (
  call: ReturnType<typeof as>,
  service: Service,
  filter: Record<string, unknown> = {},
): Promise<Page> => {
  const r = await call(TRAIL(service), { f: { limit: 200, ...filter } });
  expect(r.errors).toBeUndefined();
  return r.data[`${service}AuditTrail`];
};
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of [...POLICY_FLOW_ACCOUNTS, 'viewer@ambulance', 'auditor@jenv'])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;

  // One change of each kind of reader's interest: the LMS classifies a facility (risk, common) and
  // imports a common framework (policy, common: through an adopted policy change, issue 15); politie attaches a framework to its own scope and imports
  // its own framework (policy, politie's).
  const classify = await lms(
    'mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { code } }',
    {
      i: {
        facilityCode: 'GMS',
        biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
        bbn: 3,
        rationale: 'Dreiging door statelijke actoren',
        reviewDue: day(365),
      },
    },
  );
  expect(classify.errors).toBeUndefined();
  const own = await politie(
    'mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { imported } }',
    {
      i: {
        code: 'POLNORM',
        format: 'CSV',
        content: 'identifier,kind,title\nP.1,THEMA,Eigen norm\n',
        metadata: { name: 'Politienorm', version: '1', publisher: 'Politie', licence: 'intern' },
        dryRun: false,
      },
    },
  );
  expect(own.data.importPartyFramework.imported).toBe(true);
  await adoptPolicyChange(as, {
    change: {
      frameworkImports: [
        {
          code: 'GEMEEN',
          format: 'CSV',
          content: 'identifier,kind,title\nG.1,THEMA,Gemeenschappelijk\n',
          metadata: { name: 'Gemeenschappelijk', version: '1', publisher: 'LMS', licence: 'CC0 1.0' },
        },
      ],
    },
  });
  // The policy service records the facility state the risk context announces, in the background.
  await eventually(
    () => trail(auditor, 'policy', { action: 'facility-state.received', subject: 'GMS' }),
    // The seeded state of GMS may arrive before or after: wait for the classified one.
    (page) => page.entries.some((e) => JSON.parse(e.after ?? '{}').bbn === 3),
    'policy to record the classified facility',
  );
  await eventually(
    () => trail(auditor, 'governance', { action: 'smb-signal.recorded' }),
    (page) => page.total === 1,
    'governance to record the raised BBN',
  );
});
afterAll(() => platform?.stop());

describe('the audit trail', () => {
  it('has the same shape in every service, newest first, with who, what, when, why, before and after', async () => {
    for (const service of SERVICES) {
      const page = await trail(auditor, service);
      expect(page.offset).toBe(0);
      expect(page.limit).toBe(200);
      expect(page.total).toBeGreaterThan(0);
      expect(page.entries.every((e) => e.service === service)).toBe(true);
      const seqs = page.entries.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    }
    const [classified] = (await trail(auditor, 'risk', { action: 'facility.classified', subject: 'GMS' }))
      .entries;
    expect(classified).toEqual(
      expect.objectContaining({
        actor: 'lms-operator@lms',
        party: 'lms',
        subject: 'GMS',
        reason: 'Dreiging door statelijke actoren',
      }),
    );
    expect(JSON.parse(classified.after!)).toEqual({ biv: ['HOOG', 'HOOG', 'HOOG'], bbn: 3 });
    expect(JSON.parse(classified.before!)).toEqual(expect.objectContaining({ bbn: expect.any(Number) }));
    expect(new Date(classified.occurredAt).toISOString()).toBe(classified.occurredAt);
    expect(classified.correlationId).toBeTruthy();
  });

  it('filters by actor, party, subject, action (exact or "prefix.") and period, and pages', async () => {
    const all = await trail(auditor, 'policy');
    // politie also responded to the consultation on the policy change: its framework rows only.
    const byActor = await trail(auditor, 'policy', {
      actor: 'security-officer@politie',
      action: 'framework.',
    });
    expect(byActor.entries.map((e) => e.action).sort()).toEqual(['framework.created']);
    expect((await trail(auditor, 'policy', { party: 'politie', action: 'framework.' })).total).toBe(1);
    // The common framework was created by the BMB's adoption.
    expect((await trail(auditor, 'policy', { subject: 'GEMEEN' })).entries.map((e) => e.actor)).toEqual([
      'bmb-member@bmb',
    ]);
    expect((await trail(auditor, 'policy', { subject: 'GEMEEN' })).entries.map((e) => e.action)).toEqual([
      'framework.created',
    ]);
    expect((await trail(auditor, 'policy', { action: 'framework.' })).total).toBe(2);
    expect((await trail(auditor, 'policy', { action: 'framework' })).total).toBe(0);
    expect((await trail(auditor, 'policy', { from: day(0), to: day(0) })).total).toBe(all.total);
    expect((await trail(auditor, 'policy', { to: day(-1) })).total).toBe(0);
    expect(
      (await trail(auditor, 'policy', { from: new Date(Date.now() + 60_000).toISOString() })).total,
    ).toBe(0);
    const second = await trail(auditor, 'policy', { offset: 1, limit: 1 });
    expect(second).toEqual({ total: all.total, offset: 1, limit: 1, entries: [all.entries[1]] });
  });

  it('refuses a bad filter with the problems listed', async () => {
    const r = await auditor(TRAIL('risk'), {
      // An impossible date (month 13 of this year), computed like every other date here.
      f: { limit: 0, offset: -1, from: 'gisteren', to: `${day(0).slice(0, 4)}-13-01` },
    });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.problems).toEqual([
      { field: 'filter.limit', message: 'must be between 1 and 200' },
      { field: 'filter.offset', message: 'must be 0 or more' },
      { field: 'filter.from', message: expect.stringMatching(/ISO date/) },
      { field: 'filter.to', message: expect.stringMatching(/ISO date/) },
    ]);
    const late = await auditor(TRAIL('risk'), { f: { from: day(0), to: day(-1) } });
    expect(errorCodes(late)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await auditor(TRAIL('risk'), { f: { limit: 201 } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('[SK-T3] who reads which audit rows', () => {
  const keys = (page: Page) => page.entries.map((e) => `${e.action} ${e.subject}`);

  it('the auditor reads every row of every service', async () => {
    const policy = await trail(auditor, 'policy');
    expect(keys(policy)).toEqual(
      expect.arrayContaining(['framework.created POLNORM', 'framework.created GEMEEN']),
    );
  });

  it('the LMS reads the common objects and its own, not a party’s own framework', async () => {
    const policy = keys(await trail(lms, 'policy'));
    expect(policy).toEqual(
      expect.arrayContaining(['framework.created GEMEEN', 'facility-state.received GMS']),
    );
    expect(policy).not.toContain('framework.created POLNORM');
    expect(keys(await trail(lms, 'risk'))).toContain('facility.classified GMS');
    const governance = await trail(lms, 'governance');
    expect(governance.entries.every((e) => e.party === 'lms' || /^(cycle|smb-signal)\./.test(e.action))).toBe(
      true,
    );
    expect(governance.entries.map((e) => e.action)).toContain('smb-signal.recorded');
  });

  it('a party reads its own rows only, and another party’s rows are not found', async () => {
    const policy = await trail(politie, 'policy');
    expect(policy.entries.every((e) => e.party === 'politie')).toBe(true);
    expect(keys(policy).filter((k) => k.startsWith('framework.'))).toEqual(['framework.created POLNORM']);
    for (const service of SERVICES)
      expect((await trail(ambulance, service)).entries.every((e) => e.party === 'ambulance')).toBe(true);
    // Ambulance only responded to the consultation.
    expect((await trail(ambulance, 'policy', { action: 'framework.' })).total).toBe(0);
    expect(errorCodes(await politie(TRAIL('policy'), { f: { party: 'lms' } }))).toEqual(['NOT_FOUND']);
  });

  it('a board reads the governance trail it discusses, the common objects and its own', async () => {
    expect((await trail(smb, 'governance')).total).toBe((await trail(auditor, 'governance')).total);
    const policy = keys(await trail(smb, 'policy'));
    expect(policy).toContain('framework.created GEMEEN');
    expect(policy).not.toContain('framework.created POLNORM');
    expect(keys(await trail(smb, 'risk'))).toContain('facility.classified GMS');
  });
});

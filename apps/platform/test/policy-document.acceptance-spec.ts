import { errorCodes, graphql, PlatformProcess, sharedPlatform, signIn } from '@mkib/testing';

/** The information-security policy as a living document, version 1 from a fresh start (SK-2.2). */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as = (account: string, query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, tokens[account]);

const HOOFDGEBRUIKERS = ['politie', 'brandweer', 'ambulance', 'kmar'];
const PROCESSES = [
  'RISK_MANAGEMENT',
  'IMPLEMENTATION_PLAN',
  'COMPLIANCE_MONITORING',
  'ICV',
  'INCIDENT_HANDLING',
  'C2000_OUTSIDE_MELDKAMER',
];
const TOPICS = [
  'ACCESS_CONTROL',
  'CRYPTOGRAPHY',
  'EQUIPMENT_MANAGEMENT',
  'OPERATING_PROCEDURES',
  'LOGGING_MONITORING',
  'INFORMATION_SHARING',
  'DATA_CLASSIFICATION',
  'RELIABILITY_REQUIREMENTS',
  'SPOEDRESPONS_C2000',
];

beforeAll(async () => {
  platform = sharedPlatform();
  for (const account of ['security-officer@politie', 'bmb-member@bmb', 'viewer@ambulance'])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

interface Cell {
  process: string;
  party: string;
  raci: string[];
  tasks: string;
}

describe('[SK-2.2a] the responsibilities table', () => {
  const TABLE = `{ policyVersion { version inForce title adoptedBy proposal { id }
    responsibilities { process party raci tasks } } }`;

  it.each(['security-officer@politie', 'bmb-member@bmb'])(
    'gives every process tasks for the LMS and each hoofdgebruiker, read by %s',
    async (account) => {
      const r = await as(account, TABLE);
      expect(r.errors).toBeUndefined();
      const v = r.data.policyVersion;
      expect(v).toMatchObject({ version: 1, inForce: true, adoptedBy: 'system:seed', proposal: null });
      for (const process of PROCESSES)
        for (const party of ['lms', ...HOOFDGEBRUIKERS, 'defensie']) {
          const cell = v.responsibilities.find((c: Cell) => c.process === process && c.party === party);
          expect(cell).toEqual({
            process,
            party,
            raci: expect.arrayContaining([expect.stringMatching(/^[RACI]$/)]),
            tasks: expect.stringMatching(/\S{3,}/),
          });
        }
      const risk = v.responsibilities.filter((c: Cell) => c.process === 'RISK_MANAGEMENT');
      expect(risk.find((c: Cell) => c.party === 'lms').raci).toEqual(['R', 'A']);
      expect(risk.find((c: Cell) => c.party === 'lms').tasks).toContain('artikel 4, tweede lid');
      expect(risk.find((c: Cell) => c.party === 'politie').tasks).toContain('artikel 5, tweede lid');
    },
  );
});

describe('[SK-2.2c] the common norms', () => {
  it('links every norm to measures of the catalogue, with their texts', async () => {
    const r = await as(
      'viewer@ambulance',
      `{ policyVersion { norms { key title text measures { frameworkCode identifier kind text } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const norms = r.data.policyVersion.norms;
    expect(norms[0]).toMatchObject({ key: 'N-01', text: expect.stringContaining('ten minste de BIO') });
    for (const n of norms) {
      expect(n.measures.length).toBeGreaterThan(0);
      for (const m of n.measures)
        expect(m).toEqual({
          frameworkCode: 'BIO2',
          identifier: expect.stringMatching(/^\d\.\d\d\.\d\d$/),
          kind: 'MAATREGEL',
          text: expect.stringMatching(/\S/),
        });
    }
  });
});

describe('[SK-2.2d] the BIO addendum and the reliability requirements', () => {
  it('has rules for every topic, the Spoedrespons chapter included, each linked to measures', async () => {
    const r = await as(
      'security-officer@politie',
      `{ policyVersion { rules { key topic title measures { identifier text } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const rules = r.data.policyVersion.rules;
    for (const topic of TOPICS)
      expect(rules.filter((x: { topic: string }) => x.topic === topic).length).toBeGreaterThanOrEqual(2);
    for (const rule of rules) expect(rule.measures.length).toBeGreaterThan(0);
    const c2000 = await as(
      'security-officer@politie',
      `{ policyVersion { rules(topic: SPOEDRESPONS_C2000) { key topic text } } }`,
    );
    expect(
      c2000.data.policyVersion.rules.every((x: { topic: string }) => x.topic === 'SPOEDRESPONS_C2000'),
    ).toBe(true);
    expect(c2000.data.policyVersion.rules[0].text).toContain('Voorziening Spoedrespons (C2000)');
  });

  it('re-calibrates every facility, each with its BIV rating and review date from the register', async () => {
    const r = await as(
      'bmb-member@bmb',
      `{ policyVersion { recalibrationMonths
          rules(topic: RELIABILITY_REQUIREMENTS) { key }
          facilities { code bbn reviewDue biv { beschikbaarheid integriteit vertrouwelijkheid } }
          requirements { bbnProfileVersion bbnProfile { version } catalogue { code version } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const v = r.data.policyVersion;
    expect(v.recalibrationMonths).toBe(12);
    expect(v.facilities.map((f: { code: string }) => f.code)).toEqual([
      'SPOEDVRAAG',
      'SPOEDRESPONS',
      'GMS',
      'OIS',
      'IVICT',
      'HUISVESTING',
    ]);
    for (const f of v.facilities)
      expect(f).toMatchObject({
        bbn: expect.any(Number),
        reviewDue: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        biv: { beschikbaarheid: expect.any(String) },
      });
    expect(v.requirements.bbnProfile.version).toBe(v.requirements.bbnProfileVersion);
    expect(v.requirements.catalogue).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'BIO2' })]),
    );
  });
});

describe('[SK-2.2] versions, diff and the document', () => {
  it('lists the versions and finds nothing between a version and itself', async () => {
    const r = await as(
      'viewer@ambulance',
      `{ policyVersions { version inForce } policyDiff(from: 1, to: 1) { from to changes { key } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.policyVersions.at(-1)).toEqual({ version: 1, inForce: r.data.policyVersions.length === 1 });
    expect(r.data.policyDiff).toEqual({ from: 1, to: 1, changes: [] });
  });

  it('refuses unknown and impossible versions', async () => {
    expect(errorCodes(await as('viewer@ambulance', `{ policyVersion(version: 999) { version } }`))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await as('viewer@ambulance', `{ policyDiff(from: 1, to: 999) { from } }`))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await as('viewer@ambulance', `{ policyDiff(from: 0, to: 1) { from } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('writes the version as PDF', async () => {
    const r = await as(
      'bmb-member@bmb',
      `{ policyVersionPdf(version: 1) { filename contentType contentBase64 } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.policyVersionPdf).toMatchObject({
      filename: 'informatiebeveiligingsbeleid-v1.pdf',
      contentType: 'application/pdf',
    });
    expect(Buffer.from(r.data.policyVersionPdf.contentBase64, 'base64').subarray(0, 4).toString()).toBe(
      '%PDF',
    );
  });
});

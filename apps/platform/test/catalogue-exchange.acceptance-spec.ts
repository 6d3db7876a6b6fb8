import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {
  adoptPolicyChange,
  errorCodes,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * Exchanging catalogues through the gateway (issue 5): CSV and OSCAL import with a dry-run report, all
 * or nothing; OSCAL export checked against NIST's own schema; mappings both ways; BBN profiles and the
 * measures that apply to a facility; a party's own extra frameworks. Since issue 15 the common catalogue,
 * the profiles and the supplementary measures change only when the BMB adopts a policy change proposal
 * that carries the change: the direct mutations are refused for the LMS and write nothing.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures/catalogue', name), 'utf8');
const as = (account: string) => (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, tokens[account]);
const lms = as('lms-operator@lms');
const ambulance = as('security-officer@ambulance');
const politie = as('security-officer@politie');
const auditor = as('auditor@jenv');

const REPORT = `dryRun imported frameworkCode rowsRead rowsAccepted rowsRejected added updated removed problems { row path message }`;
const IMPORT = `mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { ${REPORT} } }`;
const IMPORT_OWN = `mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { ${REPORT} } }`;
const ZORGNORM = {
  name: 'Zorgnorm meldkamer ambulancezorg (voorbeeld)',
  version: String(new Date().getUTCFullYear()),
  publisher: 'MKIB-project',
  licence: 'CC0 1.0',
  attribution: 'Voorbeeld van het MKIB-project',
};
/**
 * The policy audit log once it is quiet: at start the service also records what the risk context
 * announces (facility states), in the background; counts compare only after that has settled.
 */
const auditEntries = async () => {
  const read = async () => (await auditor('{ policyAuditLog { entries intact } }')).data.policyAuditLog;
  let last = await read();
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await read();
    if (now.entries === last.entries) return now;
    last = now;
  }
};
/** The direct way to change the common requirements is refused, pointing to a change proposal. */
const refusedDirectly = (r: GraphQLResponse) => {
  expect(errorCodes(r)).toEqual(['CONFLICT']);
  expect(r.errors![0].extensions!.i18n).toEqual(
    expect.objectContaining({ key: 'policy.change.proposalRequired' }),
  );
  expect(r.errors![0].message).toMatch(/draftChangeProposal/);
};
/** Carries a change of the common requirements through the procedure until the BMB adopted it. */
const adopt = (change: Record<string, unknown>) => adoptPolicyChange(as, { change });
const DRAFT = `mutation($i: DraftChangeProposalInput!) { draftChangeProposal(input: $i) { id } }`;
/** A proposal carrying `change` as the LMS would draft it. */
const draft = (change: Record<string, unknown>) =>
  lms(DRAFT, {
    i: {
      title: 'Catalogus (test)',
      rationale: 'Een test van de gemeenschappelijke catalogus.',
      trigger: { kind: 'EVALUATION', reference: 'Evaluatie (test)' },
      change,
    },
  });
const frameworkCodes = async (call = lms) =>
  ((await call('{ frameworks { code } }')).data.frameworks as { code: string }[]).map((f) => f.code);

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of [...POLICY_FLOW_ACCOUNTS, 'auditor@jenv', 'viewer@politie'])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

describe('[SK-2.1] importing a framework from CSV', () => {
  it('reports every bad row of a malformed file in a dry run, and a real import of it changes nothing', async () => {
    const before = await auditEntries();
    const input = {
      code: 'ZORGNORM',
      format: 'CSV',
      content: fixture('zorgnorm-malformed.csv'),
      metadata: ZORGNORM,
    };
    const dry = await lms(IMPORT, { i: input });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importFramework).toEqual(
      expect.objectContaining({
        dryRun: true,
        imported: false,
        rowsRead: 8,
        rowsRejected: 6,
        rowsAccepted: 2,
      }),
    );
    expect(dry.data.importFramework.problems.map((p: { row: number }) => p.row)).toEqual([3, 5, 6, 7, 8, 9]);

    // Directly it is refused; a proposal carrying it is refused with the same six problems.
    const real = await lms(IMPORT, { i: { ...input, dryRun: false } });
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(errorCodes(real)[0]);
    const carried = await draft({ frameworkImports: [input] });
    expect(errorCodes(carried)).toEqual(['BAD_USER_INPUT']);
    expect(carried.errors![0].extensions!.problems).toHaveLength(6);
    expect((await lms('{ changeProposals { id } }')).data.changeProposals).toEqual([]);
    expect(await frameworkCodes()).toEqual(['BIO2']);
    expect(await auditEntries()).toEqual(before);
  });

  it('requires the metadata a framework needs, and says which field is missing', async () => {
    const r = await lms(IMPORT, {
      i: {
        code: 'ZORGNORM',
        format: 'CSV',
        content: fixture('zorgnorm-sample.csv'),
        metadata: { name: 'Zorgnorm' },
      },
    });
    expect(r.data.importFramework.problems.map((p: { path: string }) => p.path)).toEqual([
      'input.metadata.version',
      'input.metadata.publisher',
      'input.metadata.licence',
    ]);
  });

  it('imports the valid sample completely, audited, and makes it searchable', async () => {
    const before = await auditEntries();
    const input = {
      code: 'ZORGNORM',
      format: 'CSV',
      content: fixture('zorgnorm-sample.csv'),
      metadata: ZORGNORM,
    };
    const dry = await lms(IMPORT, { i: input });
    expect(dry.data.importFramework).toEqual(
      expect.objectContaining({
        imported: false,
        rowsRead: 9,
        rowsAccepted: 9,
        rowsRejected: 0,
        added: 9,
        problems: [],
      }),
    );
    expect(await frameworkCodes()).toEqual(['BIO2']); // a dry run writes nothing

    refusedDirectly(await lms(IMPORT, { i: { ...input, dryRun: false } }));
    expect(await frameworkCodes()).toEqual(['BIO2']);
    expect(await auditEntries()).toEqual(before);

    const { proposalId } = await adopt({ frameworkImports: [input] });
    const proposal = await lms(
      `query($p: ID!) { changeProposal(id: $p) { carried { frameworkImports { code report { added imported } } } } }`,
      { p: proposalId },
    );
    expect(proposal.data.changeProposal.carried.frameworkImports).toEqual([
      { code: 'ZORGNORM', report: expect.objectContaining({ added: 9 }) },
    ]);
    const framework = await lms(
      '{ framework(code: "ZORGNORM") { name licence ownerParty origin changedBy requirementCount } }',
    );
    expect(framework.data.framework).toEqual({
      name: ZORGNORM.name,
      licence: 'CC0 1.0',
      ownerParty: null,
      origin: 'CSV',
      // The BMB's decision made the change.
      changedBy: 'bmb-member@bmb',
      requirementCount: 9,
    });
    const found = await ambulance(
      '{ requirements(frameworkCode: "ZORGNORM", search: "break-the-glass") { items { identifier } } }',
    );
    expect(found.data.requirements.items).toEqual([{ identifier: 'Z.1.2.a' }]);
    const after = await auditEntries();
    expect(after.intact).toBe(true);
    expect(after.entries).toBeGreaterThan(before.entries + 1);
  });

  it('refuses to create a framework twice and points to REPLACE or MERGE', async () => {
    const input = {
      code: 'ZORGNORM',
      format: 'CSV',
      content: fixture('zorgnorm-sample.csv'),
      metadata: ZORGNORM,
    };
    const dry = await lms(IMPORT, { i: input });
    expect(JSON.stringify(dry.data.importFramework.problems)).toMatch(
      /choose REPLACE to replace it or MERGE/,
    );
    const r = await draft({ frameworkImports: [input] });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(r.errors![0])).toMatch(/choose REPLACE to replace it or MERGE/);
  });

  it('merges an organisation’s licensed ISO/IEC 27002 titles into BIO2; the measures stay as they were', async () => {
    const input = {
      code: 'BIO2',
      format: 'CSV',
      mode: 'MERGE',
      content: 'identifier,title\n5.15,Toegangsbeveiliging (eigen licentie)\n',
    };
    expect((await lms(IMPORT, { i: input })).data.importFramework).toEqual(
      expect.objectContaining({ imported: false, updated: 1, added: 0, removed: 0 }),
    );
    await adopt({ frameworkImports: [input] });
    const control = await politie(
      '{ requirement(frameworkCode: "BIO2", identifier: "5.15") { title } framework(code: "BIO2") { requirementCount licence } }',
    );
    expect(control.data).toEqual({
      requirement: { title: 'Toegangsbeveiliging (eigen licentie)' },
      framework: { requirementCount: 263, licence: 'CC BY-SA 4.0' },
    });
  });
});

describe('[SK-2.1] OSCAL catalogs', () => {
  it('reports every schema violation of a bad catalog by path and imports nothing', async () => {
    const input = { code: 'C2000', format: 'OSCAL', content: fixture('c2000-invalid.oscal.json') };
    const dry = await lms(IMPORT, { i: input });
    expect(dry.data.importFramework.problems.map((p: { path: string }) => p.path)).toEqual([
      '/catalog/uuid',
      '/catalog/metadata',
      '/catalog/groups/0/controls/0/id',
      '/catalog/groups/0/controls/1',
      '/catalog/groups/0/controls/1',
    ]);
    const real = await lms(IMPORT, { i: { ...input, dryRun: false } });
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(errorCodes(real)[0]);
    expect(errorCodes(await draft({ frameworkImports: [input] }))).toEqual(['BAD_USER_INPUT']);
    expect(await frameworkCodes()).not.toContain('C2000');
  });

  it('imports the valid sample completely with the metadata the file carries', async () => {
    const input = { code: 'C2000', format: 'OSCAL', content: fixture('c2000-sample.oscal.json') };
    refusedDirectly(await lms(IMPORT, { i: { ...input, dryRun: false } }));
    expect((await lms(IMPORT, { i: input })).data.importFramework).toEqual(
      expect.objectContaining({ imported: false, rowsRead: 4, rowsAccepted: 4, added: 4 }),
    );
    await adopt({ frameworkImports: [input] });
    const f = await lms(
      '{ framework(code: "C2000") { name version publisher licence origin requirementCount } }',
    );
    expect(f.data.framework).toEqual({
      name: 'C2000 gebruiksvoorschriften (voorbeeld)',
      version: JSON.parse(fixture('c2000-sample.oscal.json')).catalog.metadata.version,
      publisher: 'Landelijke Meldkamer Samenwerking',
      licence: 'CC0 1.0',
      origin: 'OSCAL',
      requirementCount: 4,
    });
  });

  it('exports BIO2 as an OSCAL catalog that validates against the NIST schema, and it imports back whole', async () => {
    const r = await ambulance('{ frameworkOscal(code: "BIO2") }');
    expect(r.errors).toBeUndefined();
    const document = JSON.parse(r.data.frameworkOscal);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema = JSON.parse(
      readFileSync(
        join(__dirname, '../../../libs/domain/policy/data/oscal/oscal_catalog_schema.json'),
        'utf8',
      ),
    );
    const validate = ajv.compile(schema);
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(document.catalog.metadata.props).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'licence', value: 'CC BY-SA 4.0' })]),
    );

    const copyInput = { code: 'BIO2-KOPIE', format: 'OSCAL', content: r.data.frameworkOscal };
    const back = await lms(IMPORT, { i: copyInput });
    expect(back.data.importFramework).toEqual(expect.objectContaining({ problems: [], added: 263 }));
    await adopt({ frameworkImports: [copyInput] });
    const copy = await lms(
      '{ requirement(frameworkCode: "BIO2-KOPIE", identifier: "5.15.01") { text status parentIdentifier } }',
    );
    const original = await lms(
      '{ requirement(frameworkCode: "BIO2", identifier: "5.15.01") { text status parentIdentifier } }',
    );
    expect(copy.data.requirement).toEqual(original.data.requirement);
  });
});

describe('mappings between frameworks', () => {
  const IMPORT_MAPPINGS = `mutation($i: ImportMappingsInput!) { importMappings(input: $i) { dryRun imported rowsRead rowsAccepted rowsRejected added problems { row message } } }`;

  it('reports each bad mapping row and imports none of a malformed file', async () => {
    const r = await lms(IMPORT_MAPPINGS, {
      i: { content: fixture('mappings-malformed.csv'), dryRun: false },
    });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.problems!.map((p: { field: string }) => p.field)).toEqual([
      'line 3',
      'line 4',
      'line 5',
      'line 6',
    ]);
    const m = await lms(
      '{ requirement(frameworkCode: "BIO2", identifier: "5.15.01") { mappings { relationship } } }',
    );
    expect(m.data.requirement.mappings).toEqual([]);
  });

  it('imports the sample and shows each mapping from both sides', async () => {
    const r = await lms(IMPORT_MAPPINGS, { i: { content: fixture('mappings-sample.csv'), dryRun: false } });
    expect(r.data.importMappings).toEqual(
      expect.objectContaining({ imported: true, rowsRead: 3, rowsAccepted: 3, added: 3, problems: [] }),
    );
    const MAPPINGS = `query($f: ID!, $i: ID!) { requirement(frameworkCode: $f, identifier: $i) { mappings { relationship requirement { frameworkCode identifier } } } }`;
    const fromBio = await ambulance(MAPPINGS, { f: 'BIO2', i: '8.15.01' });
    expect(fromBio.data.requirement.mappings).toEqual([
      { relationship: 'SUBSET', requirement: { frameworkCode: 'ZORGNORM', identifier: 'Z.1.1.b' } },
    ]);
    const fromZorg = await ambulance(MAPPINGS, { f: 'ZORGNORM', i: 'Z.1.1.b' });
    expect(fromZorg.data.requirement.mappings).toEqual([
      { relationship: 'SUPERSET', requirement: { frameworkCode: 'BIO2', identifier: '8.15.01' } },
    ]);
  });

  it('keeps a replacement from removing a requirement that a mapping uses', async () => {
    const withoutZ11b = fixture('zorgnorm-sample.csv')
      .split('\n')
      .filter((l) => !l.startsWith('Z.1.1.b'))
      .join('\n');
    const r = await lms(IMPORT, {
      i: { code: 'ZORGNORM', format: 'CSV', mode: 'REPLACE', content: withoutZ11b },
    });
    expect(r.data.importFramework.removed).toBe(1);
    expect(r.data.importFramework.problems).toEqual([
      expect.objectContaining({
        message: 'ZORGNORM Z.1.1.b is used by a mapping: keep it in the file (mark its status instead)',
      }),
    ]);
  });
});

describe('[SK-2.2b] BBN profiles and the measures that apply to a facility', () => {
  const APPLICABLE = `query($code: ID!) { facility(code: $code) { bbn applicableMeasures { bbn profileVersion total supplementaryMeasuresApply fromProfile { identifier } fromSupplementaryAnalysis { identifier } party fromPartyFrameworks { frameworkCode identifier } } } }`;
  const CLASSIFY = `mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { bbn } }`;
  const classify = (bbn: number) =>
    lms(CLASSIFY, {
      i: {
        facilityCode: 'OIS',
        biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'MIDDEN' },
        bbn,
        rationale: `BBN${bbn} voor de test`,
        reviewDue: isoDay(365),
      },
    });
  const PUBLISH = `mutation($i: PublishBbnProfileInput!) { publishBbnProfile(input: $i) { version current levels { bbn introducedCount applicableCount } } }`;

  it('starts with the documented profile: every BIO2 government measure from BBN1', async () => {
    const r = await ambulance(
      '{ bbnProfile { version current levels { bbn introducedCount applicableCount } } }',
    );
    expect(r.data.bbnProfile).toEqual({
      version: 1,
      current: true,
      levels: [
        { bbn: 1, introducedCount: 117, applicableCount: 117 },
        { bbn: 2, introducedCount: 0, applicableCount: 117 },
        { bbn: 3, introducedCount: 0, applicableCount: 117 },
      ],
    });
  });

  it('changing a facility BBN changes its applicable measures as the published profile says', async () => {
    const current = await lms('{ bbnProfile { levels { bbn introduced { frameworkCode identifier } } } }');
    const level1 = current.data.bbnProfile.levels[0].introduced.filter(
      (r: { identifier: string }) => r.identifier !== '8.24.01',
    );
    const profile = {
      rationale: 'Cryptografie pas vanaf BBN2; C2000-terminalbeheer vanaf BBN3',
      levels: [
        { bbn: 1, measures: level1 },
        { bbn: 2, measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }] },
        { bbn: 3, measures: [{ frameworkCode: 'C2000', identifier: 'T.1.1' }] },
      ],
    };
    refusedDirectly(await lms(PUBLISH, { i: profile }));
    expect((await lms('{ bbnProfile { version } }')).data.bbnProfile.version).toBe(1);
    const { proposalId } = await adopt({ bbnProfile: profile });
    const adopted = await lms(
      `query($p: ID!) { changeProposal(id: $p) { adoptedVersion { requirements { bbnProfileVersion } } } }`,
      { p: proposalId },
    );
    expect(adopted.data.changeProposal.adoptedVersion.requirements.bbnProfileVersion).toBe(2);
    const published = await lms(
      '{ bbnProfile { version current levels { bbn introducedCount applicableCount } } }',
    );
    expect(published.data.bbnProfile).toEqual({
      version: 2,
      current: true,
      levels: [
        { bbn: 1, introducedCount: 116, applicableCount: 116 },
        { bbn: 2, introducedCount: 1, applicableCount: 117 },
        { bbn: 3, introducedCount: 1, applicableCount: 118 },
      ],
    });

    expect((await classify(1)).errors).toBeUndefined();
    const at1 = (await ambulance(APPLICABLE, { code: 'OIS' })).data.facility.applicableMeasures;
    expect(at1).toEqual(expect.objectContaining({ bbn: 1, profileVersion: 2, total: 116 }));
    expect(at1.fromProfile.map((r: { identifier: string }) => r.identifier)).not.toContain('8.24.01');

    expect((await classify(2)).errors).toBeUndefined();
    const at2 = (await ambulance(APPLICABLE, { code: 'OIS' })).data.facility.applicableMeasures;
    expect(at2.total).toBe(117);
    expect(at2.fromProfile.map((r: { identifier: string }) => r.identifier)).toContain('8.24.01');

    const old = await ambulance('{ bbnProfile(version: 1) { current levels { introducedCount } } }');
    expect(old.data.bbnProfile).toEqual({
      current: false,
      levels: [{ introducedCount: 117 }, { introducedCount: 0 }, { introducedCount: 0 }],
    });
  });

  it('above BBN2 a facility shows the measures its supplementary analysis added', async () => {
    const SET = `mutation($i: SetSupplementaryMeasuresInput!) { setSupplementaryMeasures(input: $i) { facilityCode rationale measures { identifier } } }`;
    const input = {
      facilityCode: 'OIS',
      rationale: `Aanvullende risicoanalyse OIS ${new Date().getUTCFullYear()}`,
      measures: [
        { frameworkCode: 'BIO2', identifier: '8.16' },
        { frameworkCode: 'C2000', identifier: 'T.1.2' },
      ],
    };
    const rationaleOfOis = async () =>
      (await ambulance('{ facility(code: "OIS") { applicableMeasures { supplementaryRationale } } }')).data
        .facility.applicableMeasures.supplementaryRationale;
    refusedDirectly(await lms(SET, { i: input }));
    expect(await rationaleOfOis()).not.toBe(input.rationale);
    await adopt({ supplementaryMeasures: [input] });
    expect(await rationaleOfOis()).toBe(input.rationale);
    // At BBN2 the additions are kept but do not count.
    const at2 = (await ambulance(APPLICABLE, { code: 'OIS' })).data.facility.applicableMeasures;
    expect(at2).toEqual(expect.objectContaining({ supplementaryMeasuresApply: false, total: 117 }));

    expect((await classify(3)).errors).toBeUndefined();
    const at3 = (await ambulance(APPLICABLE, { code: 'OIS' })).data.facility.applicableMeasures;
    expect(at3).toEqual(
      expect.objectContaining({
        bbn: 3,
        supplementaryMeasuresApply: true,
        fromSupplementaryAnalysis: [{ identifier: '8.16' }, { identifier: 'T.1.2' }],
        total: 118 + 2,
      }),
    );
  });

  it('refuses a profile with unknown measures or a missing level, naming each problem, and keeps the version', async () => {
    const bad = {
      rationale: 'fout',
      levels: [
        { bbn: 1, measures: [{ frameworkCode: 'BIO2', identifier: '9.99.99' }] },
        { bbn: 2, measures: [] },
      ],
    };
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(errorCodes(await lms(PUBLISH, { i: bad }))[0]);
    const r = await draft({ bbnProfile: bad });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(
      r.errors![0].extensions!.problems!.map((p: { field: string; message: string }) => ({
        field: p.field.replace(/^.*bbnProfile\./, 'input.'),
        message: p.message,
      })),
    ).toEqual([
      {
        field: 'input.levels',
        message: 'give every level (an empty list where a level adds nothing); missing: BBN3',
      },
      {
        field: 'input.levels[0].measures[0]',
        message: '9.99.99 is not a requirement of BIO2 in the common catalogue',
      },
    ]);
    expect((await lms('{ bbnProfile { version } }')).data.bbnProfile.version).toBe(2);
  });
});

describe('extra frameworks per party', () => {
  it('a party imports and attaches its own framework; its applicable measures include it, others do not see it', async () => {
    const imported = await ambulance(IMPORT_OWN, {
      i: {
        code: 'AMBU-EIGEN',
        format: 'CSV',
        content: fixture('zorgnorm-sample.csv'),
        metadata: ZORGNORM,
        dryRun: false,
      },
    });
    expect(imported.errors).toBeUndefined();
    const attached = await ambulance(
      'mutation { attachFramework(frameworkCode: "AMBU-EIGEN") { code ownerParty } }',
    );
    expect(attached.data.attachFramework).toEqual([{ code: 'AMBU-EIGEN', ownerParty: 'ambulance' }]);

    const APPLICABLE = `{ facility(code: "GMS") { applicableMeasures { party fromPartyFrameworks { frameworkCode identifier } } } }`;
    const own = (await ambulance(APPLICABLE)).data.facility.applicableMeasures;
    expect(own.party).toBe('ambulance');
    // The leaves of the framework: its four measures.
    expect(own.fromPartyFrameworks.map((r: { identifier: string }) => r.identifier)).toEqual([
      'Z.1.1.a',
      'Z.1.1.b',
      'Z.1.2.a',
      'Z.2.1.a',
    ]);

    expect((await politie(APPLICABLE)).data.facility.applicableMeasures.fromPartyFrameworks).toEqual([]);
    expect(errorCodes(await politie('{ framework(code: "AMBU-EIGEN") { code } }'))).toEqual(['NOT_FOUND']);
    expect(await frameworkCodes(politie)).not.toContain('AMBU-EIGEN');
    expect(errorCodes(await politie('{ partyFrameworks(party: "ambulance") { code } }'))).toEqual([
      'NOT_FOUND',
    ]);
    // The Minister's auditor sees every party's scope.
    const seen = await auditor('{ partyFrameworks(party: "ambulance") { code } }');
    expect(seen.data.partyFrameworks).toEqual([{ code: 'AMBU-EIGEN' }]);
  });

  it('a party changes only its own frameworks, and never the common catalogue', async () => {
    const replaceOther = await politie(IMPORT_OWN, {
      i: {
        code: 'AMBU-EIGEN',
        format: 'CSV',
        mode: 'REPLACE',
        content: fixture('zorgnorm-sample.csv'),
        dryRun: false,
      },
    });
    expect(errorCodes(replaceOther)).toEqual(['FORBIDDEN']);
    const mergeCommon = await ambulance(IMPORT_OWN, {
      i: { code: 'BIO2', format: 'CSV', mode: 'MERGE', content: 'identifier,title\n5.15,x\n', dryRun: false },
    });
    expect(errorCodes(mergeCommon)).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await ambulance(IMPORT, { i: { code: 'X1', format: 'CSV', content: 'identifier\n' } })),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await as('viewer@politie')('mutation { attachFramework(frameworkCode: "ZORGNORM") { code } }'),
      ),
    ).toEqual(['FORBIDDEN']);
    // Detaching is the party's own business too: politie detaching leaves ambulance's scope alone.
    expect(
      errorCodes(await politie('mutation { detachFramework(frameworkCode: "AMBU-EIGEN") { code } }')),
    ).toEqual(['NOT_FOUND']);
    expect((await ambulance('{ partyFrameworks { code } }')).data.partyFrameworks).toEqual([
      { code: 'AMBU-EIGEN' },
    ]);
  });
});

describe('the policy audit trail', () => {
  it('stays intact after CREATE, MERGE and REPLACE imports: no false tamper alarm', async () => {
    const log = await auditEntries();
    expect(log.entries).toBeGreaterThan(5);
    expect(log.intact).toBe(true);
  });
});

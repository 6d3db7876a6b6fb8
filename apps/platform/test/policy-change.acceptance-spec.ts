import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, ObjectTypeDefinitionNode, parse, TypeNode } from 'graphql';
import {
  adoptPolicyChange,
  currentYear,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  HOOFDGEBRUIKER_OFFICERS,
  isoDay,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The information-security policy as a living document (issue 15) through the gateway: versions change
 * only when the BMB adopts a change proposal after the SMB's advice (SK-3.1); the proposal names what
 * triggered it (SK-4.4); the responsibilities, norms and addendum rules of a version (SK-2.2a/c/d) and
 * the common requirements in force (SK-2.2b) change with it; the parties see it and review their
 * assessment against it.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as = (account: string) => (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, tokens[account]);
const lms = as('lms-operator@lms');
const politie = as('security-officer@politie');
const ambulance = as('security-officer@ambulance');
const smb = as('smb-member@smb');
const bmb = as('bmb-member@bmb');
const auditor = as('auditor@jenv');
const YEAR = currentYear();

const ok = (r: GraphQLResponse) => {
  expect(r.errors).toBeUndefined();
  return r.data;
};
const refused = (r: GraphQLResponse, code: string) => {
  expect(errorCodes(r)).toEqual([code]);
  return r.errors![0];
};

const VERSIONS = `{ policyVersions { version inForce } }`;
const versions = async () => ok(await auditor(VERSIONS)).policyVersions as { version: number }[];
const inForce = async () =>
  ok(await auditor(`{ policyVersion { version requirements { bbnProfileVersion } } }`)).policyVersion;
const proposal = async (id: string, account = 'lms-operator@lms', fields = 'state') =>
  ok(await as(account)(`query($p: ID!) { changeProposal(id: $p) { ${fields} } }`, { p: id })).changeProposal;
const OIS_MEASURES = `{ facility(code: "OIS") { applicableMeasures { profileVersion total } } }`;
const oisMeasures = async () => ok(await ambulance(OIS_MEASURES)).facility.applicableMeasures;
const DRAFT = `mutation($i: DraftChangeProposalInput!) { draftChangeProposal(input: $i) { id state trigger { kind recordId reference label } } }`;
const draft = (
  trigger: Record<string, unknown>,
  change: Record<string, unknown> = { recalibrationMonths: 24 },
) =>
  lms(DRAFT, {
    i: {
      title: 'Wijziging (test)',
      rationale: 'Aanleiding: zie de trigger.',
      trigger,
      change,
    },
  });
const WITHDRAW = `mutation($p: ID!, $r: String!) { withdrawChangeProposal(proposalId: $p, reason: $r) { state } }`;
const withdraw = async (id: string) =>
  expect(ok(await lms(WITHDRAW, { p: id, r: 'Niet meer nodig (test).' })).withdrawChangeProposal.state).toBe(
    'WITHDRAWN',
  );

/** The policy audit log once it is quiet (the service also records what arrives as events). */
const policyAuditEntries = async () => {
  const read = async () => ok(await auditor('{ policyAuditLog { entries intact } }')).policyAuditLog;
  let last = await read();
  for (;;) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await read();
    if (now.entries === last.entries) return now as { entries: number; intact: boolean };
    last = now;
  }
};
const governanceAuditEntries = async () =>
  ok(await auditor('{ governanceAuditLog { entries intact } }')).governanceAuditLog as {
    entries: number;
    intact: boolean;
  };

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of [
    ...POLICY_FLOW_ACCOUNTS,
    'auditor@jenv',
    'viewer@politie',
    'board-secretary@smb',
    'accountable-official@ambulance',
  ])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

describe('[SK-2.2] the contents of a version change through an adopted proposal', () => {
  it('[SK-2.2a] [SK-2.2c] [SK-2.2d] a responsibility cell, a norm and a topic rule change in version 2; version 1 stays readable', async () => {
    const FULL = `query($v: Int) { policyVersion(version: $v) { version inForce
      responsibilities { process party raci tasks }
      norms { key title text measures { frameworkCode identifier } }
      rules { key topic title text measures { frameworkCode identifier } } } }`;
    const v1 = ok(await politie(FULL, {})).policyVersion;
    expect(v1).toEqual(expect.objectContaining({ version: 1, inForce: true }));
    expect(v1.responsibilities.length).toBeGreaterThan(0);
    expect(v1.norms.length).toBeGreaterThan(0);
    expect(v1.rules.length).toBeGreaterThan(0);
    const cell = v1.responsibilities.find(
      (r: { process: string; party: string }) => r.process === 'RISK_MANAGEMENT' && r.party === 'politie',
    );
    const [norm] = v1.norms;
    const rule = v1.rules.find((r: { topic: string }) => r.topic === 'ACCESS_CONTROL') ?? v1.rules[0];
    const refs = (ms: { frameworkCode: string; identifier: string }[]) =>
      ms.map(({ frameworkCode, identifier }) => ({ frameworkCode, identifier }));

    // Before adoption a party reads only version 1 (the ambulance as its own hoofdgebruiker).
    await ambulance(`mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { frozen } }`, {
      i: {
        year: YEAR,
        entries: [{ frameworkCode: 'BIO2', identifier: '5.01.01', status: 'GEIMPLEMENTEERD' }],
      },
    });
    const adopted = await adoptPolicyChange(as, {
      title: 'Risicobeheer politie, norm en toegangsregel aangescherpt',
      change: {
        setResponsibilities: [
          {
            process: 'RISK_MANAGEMENT',
            party: 'politie',
            raci: ['R', 'C'],
            tasks: 'Voert de risicoanalyse uit en rapporteert aan de LMS.',
          },
        ],
        setNorms: [
          {
            key: norm.key,
            title: norm.title,
            text: `${norm.text} (aangescherpt)`,
            measures: refs(norm.measures),
          },
        ],
        setRules: [
          {
            key: rule.key,
            topic: rule.topic,
            title: rule.title,
            text: `${rule.text} (aangescherpt)`,
            measures: refs(rule.measures),
          },
        ],
      },
    });
    expect(adopted.version).toBe(2);

    const v2 = ok(await politie(FULL, {})).policyVersion;
    expect(v2.version).toBe(2);
    expect(v2.responsibilities).toContainEqual({
      process: 'RISK_MANAGEMENT',
      party: 'politie',
      raci: ['R', 'C'],
      tasks: 'Voert de risicoanalyse uit en rapporteert aan de LMS.',
    });
    expect(v2.norms.find((n: { key: string }) => n.key === norm.key).text).toBe(
      `${norm.text} (aangescherpt)`,
    );
    expect(v2.rules.find((r: { key: string }) => r.key === rule.key).text).toBe(
      `${rule.text} (aangescherpt)`,
    );

    const diff = ok(
      await politie(`{ policyDiff(from: 1, to: 2) { from to changes { part key change before after } } }`),
    ).policyDiff;
    expect(
      diff.changes
        .map((c: { part: string; key: string; change: string }) => `${c.part} ${c.key} ${c.change}`)
        .sort(),
    ).toEqual(
      [
        `NORM ${norm.key} CHANGED`,
        `RESPONSIBILITY RISK_MANAGEMENT/politie ${cell ? 'CHANGED' : 'ADDED'}`,
        `RULE ${rule.key} CHANGED`,
      ].sort(),
    );

    // Version 1 is unchanged and still readable.
    const old = ok(await politie(FULL, { v: 1 })).policyVersion;
    expect(old).toEqual({ ...v1, inForce: false });
    expect(ok(await politie(VERSIONS)).policyVersions).toEqual([
      { version: 2, inForce: true },
      { version: 1, inForce: false },
    ]);
    const v2Meta = ok(await politie(`{ policyVersion { adoptedBy proposal { id state } } }`)).policyVersion;
    expect(v2Meta).toEqual({
      adoptedBy: 'bmb-member@bmb',
      proposal: { id: adopted.proposalId, state: 'ADOPTED' },
    });
    const pdf = ok(
      await politie(`{ policyVersionPdf(version: 2) { contentType contentBase64 } }`),
    ).policyVersionPdf;
    expect(pdf.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    // The parties review their assessment against the new version.
    const REVIEW = `query($y: Int!) { assessment(year: $y) { policyReview { policyVersion adoptedAt confirmedBy confirmedAt } } }`;
    const review = await eventually(
      async () => (await ambulance(REVIEW, { y: YEAR })).data?.assessment?.policyReview,
      (r) => r?.policyVersion === 2,
      'the policy review on the ambulance assessment',
    );
    expect(review).toEqual(
      expect.objectContaining({ policyVersion: 2, confirmedBy: null, confirmedAt: null }),
    );
    const CONFIRM = `mutation($y: Int!) { confirmPolicyReview(year: $y) { policyReview { policyVersion confirmedBy } } }`;
    expect(errorCodes(await as('accountable-official@ambulance')(CONFIRM, { y: YEAR }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(ok(await ambulance(CONFIRM, { y: YEAR })).confirmPolicyReview.policyReview).toEqual({
      policyVersion: 2,
      confirmedBy: 'security-officer@ambulance',
    });
    refused(await ambulance(CONFIRM, { y: YEAR }), 'CONFLICT');
  });
});

describe('[SK-3.1] the procedure: consultation, SMB advice, BMB adoption', () => {
  it('[SK-3.1] there is no mutation that publishes a policy version', () => {
    const doc = parse(readFileSync(join(__dirname, '../../gateway/supergraph.graphql'), 'utf8'));
    const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
    const mutation = doc.definitions.find(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation',
    )!;
    expect(
      (mutation.fields ?? []).filter((f) => named(f.type) === 'PolicyVersion').map((f) => f.name.value),
    ).toEqual([]);
  });

  it('[SK-3.1] a version is never published without SMB advice and BMB adoption', async () => {
    const before = await versions();
    const { proposalId, agendaItemId } = await adoptPolicyChange(as, {
      change: { recalibrationMonths: 18 },
      until: 'SUBMITTED',
    });
    const DECIDE = `mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id decision } }`;
    const decide = (decision = 'AANVAARD') =>
      bmb(DECIDE, { i: { agendaItemId, decision, text: 'Het BMB stelt de wijziging vast.' } });
    refused(await decide(), 'CONFLICT');
    expect(await versions()).toEqual(before);
    expect((await proposal(proposalId)).state).toBe('SUBMITTED');
    // Only the SMB advises, only the BMB decides.
    expect(
      errorCodes(
        await lms(
          `mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: "Het SMB adviseert vast te stellen.") { id } }`,
          {
            id: agendaItemId,
          },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await smb(DECIDE, { i: { agendaItemId, decision: 'AANVAARD', text: 'x' } }))).toEqual([
      'FORBIDDEN',
    ]);

    const advised = await smb(
      `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { kind subjectId party advice advisedBy decision } }`,
      { id: agendaItemId, a: 'Het SMB adviseert vast te stellen.' },
    );
    expect(ok(advised).adviseBoardItem).toEqual({
      kind: 'POLICY_CHANGE',
      subjectId: proposalId,
      party: 'lms',
      advice: 'Het SMB adviseert vast te stellen.',
      advisedBy: 'smb-member@smb',
      decision: null,
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await versions()).toEqual(before);
    expect((await proposal(proposalId)).state).toBe('SUBMITTED');
    // An instruction (aanwijzing) is a decision on an ICV, not on a policy change.
    refused(await decide('AANVAARD_MET_AANWIJZING'), 'BAD_USER_INPUT');

    expect(ok(await decide()).decideBoardItem.decision).toBe('AANVAARD');
    const adopted = await eventually(
      () => proposal(proposalId, 'auditor@jenv', 'state adoptedVersion { version inForce }'),
      (p) => p.state === 'ADOPTED',
      'the proposal adopted',
    );
    expect(adopted.adoptedVersion).toEqual({ version: before[0].version + 1, inForce: true });
    expect((await versions()).length).toBe(before.length + 1);
    refused(await decide(), 'CONFLICT');
    const item = ok(
      await as('viewer@politie')(
        `query($id: ID!) { boardItem(id: $id) { kind decision decidedBy changeProposal { id state } } }`,
        {
          id: agendaItemId,
        },
      ),
    ).boardItem;
    expect(item).toEqual({
      kind: 'POLICY_CHANGE',
      decision: 'AANVAARD',
      decidedBy: 'bmb-member@bmb',
      changeProposal: { id: proposalId, state: 'ADOPTED' },
    });
    const items = ok(await as('viewer@politie')(`{ boardItems(kind: POLICY_CHANGE) { id } }`)).boardItems;
    expect(items.map((i: { id: string }) => i.id)).toContain(agendaItemId);
  });

  it('[SK-3.1] a BBN profile change takes effect only on adoption', async () => {
    // OIS at BBN1, so moving a measure from BBN1 to BBN2 shows in what applies to it.
    ok(
      await lms(`mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { bbn } }`, {
        i: {
          facilityCode: 'OIS',
          biv: { beschikbaarheid: 'MIDDEN', integriteit: 'MIDDEN', vertrouwelijkheid: 'MIDDEN' },
          bbn: 1,
          rationale: 'BBN1 voor de test',
          reviewDue: isoDay(365),
        },
      }),
    );
    const measuresBefore = await eventually(oisMeasures, (m) => m.total > 0, 'OIS at BBN1');
    const profileBefore = ok(
      await lms('{ bbnProfile { version levels { bbn introduced { frameworkCode identifier } } } }'),
    ).bbnProfile;
    const versionBefore = await inForce();
    expect(versionBefore.requirements.bbnProfileVersion).toBe(profileBefore.version);
    const level1 = profileBefore.levels[0].introduced.filter(
      (r: { identifier: string }) => r.identifier !== '8.24.01',
    );
    const profile = {
      rationale: 'Cryptografie pas vanaf BBN2',
      levels: [
        { bbn: 1, measures: level1 },
        { bbn: 2, measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }] },
        { bbn: 3, measures: [] },
      ],
    };
    // The direct way is refused and changes nothing.
    const direct = refused(
      await lms('mutation($i: PublishBbnProfileInput!) { publishBbnProfile(input: $i) { version } }', {
        i: profile,
      }),
      'CONFLICT',
    );
    expect(direct.extensions!.i18n).toEqual(
      expect.objectContaining({ key: 'policy.change.proposalRequired' }),
    );
    expect(direct.message).toMatch(/draftChangeProposal/);

    const unchanged = async (step: string) => {
      expect({ step, profile: ok(await ambulance('{ bbnProfile { version } }')).bbnProfile.version }).toEqual(
        {
          step,
          profile: profileBefore.version,
        },
      );
      expect({ step, measures: await oisMeasures() }).toEqual({ step, measures: measuresBefore });
      expect({ step, version: await inForce() }).toEqual({ step, version: versionBefore });
    };
    const drafted = await adoptPolicyChange(as, { change: { bbnProfile: profile }, until: 'DRAFT' });
    const carried = await proposal(
      drafted.proposalId,
      'lms-operator@lms',
      'carried { bbnProfile { version levels { bbn introducedCount } } }',
    );
    expect(
      carried.carried.bbnProfile.levels.map((l: { introducedCount: number }) => l.introducedCount),
    ).toEqual([level1.length, 1, 0]);
    await unchanged('draft');
    await withdraw(drafted.proposalId);

    const { proposalId, agendaItemId } = await adoptPolicyChange(as, {
      change: { bbnProfile: profile },
      until: 'ADVISED',
    });
    await new Promise((r) => setTimeout(r, 1000));
    await unchanged('advised');

    ok(
      await bmb(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
        i: { agendaItemId, decision: 'AANVAARD', text: 'Het BMB stelt het profiel vast.' },
      }),
    );
    const adopted = await eventually(
      () =>
        proposal(
          proposalId,
          'lms-operator@lms',
          'state adoptedVersion { version requirements { bbnProfileVersion } }',
        ),
      (p) => p.state === 'ADOPTED',
      'the profile change adopted',
    );
    expect(adopted.adoptedVersion.requirements.bbnProfileVersion).toBe(profileBefore.version + 1);
    expect(ok(await ambulance('{ bbnProfile { version } }')).bbnProfile.version).toBe(
      profileBefore.version + 1,
    );
    const after = await eventually(
      oisMeasures,
      (m) => m.profileVersion === profileBefore.version + 1,
      'the new profile applied to OIS',
    );
    expect(after.total).toBe(measuresBefore.total - 1);
    expect((await inForce()).version).toBe(versionBefore.version + 1);
  });

  it('[SK-3.1] while one proposal with requirement changes is before the boards, another is not submitted', async () => {
    const supplementary = (rationale: string) => ({
      supplementaryMeasures: [{ facilityCode: 'OIS', measures: [], rationale }],
    });
    const first = await adoptPolicyChange(as, {
      change: supplementary('Aanvullende analyse OIS (eerste)'),
      until: 'SUBMITTED',
    });
    const second = await adoptPolicyChange(as, {
      change: supplementary('Aanvullende analyse OIS (tweede)'),
      until: 'CONSULTATION',
    });
    // A text-only change may go to the boards alongside.
    const textOnly = await adoptPolicyChange(as, { change: { recalibrationMonths: 20 }, until: 'SUBMITTED' });
    const SUBMIT = `mutation($p: ID!) { submitChangeProposal(proposalId: $p) { state } }`;
    const blocked = refused(await lms(SUBMIT, { p: second.proposalId }), 'CONFLICT');
    expect(blocked.extensions!.i18n).toEqual(
      expect.objectContaining({ key: 'policy.proposal.otherCarryingSubmitted' }),
    );
    expect((await proposal(second.proposalId)).state).toBe('CONSULTATION');

    const decide = async (agendaItemId: string) => {
      ok(
        await smb(
          `mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: "Het SMB adviseert af te wijzen.") { id } }`,
          {
            id: agendaItemId,
          },
        ),
      );
      ok(
        await bmb(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
          i: { agendaItemId, decision: 'NIET_AANVAARD', text: 'Het BMB stelt de wijziging niet vast.' },
        }),
      );
    };
    await decide(first.agendaItemId!);
    await decide(textOnly.agendaItemId!);
    await eventually(
      () => proposal(first.proposalId),
      (p) => p.state === 'REJECTED',
      'the first proposal rejected',
    );
    expect(ok(await lms(SUBMIT, { p: second.proposalId })).submitChangeProposal.state).toBe('SUBMITTED');
    const item = await eventually(
      async () => (await proposal(second.proposalId, 'smb-member@smb', 'boardItem { id }')).boardItem,
      (i) => !!i,
      'the second proposal on the agenda',
    );
    await decide(item.id);
  });

  it('[SK-3.1] a rejected proposal changes nothing', async () => {
    const before = {
      versions: await versions(),
      profile: ok(await ambulance('{ bbnProfile { version } }')).bbnProfile,
      measures: await oisMeasures(),
    };
    const current = ok(
      await lms('{ bbnProfile { levels { bbn introduced { frameworkCode identifier } } } }'),
    ).bbnProfile;
    const { proposalId } = await adoptPolicyChange(as, {
      until: 'REJECTED',
      change: {
        recalibrationMonths: 6,
        bbnProfile: {
          rationale: 'Alles pas vanaf BBN3',
          levels: [
            { bbn: 1, measures: [] },
            { bbn: 2, measures: [] },
            { bbn: 3, measures: current.levels.flatMap((l: { introduced: unknown[] }) => l.introduced) },
          ],
        },
      },
    });
    const p = await proposal(proposalId, 'auditor@jenv', 'state adoptedVersion { version } decidedAt');
    expect(p).toEqual({ state: 'REJECTED', adoptedVersion: null, decidedAt: expect.any(String) });
    await new Promise((r) => setTimeout(r, 1000));
    expect({
      versions: await versions(),
      profile: ok(await ambulance('{ bbnProfile { version } }')).bbnProfile,
      measures: await oisMeasures(),
    }).toEqual(before);
  });

  it('[SK-3.1] each hoofdgebruiker responds with position and reasons; submission waits for all of them', async () => {
    const { proposalId } = await adoptPolicyChange(as, {
      change: { recalibrationMonths: 12 },
      until: 'DRAFT',
    });
    const RESPOND = `mutation($i: ConsultationResponseInput!) { respondToConsultation(input: $i) { id } }`;
    const SUBMIT = `mutation($p: ID!) { submitChangeProposal(proposalId: $p) { state } }`;
    // Not before the consultation is open.
    refused(
      await politie(RESPOND, { i: { proposalId, position: 'AGREE', reasons: 'Akkoord met het voorstel.' } }),
      'CONFLICT',
    );
    refused(await lms(SUBMIT, { p: proposalId }), 'CONFLICT');
    ok(
      await lms(
        `mutation($p: ID!, $d: String!) { openConsultation(proposalId: $p, respondBy: $d) { state } }`,
        { p: proposalId, d: isoDay(14) },
      ),
    );
    expect((await proposal(proposalId)).state).toBe('CONSULTATION');

    const positions: Record<string, string> = {
      'security-officer@politie': 'AGREE',
      'security-officer@ambulance': 'REMARKS',
      'security-officer@brandweer': 'DISAGREE',
    };
    for (const [officer, position] of Object.entries(positions))
      ok(await as(officer)(RESPOND, { i: { proposalId, position, reasons: `Reden van ${officer}.` } }));
    // A response may be revised until submission.
    ok(
      await politie(RESPOND, {
        i: { proposalId, position: 'REMARKS', reasons: 'Herzien: graag 18 maanden.' },
      }),
    );
    // Only hoofdgebruikers respond, each for its own party.
    expect(
      errorCodes(await as('viewer@politie')(RESPOND, { i: { proposalId, position: 'AGREE', reasons: 'x' } })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await lms(RESPOND, { i: { proposalId, position: 'AGREE', reasons: 'x' } }))).toEqual([
      'FORBIDDEN',
    ]);

    // Two have not responded and respondBy has not passed.
    const waiting = refused(await lms(SUBMIT, { p: proposalId }), 'CONFLICT');
    expect(waiting.message).toMatch(/kmar|defensie|respond/i);
    const RESPONSES = 'responses { party position reasons respondedBy } awaitingResponse';
    expect((await proposal(proposalId, 'lms-operator@lms', RESPONSES)).awaitingResponse.sort()).toEqual([
      'defensie',
      'kmar',
    ]);

    // A hoofdgebruiker sees its own response; the LMS, the boards and the auditor all of them.
    const seenBy = async (account: string) =>
      ((await proposal(proposalId, account, RESPONSES)).responses as { party: string }[])
        .map((r) => r.party)
        .sort();
    expect(await seenBy('security-officer@politie')).toEqual(['politie']);
    expect(await seenBy('security-officer@kmar')).toEqual([]);
    for (const account of ['lms-operator@lms', 'smb-member@smb', 'bmb-member@bmb', 'auditor@jenv'])
      expect({ account, parties: await seenBy(account) }).toEqual({
        account,
        parties: ['ambulance', 'brandweer', 'politie'],
      });
    expect((await proposal(proposalId, 'security-officer@politie', RESPONSES)).responses).toEqual([
      {
        party: 'politie',
        position: 'REMARKS',
        reasons: 'Herzien: graag 18 maanden.',
        respondedBy: 'security-officer@politie',
      },
    ]);

    for (const officer of ['security-officer@kmar', 'security-officer@defensie'])
      ok(
        await as(officer)(RESPOND, {
          i: { proposalId, position: 'AGREE', reasons: 'Akkoord met het voorstel.' },
        }),
      );
    expect(ok(await lms(SUBMIT, { p: proposalId })).submitChangeProposal.state).toBe('SUBMITTED');
    // After submission the responses are final, and the LMS no longer withdraws.
    refused(
      await politie(RESPOND, { i: { proposalId, position: 'AGREE', reasons: 'Toch akkoord.' } }),
      'CONFLICT',
    );
    refused(await lms(WITHDRAW, { p: proposalId, r: 'Te laat: het ligt bij de besturen.' }), 'CONFLICT');
    const trail = (await proposal(proposalId, 'auditor@jenv', 'trail { step actor }')).trail.map(
      (s: { step: string }) => s.step,
    );
    expect(trail).toEqual(
      expect.arrayContaining(['DRAFTED', 'CONSULTATION_OPENED', 'RESPONDED', 'SUBMITTED']),
    );
    // Decide it, so later tests start without a proposal before the boards.
    const item = await eventually(
      async () => (await proposal(proposalId, 'smb-member@smb', 'boardItem { id }')).boardItem,
      (i) => !!i,
      'the proposal on the agenda',
    );
    ok(
      await smb(
        `mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: "Niet vaststellen.") { id } }`,
        { id: item.id },
      ),
    );
    ok(
      await bmb(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
        i: { agendaItemId: item.id, decision: 'NIET_AANVAARD', text: 'Niet vastgesteld.' },
      }),
    );
  });
});

describe('[SK-4.4] what triggers a change', () => {
  it('[SK-4.4] each trigger kind links to its record', async () => {
    const TRIGGER = `trigger { kind recordId reference label jaaraanschrijving { id reference } request { id state } icvDecision { id } instruction { id } }`;
    // The jaaraanschrijving.
    const jaar = ok(
      await lms(
        `mutation($i: RecordJaaraanschrijvingInput!) { recordJaaraanschrijving(input: $i) { id year date reference recordedBy } }`,
        {
          i: { date: isoDay(0), reference: 'JA-test-001', text: 'De jaaraanschrijving van de minister.' },
        },
      ),
    ).recordJaaraanschrijving;
    expect(jaar).toEqual(
      expect.objectContaining({
        year: YEAR,
        date: isoDay(0),
        reference: 'JA-test-001',
        recordedBy: 'lms-operator@lms',
      }),
    );
    expect(ok(await politie('{ jaaraanschrijvingen { id } }')).jaaraanschrijvingen).toContainEqual({
      id: jaar.id,
    });
    const byJaar = ok(await draft({ kind: 'JAARAANSCHRIJVING', recordId: jaar.id })).draftChangeProposal;
    const jaarTrigger = (await proposal(byJaar.id, 'lms-operator@lms', TRIGGER)).trigger;
    expect(jaarTrigger).toEqual(
      expect.objectContaining({
        kind: 'JAARAANSCHRIJVING',
        recordId: jaar.id,
        jaaraanschrijving: { id: jaar.id, reference: 'JA-test-001' },
      }),
    );
    expect(jaarTrigger.label).toEqual(expect.any(String));
    await withdraw(byJaar.id);

    // A hoofdgebruiker's request: taken up by a draft; another one declined with reasons.
    const REQUEST = `mutation($i: RequestPolicyChangeInput!) { requestPolicyChange(input: $i) { id party state requestedBy } }`;
    const request = ok(
      await politie(REQUEST, {
        i: {
          subject: 'Logging bij medegebruikers',
          motivation: 'De norm is onduidelijk voor medegebruikers.',
        },
      }),
    ).requestPolicyChange;
    expect(request).toEqual({
      id: expect.any(String),
      party: 'politie',
      state: 'OPEN',
      requestedBy: 'security-officer@politie',
    });
    const other = ok(
      await politie(REQUEST, { i: { subject: 'Wachtwoordregels', motivation: 'Sluit aan bij de BIO.' } }),
    ).requestPolicyChange;
    expect(errorCodes(await lms(REQUEST, { i: { subject: 'x', motivation: 'y' } }))).toEqual(['FORBIDDEN']);
    const REQUESTS = `{ changeRequests { id party state } }`;
    expect(ok(await ambulance(REQUESTS)).changeRequests.map((r: { id: string }) => r.id)).not.toContain(
      request.id,
    );
    expect(ok(await lms(REQUESTS)).changeRequests.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([request.id, other.id]),
    );
    const byRequest = ok(
      await draft({ kind: 'HOOFDGEBRUIKER_REQUEST', recordId: request.id }),
    ).draftChangeProposal;
    expect((await proposal(byRequest.id, 'lms-operator@lms', TRIGGER)).trigger).toEqual(
      expect.objectContaining({
        kind: 'HOOFDGEBRUIKER_REQUEST',
        recordId: request.id,
        request: { id: request.id, state: 'TAKEN_UP' },
      }),
    );
    const taken = ok(await politie(`{ changeRequests { id state proposal { id } } }`)).changeRequests.find(
      (r: { id: string }) => r.id === request.id,
    );
    expect(taken).toEqual({ id: request.id, state: 'TAKEN_UP', proposal: { id: byRequest.id } });
    // A taken-up request is not taken up twice, nor declined.
    refused(await draft({ kind: 'HOOFDGEBRUIKER_REQUEST', recordId: request.id }), 'BAD_USER_INPUT');
    const DECLINE = `mutation($id: ID!, $r: String!) { declineChangeRequest(id: $id, reasons: $r) { state declinedBy declineReasons } }`;
    refused(await lms(DECLINE, { id: request.id, r: 'Al opgepakt.' }), 'CONFLICT');
    expect(ok(await lms(DECLINE, { id: other.id, r: 'De BIO regelt dit al.' })).declineChangeRequest).toEqual(
      {
        state: 'DECLINED',
        declinedBy: 'lms-operator@lms',
        declineReasons: 'De BIO regelt dit al.',
      },
    );
    refused(await draft({ kind: 'HOOFDGEBRUIKER_REQUEST', recordId: other.id }), 'BAD_USER_INPUT');
    await withdraw(byRequest.id);

    // An evaluation carries a reference text, required; a risk analysis is a record (issue 16).
    expect(
      JSON.stringify(
        refused(await draft({ kind: 'RISK_ANALYSIS', reference: `Risicoanalyse ${YEAR}` }), 'BAD_USER_INPUT')
          .extensions,
      ),
    ).toMatch(/recordId/);
    for (const kind of ['EVALUATION']) {
      const bad = refused(await draft({ kind }), 'BAD_USER_INPUT');
      expect(JSON.stringify(bad.extensions)).toMatch(/reference/);
      const good = ok(await draft({ kind, reference: `${kind} beheerder ${YEAR}` })).draftChangeProposal;
      expect(good.trigger).toEqual(
        expect.objectContaining({ kind, recordId: null, reference: `${kind} beheerder ${YEAR}` }),
      );
      await withdraw(good.id);
    }

    // A record that does not exist, or is of another kind: refused, nothing written.
    const countBefore = ok(await lms('{ changeProposals { id } }')).changeProposals.length;
    const audit = await policyAuditEntries();
    for (const trigger of [
      { kind: 'JAARAANSCHRIJVING', recordId: '00000000-0000-4000-8000-000000000000' },
      { kind: 'HOOFDGEBRUIKER_REQUEST', recordId: '00000000-0000-4000-8000-000000000000' },
      { kind: 'BMB_INSTRUCTION', recordId: '00000000-0000-4000-8000-000000000000' },
      { kind: 'ICV_OUTCOME', recordId: '00000000-0000-4000-8000-000000000000' },
      { kind: 'JAARAANSCHRIJVING', recordId: request.id },
      { kind: 'JAARAANSCHRIJVING' },
    ])
      expect({ trigger, codes: errorCodes(await draft(trigger)) }).toEqual({
        trigger,
        codes: ['BAD_USER_INPUT'],
      });
    expect(ok(await lms('{ changeProposals { id } }')).changeProposals.length).toBe(countBefore);
    expect(await policyAuditEntries()).toEqual(audit);
    // ICV_OUTCOME and BMB_INSTRUCTION with a real ICV decision: the year walk (year-walk.ts).
  });
});

describe('bad input on the new mutations', () => {
  it('is refused with BAD_USER_INPUT naming the problem, and nothing is written', async () => {
    // Records to act on: an open request, a draft, a proposal in consultation, one before the SMB.
    const request = ok(
      await politie(`mutation($i: RequestPolicyChangeInput!) { requestPolicyChange(input: $i) { id } }`, {
        i: { subject: 'Onderwerp', motivation: 'Een motivatie van het verzoek.' },
      }),
    ).requestPolicyChange;
    const drafted = ok(
      await draft({ kind: 'EVALUATION', reference: 'Evaluatie (test)' }),
    ).draftChangeProposal;
    const consulted = await adoptPolicyChange(as, { change: { recalibrationMonths: 30 }, until: 'DRAFT' });
    ok(
      await lms(
        `mutation($p: ID!, $d: String!) { openConsultation(proposalId: $p, respondBy: $d) { state } }`,
        { p: consulted.proposalId, d: isoDay(7) },
      ),
    );
    const before = await adoptPolicyChange(as, { change: { recalibrationMonths: 36 }, until: 'SUBMITTED' });

    const policyAudit = await policyAuditEntries();
    const governanceAudit = await governanceAuditEntries();
    const state = async () => ({
      proposals: ok(await lms('{ changeProposals { id state title } }')).changeProposals,
      requests: ok(await lms('{ changeRequests { id state } }')).changeRequests,
      jaar: ok(await lms('{ jaaraanschrijvingen { id } }')).jaaraanschrijvingen,
      versions: await versions(),
      item: ok(
        await smb(`query($id: ID!) { boardItem(id: $id) { advice decision } }`, { id: before.agendaItemId }),
      ).boardItem,
    });
    const stateBefore = await state();
    const calls: [string, () => Promise<GraphQLResponse>][] = [
      [
        'recordJaaraanschrijving',
        () =>
          lms(`mutation($i: RecordJaaraanschrijvingInput!) { recordJaaraanschrijving(input: $i) { id } }`, {
            i: { date: 'gisteren', reference: '', text: '' },
          }),
      ],
      [
        'requestPolicyChange',
        () =>
          politie(`mutation($i: RequestPolicyChangeInput!) { requestPolicyChange(input: $i) { id } }`, {
            i: { subject: ' ', motivation: '' },
          }),
      ],
      [
        'declineChangeRequest',
        () =>
          lms(`mutation($id: ID!) { declineChangeRequest(id: $id, reasons: " ") { id } }`, {
            id: request.id,
          }),
      ],
      [
        'draftChangeProposal',
        () =>
          lms(DRAFT, {
            i: {
              title: '',
              rationale: '',
              trigger: { kind: 'EVALUATION', reference: 'RA' },
              change: { recalibrationMonths: 24 },
            },
          }),
      ],
      [
        'draftChangeProposal (unknown measure in a norm)',
        () =>
          lms(DRAFT, {
            i: {
              title: 'Norm N-99',
              rationale: 'Een nieuwe norm voor de test.',
              trigger: { kind: 'EVALUATION', reference: 'RA' },
              change: {
                setNorms: [
                  {
                    key: 'N-99',
                    title: 'Norm',
                    text: 'Tekst.',
                    measures: [{ frameworkCode: 'BIO2', identifier: '9.99.99' }],
                  },
                ],
              },
            },
          }),
      ],
      [
        'draftChangeProposal (no change)',
        () =>
          lms(DRAFT, {
            i: {
              title: 'Lege wijziging',
              rationale: 'Een wijziging zonder inhoud.',
              trigger: { kind: 'EVALUATION', reference: 'RA' },
              change: {},
            },
          }),
      ],
      [
        'updateChangeProposal',
        () =>
          lms(`mutation($i: UpdateChangeProposalInput!) { updateChangeProposal(input: $i) { id } }`, {
            i: { id: drafted.id, title: '', rationale: 'x', change: { recalibrationMonths: -1 } },
          }),
      ],
      [
        'openConsultation (date)',
        () =>
          lms(`mutation($p: ID!) { openConsultation(proposalId: $p, respondBy: "volgende week") { id } }`, {
            p: drafted.id,
          }),
      ],
      [
        'openConsultation (past)',
        () =>
          lms(`mutation($p: ID!, $d: String!) { openConsultation(proposalId: $p, respondBy: $d) { id } }`, {
            p: drafted.id,
            d: isoDay(-1),
          }),
      ],
      [
        'respondToConsultation',
        () =>
          politie(`mutation($i: ConsultationResponseInput!) { respondToConsultation(input: $i) { id } }`, {
            i: { proposalId: consulted.proposalId, position: 'DISAGREE', reasons: ' ' },
          }),
      ],
      ['withdrawChangeProposal', () => lms(WITHDRAW, { p: drafted.id, r: '' })],
      [
        'adviseBoardItem',
        () =>
          smb(`mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: " ") { id } }`, {
            id: before.agendaItemId,
          }),
      ],
    ];
    const results: Record<string, unknown> = {};
    for (const [name, call] of calls) {
      const r = await call();
      const error = r.errors?.[0];
      results[name] = {
        code: errorCodes(r)[0],
        explained:
          !!error &&
          (Array.isArray(error.extensions?.problems)
            ? error.extensions!.problems.length > 0
            : !!error.extensions?.i18n),
      };
    }
    expect(results).toEqual(
      Object.fromEntries(calls.map(([name]) => [name, { code: 'BAD_USER_INPUT', explained: true }])),
    );
    // An id that names nothing is not found; a year far ahead has no assessment to confirm.
    expect(errorCodes(await lms(`mutation { submitChangeProposal(proposalId: "kapot") { id } }`))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes(
        await ambulance(`mutation($y: Int!) { confirmPolicyReview(year: $y) { year } }`, { y: YEAR + 5 }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await state()).toEqual(stateBefore);
    expect(await policyAuditEntries()).toEqual(policyAudit);
    expect(await governanceAuditEntries()).toEqual(governanceAudit);

    // Clean up: nothing left before the boards for the following files' tests.
    ok(
      await smb(
        `mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: "Het SMB adviseert vast te stellen.") { id } }`,
        {
          id: before.agendaItemId,
        },
      ),
    );
    refused(
      await bmb(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
        i: { agendaItemId: before.agendaItemId, decision: 'AANVAARD', text: ' ' },
      }),
      'BAD_USER_INPUT',
    );
    expect(
      ok(await smb(`query($id: ID!) { boardItem(id: $id) { decision } }`, { id: before.agendaItemId }))
        .boardItem.decision,
    ).toBeNull();
    ok(
      await bmb(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
        i: { agendaItemId: before.agendaItemId, decision: 'NIET_AANVAARD', text: 'Niet vastgesteld.' },
      }),
    );
    expect(HOOFDGEBRUIKER_OFFICERS.length).toBe(5);
  });
});

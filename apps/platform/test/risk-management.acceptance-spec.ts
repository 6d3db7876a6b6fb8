import { rmSync } from 'node:fs';
import {
  adoptPolicyChange,
  answerRiskResponses,
  createTestDatabase,
  draftRiskAnalysis,
  errorCodes,
  eventually,
  finaliseRiskAnalysis,
  graphql,
  GraphQLResponse,
  isoDay,
  openRiskConsultation,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  readRiskAnalysis,
  respondAsParties,
  respondToRiskConsultation,
  runRiskConsultationRound,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';
import { oscalPoamErrors } from './support/oscal-poam';

/**
 * Risk management through the gateway (issue 16): the LMS's analyses of the shared facilities with the
 * consultation of the hoofdgebruikers (SK-4.2), the supplementary analysis a BBN above 2 requires and the
 * policy change it proposes (SK-4.3, SK-4.4), and a register per party with four-eyes acceptance (SK-5.2).
 *
 * One platform of its own (it classifies facilities and adopts a policy change), on a clock that starts now;
 * the last test restarts it on the same data some days later, to finalise past a consultation deadline.
 */
const NOW = new Date();
const LATER = new Date(NOW.getTime() + 6 * 86_400_000);
const YEAR = NOW.getUTCFullYear();

let platform: PlatformProcess;
let db: TestDatabase | null;
const tokens: Record<string, string> = {};
const ACCOUNTS = [
  ...POLICY_FLOW_ACCOUNTS,
  'auditor@jenv',
  'officer-official@politie',
  'accountable-official@politie',
  'viewer@politie',
];
const as = (account: string) => (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, tokens[account]);
const lms = as('lms-operator@lms');
const politie = as('security-officer@politie');
const ambulance = as('security-officer@ambulance');
const kmar = as('security-officer@kmar');
const smb = as('smb-member@smb');
const auditor = as('auditor@jenv');

const ok = (r: GraphQLResponse) => {
  expect(r.errors).toBeUndefined();
  return r.data;
};
const refused = (r: GraphQLResponse, code: string) => {
  expect(errorCodes(r)).toEqual([code]);
  return r.errors![0];
};
const codes = (items: { code: string }[]) => items.map((i) => i.code).sort();

async function signInAll() {
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
}
const envOf = (now: Date): Record<string, string> => ({
  MKIB_NOW: now.toISOString(),
  ...(db ? { MKIB_DATABASE_URL: db.url } : {}),
});

/** The length of the risk service's audit chain, as the auditor reads it. */
const riskAudit = async () =>
  ok(await auditor(`{ riskAuditTrail(filter: { limit: 1 }) { total } }`)).riskAuditTrail.total as number;
const signals = async () =>
  ok(await smb(`{ smbSignals { total items { kind subject summary actor } } }`)).smbSignals.items as {
    kind: string;
    subject: string;
    summary: string;
  }[];
const signalOf = (kind: string, about: (s: { subject: string; summary: string }) => boolean) =>
  eventually(
    signals,
    (items) => items.some((s) => s.kind === kind && about(s)),
    `the SMB signal ${kind}`,
  ).then((items) => items.find((s) => s.kind === kind && about(s))!);
const FACILITY = `query($c: ID!) { facility(code: $c) { code bbn history { bbn }
  supplementaryAnalysis { status requiredSince reason dueDate completedAt
    analysis { id number kind scope state ownerParty { code } facilityCodes } } } }`;
const CLASSIFY = `mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { code bbn supplementaryAnalysis { status } } }`;
const classify = (facilityCode: string, bbn: number) =>
  lms(CLASSIFY, {
    i: {
      facilityCode,
      biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: bbn > 2 ? 'HOOG' : 'MIDDEN' },
      bbn,
      rationale: bbn > 2 ? 'Dreiging door statelijke actoren' : 'Herijking: de dreiging is afgenomen',
      reviewDue: isoDay(365, NOW),
    },
  });

beforeAll(async () => {
  db = await createTestDatabase();
  platform = await startPlatformProcess(envOf(NOW), undefined, { keepDataDir: true });
  await signInAll();
});
afterAll(async () => {
  await platform?.stop();
  if (platform) rmSync(platform.dataDir, { recursive: true, force: true });
  await db?.drop();
});

/** The analysis of SPOEDRESPONS (C2000) the consultation tests share. */
let c2000: { id: string; number: string };

describe('[SK-4.2] the LMS consults the hoofdgebruikers on its analysis of a shared facility', () => {
  it('[SK-4.2] drafts with threats from the seeded catalogue; opening the consultation gives every using party a task and a reminder', async () => {
    const threats = ok(await politie(`{ threats { code name category source } }`)).threats;
    expect(threats.length).toBeGreaterThanOrEqual(15);
    expect(threats.map((t: { name: string }) => t.name).join(' ')).toMatch(/statelijk/i);
    const scale = ok(
      await politie(`{ riskScale { likelihood { value label } impact { value } matrix } }`),
    ).riskScale;
    expect(scale.likelihood).toHaveLength(5);
    expect(scale.matrix).toHaveLength(5);

    const drafted = await draftRiskAnalysis(as, { facilityCodes: ['SPOEDRESPONS'], today: isoDay(0, NOW) });
    c2000 = drafted;
    expect(drafted).toEqual(
      expect.objectContaining({
        number: expect.stringMatching(new RegExp(`^RA-${YEAR}-\\d{3}$`)),
        version: 1,
        state: 'CONCEPT',
        kind: 'REGULIER',
        scope: 'GEDEELDE_VOORZIENING',
        ownerParty: { code: 'lms' },
        method: expect.stringMatching(/BIO2.*BBN2.*SPOEDRESPONS/),
        consultation: null,
      }),
    );
    // The level is the scale's cell, saved with the risk.
    expect(drafted.risks[0].inherent.level).toBe(scale.matrix[3][3]);
    // A party that is not consulted yet does not read the LMS's draft.
    refused(
      await politie(`query($id: ID!) { riskAnalysis(id: $id) { id } }`, { id: drafted.id }),
      'NOT_FOUND',
    );

    const respondBy = isoDay(10, NOW);
    const opened = await openRiskConsultation(as, drafted.id, respondBy);
    expect(opened.state).toBe('CONSULTATIE');
    expect(opened.consultation.respondBy).toBe(respondBy);
    // C2000 is used by Defensie, not the KMar (SK-T2).
    expect(codes(opened.consultation.parties.map((p: { party: { code: string } }) => p.party))).toEqual([
      'ambulance',
      'brandweer',
      'defensie',
      'politie',
    ]);
    expect(codes(opened.consultation.missing)).toEqual(['ambulance', 'brandweer', 'defensie', 'politie']);

    const TASKS = `{ riskConsultationTasks(openOnly: true) { analysis { id number } party { code } respondBy overdue response { id } } }`;
    const tasks = await eventually(
      async () => ok(await politie(TASKS)).riskConsultationTasks as any[],
      (ts) => ts.some((t) => t.analysis.id === drafted.id),
      'the consultation task of politie',
    );
    expect(tasks.find((t) => t.analysis.id === drafted.id)).toEqual({
      analysis: { id: drafted.id, number: drafted.number },
      party: { code: 'politie' },
      respondBy,
      overdue: false,
      response: null,
    });
    expect(
      (ok(await kmar(TASKS)).riskConsultationTasks as any[]).filter((t) => t.analysis.id === drafted.id),
    ).toEqual([]);
    // Now consulted, politie reads the analysis; the KMar, not consulted, does not.
    expect(ok(await politie(`query($id: ID!) { riskAnalysis(id: $id) { id } }`, { id: drafted.id }))).toEqual(
      {
        riskAnalysis: { id: drafted.id },
      },
    );
    refused(await kmar(`query($id: ID!) { riskAnalysis(id: $id) { id } }`, { id: drafted.id }), 'NOT_FOUND');

    const reminders = await eventually(
      async () =>
        ok(
          await politie(
            `query($y: Int!) { reminders(year: $y) { milestone party deadline kind subjectId title } }`,
            { y: Number(respondBy.slice(0, 4)) },
          ),
        ).reminders as any[],
      (rs) => rs.some((r) => r.subjectId === drafted.id),
      'the consultation reminder of politie',
    );
    expect(reminders.find((r) => r.subjectId === drafted.id)).toEqual({
      milestone: 'RISICOCONSULTATIE',
      party: 'politie',
      deadline: respondBy,
      kind: 'VOORAF',
      subjectId: drafted.id,
      title: expect.stringContaining(drafted.number),
    });
  });

  it('[SK-4.2] finalising is refused while a using party has not responded: CONFLICT naming it, and nothing is written', async () => {
    await respondAsParties(as, c2000.id, ['politie', 'ambulance', 'brandweer']);
    // A response is revisable while the round is open: the revision replaces it.
    ok(await respondToRiskConsultation(as, 'ambulance', c2000.id, 'AKKOORD_MET_OPMERKINGEN'));
    const before = await riskAudit();
    const error = refused(await finaliseRiskAnalysis(as, c2000.id), 'CONFLICT');
    expect(error.extensions!.i18n!.key).toBe('risk.analysis.responsesMissing');
    expect(error.message).toMatch(/defensie/i);
    expect(error.message).not.toMatch(/politie/i);
    const after = await readRiskAnalysis(as, c2000.id);
    expect(after.state).toBe('CONSULTATIE');
    expect(codes(after.consultation.missing)).toEqual(['defensie']);
    expect(after.consultation.parties.find((p: any) => p.party.code === 'ambulance').response.position).toBe(
      'AKKOORD_MET_OPMERKINGEN',
    );
    expect(await riskAudit()).toBe(before);
    // Only a consulted party's security officer responds.
    refused(await respondToRiskConsultation(as, 'kmar', c2000.id), 'NOT_FOUND');
  });

  it('[SK-4.2] a disagreement must be answered; then the LMS finalises, the responses stay on the record and the SMB is informed', async () => {
    await respondAsParties(as, c2000.id, ['defensie'], { defensie: 'NIET_AKKOORD' });
    const unanswered = refused(await finaliseRiskAnalysis(as, c2000.id), 'CONFLICT');
    expect(unanswered.extensions!.i18n!.key).toBe('risk.analysis.disagreementUnanswered');
    // Only the LMS answers: a consulted party's officer does not find another party's response.
    const pending = (await readRiskAnalysis(as, c2000.id)).consultation.unanswered;
    expect(pending.map((r: { party: { code: string } }) => r.party.code).sort()).toEqual([
      'ambulance',
      'defensie',
    ]);
    refused(
      await politie(
        `mutation($i: AnswerRiskConsultationInput!) { answerRiskConsultationResponse(input: $i) { id } }`,
        { i: { responseId: pending[0].id, answer: 'Niet aan u.' } },
      ),
      'NOT_FOUND',
    );
    await answerRiskResponses(as, c2000.id);

    const final = ok(await finaliseRiskAnalysis(as, c2000.id)).finaliseRiskAnalysis;
    expect(final).toEqual(
      expect.objectContaining({
        state: 'DEFINITIEF',
        finalisedPastDeadlineNote: null,
        finalisedAt: expect.any(String),
      }),
    );
    expect(final.consultation.missing).toEqual([]);
    expect(final.consultation.unanswered).toEqual([]);
    const defensie = final.consultation.parties.find((p: any) => p.party.code === 'defensie').response;
    expect(defensie).toEqual(
      expect.objectContaining({ position: 'NIET_AKKOORD', answer: expect.any(String) }),
    );
    // Final analyses are not edited: a change is a new version.
    refused(await finaliseRiskAnalysis(as, c2000.id), 'CONFLICT');
    await signalOf('RISICOANALYSE_DEFINITIEF', (s) => `${s.subject} ${s.summary}`.includes(c2000.number));
    const open = ok(
      await politie(`{ riskConsultationTasks(openOnly: true) { analysis { id } } }`),
    ).riskConsultationTasks;
    expect(open.filter((t: { analysis: { id: string } }) => t.analysis.id === c2000.id)).toEqual([]);
  });

  it('[SK-4.2] a revision is a new version of the same number; the old one stays readable and is superseded once the new one is final', async () => {
    const revision = ok(
      await lms(
        `mutation($id: ID!) { reviseRiskAnalysis(id: $id) { id number version state risks { id } } }`,
        {
          id: c2000.id,
        },
      ),
    ).reviseRiskAnalysis;
    expect(revision).toEqual(expect.objectContaining({ number: c2000.number, version: 2, state: 'CONCEPT' }));
    expect(revision.risks).toHaveLength(1);
    // One open revision at a time.
    refused(
      await lms(`mutation($id: ID!) { reviseRiskAnalysis(id: $id) { id } }`, { id: c2000.id }),
      'CONFLICT',
    );
    const old = ok(
      await auditor(`query($id: ID!) { riskAnalysis(id: $id) { state version supersededBy { id } } }`, {
        id: c2000.id,
      }),
    ).riskAnalysis;
    expect(old).toEqual({ state: 'DEFINITIEF', version: 1, supersededBy: null });

    // The party's findings from the mitigating treatments of version 1 (icv makes them on finalising).
    const v1 = await readRiskAnalysis(as, c2000.id);
    const mitigating: string[] = v1.risks
      .filter((r: any) => r.treatment.kind === 'MITIGEREN')
      .map((r: any) => r.treatment.id);
    expect(mitigating.length).toBeGreaterThan(0);
    const findingsOfTreatments = async () =>
      (
        ok(
          await auditor(
            `query($y: Int!) { assessment(year: $y, party: "lms") { findings { id riskTreatmentId } } }`,
            {
              y: YEAR,
            },
          ),
        ).assessment.findings as { riskTreatmentId: string | null }[]
      ).filter((f) => f.riskTreatmentId && mitigating.includes(f.riskTreatmentId));
    await eventually(
      findingsOfTreatments,
      (fs) => fs.length === mitigating.length,
      'the findings of version 1',
    );

    // The new version goes through its own consultation round and supersedes version 1.
    const parties = v1.consultation.parties.map((p: { party: { code: string } }) => p.party.code);
    await openRiskConsultation(as, revision.id, isoDay(14, NOW));
    await respondAsParties(as, revision.id, parties);
    const final = ok(await finaliseRiskAnalysis(as, revision.id)).finaliseRiskAnalysis;
    expect(final).toEqual(expect.objectContaining({ state: 'DEFINITIEF', version: 2 }));
    const superseded = ok(
      await auditor(
        `query($id: ID!) { riskAnalysis(id: $id) { state version supersededBy { id } versions { id version state } risks { id } } }`,
        { id: c2000.id },
      ),
    ).riskAnalysis;
    expect(superseded).toEqual(
      expect.objectContaining({ state: 'VERVANGEN', version: 1, supersededBy: { id: revision.id } }),
    );
    expect(superseded.risks).toHaveLength(1);
    expect(superseded.versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual(
      expect.arrayContaining([
        [1, 'VERVANGEN'],
        [2, 'DEFINITIEF'],
      ]),
    );
    // A treatment kept in the new version stays the one finding: nothing is added for it.
    await eventually(
      signals,
      (items) =>
        items.filter(
          (x) => x.kind === 'RISICOANALYSE_DEFINITIEF' && `${x.subject} ${x.summary}`.includes(c2000.number),
        ).length >= 2,
      'the signal of version 2',
    );
    const after = await findingsOfTreatments();
    expect(after).toHaveLength(mitigating.length);
    const all = ok(
      await auditor(
        `query($y: Int!) { assessment(year: $y, party: "lms") { findings { riskTreatmentId } } }`,
        {
          y: YEAR,
        },
      ),
    ).assessment.findings as { riskTreatmentId: string | null }[];
    const ids = all.map((f) => f.riskTreatmentId).filter((x): x is string => !!x);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('[SK-4.4] a final analysis of the LMS triggers a policy change', () => {
  it('[SK-4.4] a proposal links the final analysis as its trigger; an unknown analysis is refused', async () => {
    const DRAFT = `mutation($i: DraftChangeProposalInput!) { draftChangeProposal(input: $i) {
      id trigger { kind recordId label riskAnalysis { id number } } } }`;
    const draft = (recordId: string) =>
      lms(DRAFT, {
        i: {
          title: 'Wijziging na de risicoanalyse C2000',
          rationale: 'De risicoanalyse geeft aanleiding.',
          trigger: { kind: 'RISK_ANALYSIS', recordId },
          change: { recalibrationMonths: 24 },
        },
      });
    refused(await draft('00000000-0000-4000-8000-000000000000'), 'BAD_USER_INPUT');
    // The final analysis reaches the policy context as an event.
    const linked = await eventually(
      () => draft(c2000.id),
      (r) => !r.errors,
      'the analysis in policy',
    );
    expect(linked.data.draftChangeProposal.trigger).toEqual({
      kind: 'RISK_ANALYSIS',
      recordId: c2000.id,
      label: expect.stringContaining(c2000.number),
      riskAnalysis: { id: c2000.id, number: c2000.number },
    });
    ok(
      await lms(
        `mutation($p: ID!, $r: String!) { withdrawChangeProposal(proposalId: $p, reason: $r) { state } }`,
        {
          p: linked.data.draftChangeProposal.id,
          r: 'Alleen de koppeling getest.',
        },
      ),
    );
  });
});

describe('[SK-4.3] the supplementary analysis of a facility above BBN2', () => {
  let supplementary: { id: string; number: string };

  it('[SK-4.3] raising OIS above BBN2 creates the supplementary analysis with a deadline; finalising completes it, informs the SMB and proposes its measures as a DRAFT change', async () => {
    ok(await classify('OIS', 3));
    // The LMS's draft: the hoofdgebruikers see it once consulted.
    const required = ok(await lms(FACILITY, { c: 'OIS' })).facility.supplementaryAnalysis;
    expect(required).toEqual(
      expect.objectContaining({
        status: 'VEREIST',
        dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        completedAt: null,
        analysis: expect.objectContaining({
          kind: 'AANVULLEND',
          scope: 'GEDEELDE_VOORZIENING',
          state: 'CONCEPT',
          ownerParty: { code: 'lms' },
          facilityCodes: ['OIS'],
        }),
      }),
    );
    expect(required.dueDate > isoDay(0, NOW)).toBe(true);
    supplementary = required.analysis;
    // The platform's own analysis cannot be discarded.
    refused(
      await lms(`mutation($id: ID!) { discardRiskAnalysis(id: $id) }`, { id: supplementary.id }),
      'CONFLICT',
    );

    const round = await runRiskConsultationRound(as, {
      facilityCode: 'OIS',
      analysisId: supplementary.id,
      title: 'Aanvullende risicoanalyse OIS (BBN3)',
      positions: { ambulance: 'AKKOORD_MET_OPMERKINGEN' },
      today: isoDay(0, NOW),
    });
    expect(round.analysis.state).toBe('DEFINITIEF');
    expect(round.parties.length).toBeGreaterThanOrEqual(4);

    const completed = ok(await politie(FACILITY, { c: 'OIS' })).facility.supplementaryAnalysis;
    expect(completed).toEqual(
      expect.objectContaining({
        status: 'AFGEROND',
        completedAt: expect.any(String),
        analysis: expect.objectContaining({ id: supplementary.id, state: 'DEFINITIEF' }),
      }),
    );
    await signalOf('AANVULLENDE_ANALYSE_AFGEROND', (s) =>
      `${s.subject} ${s.summary}`.includes(supplementary.number),
    );

    const PROPOSALS = `{ changeProposals(state: DRAFT) { id title state draftedBy trigger { kind recordId }
      carried { supplementaryMeasures { facilityCode measures { frameworkCode identifier } } } } }`;
    const proposals = await eventually(
      async () => ok(await lms(PROPOSALS)).changeProposals as any[],
      (ps) => ps.some((p) => p.trigger.recordId === supplementary.id),
      'the proposal of the supplementary analysis',
    );
    const proposal = proposals.find((p) => p.trigger.recordId === supplementary.id);
    expect(proposal).toEqual(
      expect.objectContaining({
        state: 'DRAFT',
        draftedBy: 'lms-operator@lms',
        title: expect.stringMatching(new RegExp(`OIS.*${supplementary.number}`)),
        trigger: { kind: 'RISK_ANALYSIS', recordId: supplementary.id },
      }),
    );
    expect(proposal.carried.supplementaryMeasures).toEqual([
      {
        facilityCode: 'OIS',
        measures: expect.arrayContaining([
          { frameworkCode: 'BIO2', identifier: '5.15.01' },
          { frameworkCode: 'BIO2', identifier: '5.01.01' },
        ]),
      },
    ]);
    // The analysis names its proposal, so the LMS finds it from where it finalised.
    const linked = ok(
      await lms(`query($id: ID!) { riskAnalysis(id: $id) { changeProposal { id state } } }`, {
        id: supplementary.id,
      }),
    ).riskAnalysis.changeProposal;
    expect(linked).toEqual({ id: proposal.id, state: 'DRAFT' });
  });

  it('[SK-4.3] the measures apply to the facility only once the BMB adopts the proposal', async () => {
    const MEASURES = `{ facility(code: "OIS") { applicableMeasures { supplementaryMeasuresApply
      fromSupplementaryAnalysis { frameworkCode identifier } } } }`;
    const measures = async () => ok(await ambulance(MEASURES)).facility.applicableMeasures;
    const ids = (m: any) =>
      m.fromSupplementaryAnalysis.map((r: any) => `${r.frameworkCode} ${r.identifier}`).sort();
    expect(ids(await measures())).toEqual([]);

    const adopted = await adoptPolicyChange(as, {
      existing: { triggerRecordId: supplementary.id },
      today: isoDay(0, NOW),
    });
    expect(adopted.version).toBeGreaterThan(1);
    const after = await eventually(measures, (m) => ids(m).length === 2, 'the measures of OIS');
    expect(after.supplementaryMeasuresApply).toBe(true);
    expect(ids(after)).toEqual(['BIO2 5.01.01', 'BIO2 5.15.01']);
  });

  it('[SK-4.3] lowering the BBN again keeps the analysis and the history', async () => {
    ok(await classify('IVICT', 3));
    const raised = ok(await lms(FACILITY, { c: 'IVICT' })).facility;
    expect(raised.supplementaryAnalysis.status).toBe('VEREIST');
    const analysisId = raised.supplementaryAnalysis.analysis.id;
    ok(await classify('IVICT', 2));
    const lowered = ok(await lms(FACILITY, { c: 'IVICT' })).facility;
    expect(lowered.bbn).toBe(2);
    expect(lowered.history.map((h: { bbn: number }) => h.bbn)).toEqual([2, 3, 2]);
    expect(lowered.supplementaryAnalysis).toEqual(
      expect.objectContaining({
        status: 'NIET_MEER_VEREIST',
        analysis: expect.objectContaining({ id: analysisId, kind: 'AANVULLEND' }),
      }),
    );
    expect((await readRiskAnalysis(as, analysisId)).kind).toBe('AANVULLEND');
  });
});

describe('[SK-5.2] a risk register per party', () => {
  let own: { id: string; number: string; risks: any[] };

  it('[SK-5.2] a hoofdgebruiker keeps its own register over the facilities it uses; another party cannot read it, the auditor can', async () => {
    // The KMar does not use C2000 (SK-T2): no analysis of its own use of it.
    expect(
      (
        await draftRiskAnalysis(as, {
          account: 'security-officer@kmar',
          scope: 'EIGEN_GEBRUIK',
          facilityCodes: ['SPOEDRESPONS'],
        }).catch((e: Error) => e)
      ).toString(),
    ).toMatch(/BAD_USER_INPUT|FORBIDDEN/);

    const drafted = await draftRiskAnalysis(as, {
      account: 'security-officer@politie',
      scope: 'EIGEN_GEBRUIK',
      facilityCodes: ['GMS', 'SPOEDRESPONS'],
      title: 'Risico’s van het eigen gebruik (politie)',
      risks: [{ facilityCode: 'GMS' }, { facilityCode: 'SPOEDRESPONS', treatment: { kind: 'OVERDRAGEN' } }],
      today: isoDay(0, NOW),
    });
    expect(drafted).toEqual(
      expect.objectContaining({ scope: 'EIGEN_GEBRUIK', ownerParty: { code: 'politie' }, state: 'CONCEPT' }),
    );
    // Without consultation straight to final.
    const final = ok(
      await finaliseRiskAnalysis(as, drafted.id, undefined, 'security-officer@politie'),
    ).finaliseRiskAnalysis;
    expect(final).toEqual(expect.objectContaining({ state: 'DEFINITIEF', consultation: null }));
    own = final;

    const REGISTER = `query($p: ID) { riskRegister(party: $p) { party { code } acceptanceLevel
      analyses { id number state } risks { id title facility { name } }
      heatMap { likelihood impact level inherent residual } } }`;
    const register = ok(await as('viewer@politie')(REGISTER, {})).riskRegister;
    expect(register.party).toEqual({ code: 'politie' });
    expect(register.analyses.map((a: { id: string }) => a.id)).toContain(own.id);
    expect(register.risks).toHaveLength(2);
    expect(register.heatMap).toHaveLength(25);
    expect(register.heatMap.reduce((n: number, c: { inherent: number }) => n + c.inherent, 0)).toBe(2);
    expect(register.heatMap.reduce((n: number, c: { residual: number }) => n + c.residual, 0)).toBe(2);

    // Another party: neither the register nor the analysis (not even that it exists).
    refused(await ambulance(REGISTER, { p: 'politie' }), 'NOT_FOUND');
    refused(await ambulance(`query($id: ID!) { riskAnalysis(id: $id) { id } }`, { id: own.id }), 'NOT_FOUND');
    // The LMS sees the shared facilities' analyses, not a party's own.
    refused(await lms(`query($id: ID!) { riskAnalysis(id: $id) { id } }`, { id: own.id }), 'NOT_FOUND');
    const ambulanceOwn = ok(await ambulance(REGISTER, {})).riskRegister;
    expect(ambulanceOwn.analyses.map((a: { id: string }) => a.id)).not.toContain(own.id);
    // The auditor reads everything.
    expect(ok(await auditor(REGISTER, { p: 'politie' })).riskRegister.risks).toHaveLength(2);
    expect(
      ok(await auditor(`query($id: ID!) { riskAnalysis(id: $id) { id } }`, { id: own.id })).riskAnalysis,
    ).toEqual({ id: own.id });
  });

  it('[SK-5.2] the boards see aggregates per party and facility, not content, and are refused a party’s register', async () => {
    const OVERVIEW = `{ riskOverview { openSupplementary openConsultations
      aggregates { party { code } facilityCode facility { name } inherent { level count } residual { level count } }
      late { analysisId number title } } }`;
    const overview = ok(await smb(OVERVIEW)).riskOverview;
    const gms = overview.aggregates.find((a: any) => a.party.code === 'politie' && a.facilityCode === 'GMS');
    expect(gms).toBeDefined();
    expect(gms.inherent.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(1);
    expect(JSON.stringify(overview)).not.toContain('eigen gebruik (politie)');
    refused(await smb(`{ riskRegister(party: "politie") { party { code } } }`), 'FORBIDDEN');
    refused(await smb(`query($id: ID!) { riskAnalysis(id: $id) { id } }`, { id: own.id }), 'FORBIDDEN');
    refused(await politie(OVERVIEW), 'FORBIDDEN');
  });

  it('[SK-5.2] accepting a residual risk above the acceptance level needs the second person', async () => {
    const official = as('accountable-official@politie');
    const level = ok(await official(`{ riskAcceptanceLevel { level isDefault } }`)).riskAcceptanceLevel;
    expect(level).toEqual({ level: 'MIDDEN', isDefault: true });

    const drafted = await draftRiskAnalysis(as, {
      account: 'officer-official@politie',
      scope: 'EIGEN_GEBRUIK',
      facilityCodes: ['GMS'],
      title: 'Restrisico uitval GMS (politie)',
      risks: [
        {
          inherent: { likelihood: 5, impact: 5 },
          residual: { likelihood: 4, impact: 5 },
          treatment: { kind: 'ACCEPTEREN', description: 'Het restrisico wordt geaccepteerd.' },
        },
      ],
      today: isoDay(0, NOW),
    });
    const risk = drafted.risks[0];
    expect(risk.treatment.acceptance).toEqual(
      expect.objectContaining({
        state: 'VOORGESTELD',
        proposedBy: 'officer-official@politie',
        decidedBy: null,
      }),
    );
    refused(await finaliseRiskAnalysis(as, drafted.id, undefined, 'officer-official@politie'), 'CONFLICT');

    const DECIDE = `mutation($i: DecideRiskAcceptanceInput!) { decideRiskAcceptance(input: $i) {
      id treatment { acceptance { state proposedBy decidedBy reasoning reviewDate } } } }`;
    const decision = {
      riskId: risk.id,
      approve: true,
      reasoning: 'Uitwijk is geregeld; het restrisico is aanvaardbaar.',
      reviewDate: isoDay(180, NOW),
    };
    // The person who proposed it holds the deciding role too, and still may not decide (four eyes).
    const own4 = refused(await as('officer-official@politie')(DECIDE, { i: decision }), 'CONFLICT');
    expect(own4.extensions!.i18n!.key).toBe('risk.acceptance.ownProposal');
    refused(await politie(DECIDE, { i: decision }), 'FORBIDDEN');
    refused(await official(DECIDE, { i: { ...decision, reviewDate: isoDay(-1, NOW) } }), 'BAD_USER_INPUT');

    const decided = ok(await official(DECIDE, { i: decision })).decideRiskAcceptance;
    expect(decided.treatment.acceptance).toEqual({
      state: 'GOEDGEKEURD',
      proposedBy: 'officer-official@politie',
      decidedBy: 'accountable-official@politie',
      reasoning: decision.reasoning,
      reviewDate: decision.reviewDate,
    });
    expect(
      ok(await finaliseRiskAnalysis(as, drafted.id, undefined, 'officer-official@politie'))
        .finaliseRiskAnalysis.state,
    ).toBe('DEFINITIEF');
  });

  it('[SK-5.2] mitigating treatments become findings of the party; the POA&M lists the open treatments and findings and validates against OSCAL', async () => {
    const mitigating = own.risks.find((r: any) => r.treatment.kind === 'MITIGEREN').treatment;
    const findings = await eventually(
      async () =>
        ok(
          await politie(
            `query($y: Int!) { assessment(year: $y) { findings { id description riskTreatmentId } } }`,
            {
              y: YEAR,
            },
          ),
        ).assessment.findings as { id: string; description: string; riskTreatmentId: string | null }[],
      (fs) => fs.some((f) => f.riskTreatmentId === mitigating.id),
      'the finding of the mitigating treatment',
    );
    const finding = findings.find((f) => f.riskTreatmentId === mitigating.id)!;
    // Only the mitigating treatment: transferring one does not.
    expect(findings.filter((f) => f.riskTreatmentId)).toHaveLength(1);

    const poamFile = ok(await politie(`{ riskPoam { filename contentType contentBase64 } }`)).riskPoam;
    expect(poamFile.contentType).toMatch(/json/);
    const poam = JSON.parse(Buffer.from(poamFile.contentBase64, 'base64').toString('utf8'));
    expect(oscalPoamErrors(poam)).toEqual([]);
    const plan = poam['plan-of-action-and-milestones'];
    // The open treatments of its final analyses (both risks of its own analysis) and its open finding.
    const text = JSON.stringify(plan);
    expect(text).toContain(mitigating.id);
    expect(plan['poam-items'].length).toBeGreaterThanOrEqual(2);
    for (const risk of own.risks) expect(text).toContain(risk.title);
    expect(plan.findings.map((f: { description: string }) => f.description)).toContain(finding.description);

    const pdf = ok(
      await politie(`query($id: ID!) { riskAnalysisPdf(id: $id) { contentType contentBase64 } }`, {
        id: own.id,
      }),
    ).riskAnalysisPdf;
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = ok(await politie(`{ riskRegisterXlsx { contentType contentBase64 } }`)).riskRegisterXlsx;
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    refused(await ambulance(`{ riskPoam(party: "politie") { filename } }`), 'NOT_FOUND');
  });
});

describe('[SK-4.2] past the consultation deadline', () => {
  it('[SK-4.2] the LMS finalises without every response only with a note, which the SMB sees', async () => {
    const drafted = await draftRiskAnalysis(as, {
      facilityCodes: ['GMS'],
      title: 'Risicoanalyse GMS (deadline)',
      today: isoDay(0, NOW),
    });
    const respondBy = isoDay(3, NOW);
    await openRiskConsultation(as, drafted.id, respondBy);
    await respondAsParties(as, drafted.id, ['politie']);
    refused(await finaliseRiskAnalysis(as, drafted.id, 'Te vroeg.'), 'CONFLICT');

    // Some days later, on the same data: the deadline has passed.
    const dataDir = platform.dataDir;
    await platform.stop();
    platform = await startPlatformProcess(envOf(LATER), undefined, { dataDir });
    await signInAll();

    const overdue = ok(
      await kmar(`{ riskConsultationTasks { analysis { id } overdue response { id } } }`),
    ).riskConsultationTasks.find((t: { analysis: { id: string } }) => t.analysis.id === drafted.id);
    expect(overdue).toEqual({ analysis: { id: drafted.id }, overdue: true, response: null });

    const withoutNote = refused(await finaliseRiskAnalysis(as, drafted.id), 'BAD_USER_INPUT');
    expect(withoutNote.extensions!.problems).toEqual([
      expect.objectContaining({ field: expect.stringMatching(/pastDeadlineNote/) }),
    ]);
    const note = 'Brandweer en KMar reageerden niet binnen de termijn; het SMB is geïnformeerd.';
    const final = ok(await finaliseRiskAnalysis(as, drafted.id, note)).finaliseRiskAnalysis;
    expect(final).toEqual(expect.objectContaining({ state: 'DEFINITIEF', finalisedPastDeadlineNote: note }));
    // GMS is used by the KMar, not Defensie (SK-T2).
    expect(codes(final.consultation.missing)).toEqual(['ambulance', 'brandweer', 'kmar']);

    const signal = await signalOf('RISICOANALYSE_NA_DEADLINE', (s) =>
      `${s.subject} ${s.summary}`.includes(drafted.number),
    );
    expect(signal.summary).toContain(note);
    const late = ok(await smb(`{ riskOverview { late { analysisId number note respondBy } } }`)).riskOverview
      .late;
    expect(late).toContainEqual(
      expect.objectContaining({ analysisId: drafted.id, number: drafted.number, note, respondBy }),
    );
  });
});

import ExcelJS from 'exceljs';
import {
  adoptPolicyChange,
  bbpCalendarFor,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  POLICY_FLOW_ACCOUNTS,
  openBbpYear,
  prepareProgressReportRaw,
  progressPeriods,
  readPlan,
  runRiskConsultationRound,
  savePlanLine,
  signProgressReportRaw,
  submitProgressReportRaw,
  submitWish,
} from '@mkib/testing';

export interface YearWalkEnvironment {
  graphqlUrl(): string;
  /** A token for a demo account (signed in before the tests run). */
  token(account: string): string;
  /** A token of one person holding both the preparing and the signing role, where one can be made. */
  dualRoleToken?(): string;
}

export const YEAR_WALK_ACCOUNTS = [
  'board-secretary@smb',
  'smb-member@smb',
  'bmb-member@bmb',
  'medegebruiker@handhaving-amsterdam',
  'medegebruiker@rijkswaterstaat',
  'security-officer@politie',
  'accountable-official@politie',
  'security-officer@ambulance',
  'accountable-official@ambulance',
  'security-officer@lms',
  'accountable-official@lms',
  'security-officer@brandweer',
  'auditor@jenv',
  // The policy change procedure (issue 15): the LMS, every hoofdgebruiker's officer and the boards.
  ...POLICY_FLOW_ACCOUNTS.filter(
    (a) =>
      ![
        'security-officer@politie',
        'security-officer@ambulance',
        'security-officer@brandweer',
        'smb-member@smb',
        'bmb-member@bmb',
      ].includes(a),
  ),
];
const YEAR = new Date().getUTCFullYear();
export const ICV_FIELDS = `id version party year scope state statement proposedStatement exceptions { subject } coUsers { party report { status } missingReason } preparedBy signedBy`;
const step = (name: string, fields = ICV_FIELDS) => `mutation($y: Int!) { ${name}(year: $y) { ${fields} } }`;
const UPDATE = `mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { ${ICV_FIELDS} } }`;
const AGENDA = `query($y: Int!) { agenda(year: $y) { id party version statement superseded advice decision
  compliance { percentImplemented byFacility { facilityCode percentImplemented } } instructions { id state party } } }`;

const conflictMessage = (r: GraphQLResponse) => {
  expect(errorCodes(r)).toEqual(['CONFLICT']);
  return r.errors![0].message;
};

/**
 * A whole in-control year through the gateway (issue 6): the board secretary opens the cycle, co-users
 * report, the LMS and the hoofdgebruikers assess, prepare, sign and submit their ICVs, the SMB advises,
 * the BMB decides, an instruction is issued and closed. Out-of-order steps are refused with CONFLICT.
 * Run by the acceptance test (all-in-one) and by the infra test (separate processes over Kafka).
 */
export function describeYearWalk(name: string, env: YearWalkEnvironment) {
  const as =
    (account: string) =>
    (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
      graphql(env.graphqlUrl(), query, variables, env.token(account));

  describe(name, () => {
    it('[SK-3.5] the board secretary opens the cycle with deadlines in the order of the regulation', async () => {
      const OPEN = `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year icvIndiening bmbVergadering } }`;
      const dates = {
        year: YEAR,
        medegebruikerRapportages: `${YEAR + 1}-01-15`,
        icvIndiening: `${YEAR + 1}-02-15`,
        smbVergadering: `${YEAR + 1}-03-10`,
        bmbVergadering: `${YEAR + 1}-04-05`,
      };
      const wrong = await as('board-secretary@smb')(OPEN, {
        i: { ...dates, bmbVergadering: `${YEAR + 1}-03-01` },
      });
      expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
      expect(wrong.errors![0].extensions!.problems).toEqual([
        { field: 'input.bmbVergadering', message: `must come after smbVergadering (${YEAR + 1}-03-10)` },
      ]);
      const opened = await as('board-secretary@smb')(OPEN, { i: dates });
      expect(opened.data.openCycle).toEqual({
        year: YEAR,
        icvIndiening: `${YEAR + 1}-02-15`,
        bmbVergadering: `${YEAR + 1}-04-05`,
      });
      expect(conflictMessage(await as('board-secretary@smb')(OPEN, { i: dates }))).toBe(
        `The cycle of ${YEAR} is open already.`,
      );
      expect(
        errorCodes(await as('security-officer@politie')(OPEN, { i: { ...dates, year: YEAR - 1 } })),
      ).toEqual(['FORBIDDEN']);
    });

    it('[SK-5.4] co-users report to their hoofdgebruiker; a bijzondere gebruiker to the LMS', async () => {
      const REPORT = `mutation($i: CoUserReportInput!) { submitCoUserReport(input: $i) { party reportsTo status } }`;
      const input = {
        year: YEAR,
        status: 'DEELS',
        summary: 'Toegangsbeheer op orde, logging nog niet ingericht.',
      };
      // The register reaches the icv context as an event: wait until it is there.
      const handhaving = await eventually(
        () => as('medegebruiker@handhaving-amsterdam')(REPORT, { i: input }),
        (r) => !r.errors,
        'the party register in the icv context',
      );
      expect(handhaving.data.submitCoUserReport).toEqual({
        party: 'handhaving-amsterdam',
        reportsTo: 'politie',
        status: 'DEELS',
      });
      expect(conflictMessage(await as('medegebruiker@handhaving-amsterdam')(REPORT, { i: input }))).toBe(
        `handhaving-amsterdam has reported for ${YEAR} already.`,
      );
      const rws = await as('medegebruiker@rijkswaterstaat')(REPORT, {
        i: { ...input, status: 'GEIMPLEMENTEERD' },
      });
      expect(rws.data.submitCoUserReport.reportsTo).toBe('lms');

      const seenByPolitie = await as('security-officer@politie')(
        `query($y: Int!) { coUserReports(year: $y) { party } }`,
        { y: YEAR },
      );
      expect(seenByPolitie.data.coUserReports).toEqual([{ party: 'handhaving-amsterdam' }]);
      const seenByAmbulance = await as('security-officer@ambulance')(
        `query($y: Int!) { coUserReports(year: $y) { party } }`,
        { y: YEAR },
      );
      expect(seenByAmbulance.data.coUserReports).toEqual([]);
    });

    it('[SK-5.1] [SK-5.3] a hoofdgebruiker assesses the measures that apply to it, with findings and evidence', async () => {
      const ASSESSMENT = `query($y: Int!, $p: ID) { assessment(year: $y, party: $p) { party frozen proposedStatement
      progress { applicable assessed implemented partly notApplicable percentAssessed }
      byFacility { facilityCode progress { applicable } }
      entries { frameworkCode identifier facilities status requirement { text } evidence { filename sha256 } findings { description } } } }`;
      const politie = as('security-officer@politie');
      // What applies travels risk -> policy -> icv as events: wait until it is there.
      const first = await eventually(
        () => politie(ASSESSMENT, { y: YEAR }),
        (r) => r.data?.assessment?.progress.applicable > 0,
        'the applicable measures of politie in the icv context',
      );
      const assessment = first.data.assessment;
      expect(assessment.progress).toEqual(
        expect.objectContaining({ applicable: 117, assessed: 0, percentAssessed: 0 }),
      );
      // Nothing assessed yet counts as nothing implemented (comply or explain).
      expect(assessment.proposedStatement).toBe('NIET_IN_CONTROL');
      expect(assessment.byFacility.map((f: { facilityCode: string }) => f.facilityCode)).toContain('GMS');
      // The requirement's text comes from the policy subgraph (federation).
      expect(assessment.entries[0]).toEqual(
        expect.objectContaining({
          frameworkCode: 'BIO2',
          identifier: '5.01.01',
          status: null,
          requirement: { text: expect.stringContaining('informatiebeveiligingsbeleid') },
        }),
      );

      const ASSESS = `mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { progress { assessed percentAssessed } proposedStatement } }`;
      const bad = await politie(ASSESS, {
        i: {
          year: YEAR,
          entries: [
            {
              frameworkCode: 'BIO2',
              identifier: '5.01.01',
              status: 'NIET_VAN_TOEPASSING',
              justification: 'nvt',
            },
          ],
        },
      });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0].extensions!.problems).toEqual([
        {
          field: 'input.entries[0].justification',
          message: 'explain in at least 10 characters why the measure does not apply',
        },
      ]);
      const notApplicable = await politie(ASSESS, {
        i: {
          year: YEAR,
          entries: [{ frameworkCode: 'BIO2', identifier: '5.15', status: 'GEIMPLEMENTEERD' }],
        },
      });
      expect(notApplicable.errors![0].extensions!.problems).toEqual([
        { field: 'input.entries[0]', message: 'BIO2 5.15 does not apply to politie' },
      ]);

      const entries = assessment.entries.map(
        (e: { frameworkCode: string; identifier: string }, i: number) => ({
          frameworkCode: e.frameworkCode,
          identifier: e.identifier,
          status: i === 0 ? 'DEELS' : 'GEIMPLEMENTEERD',
        }),
      );
      const assessed = await politie(ASSESS, { i: { year: YEAR, entries } });
      expect(assessed.data.assessMeasures).toEqual({
        progress: { assessed: 117, percentAssessed: 100 },
        proposedStatement: 'IN_CONTROL_MET_UITZONDERINGEN',
      });

      const finding = await politie(
        `mutation($i: FindingInput!) { recordFinding(input: $i) { status owner dueDate } }`,
        {
          i: {
            year: YEAR,
            frameworkCode: 'BIO2',
            identifier: '5.01.01',
            description: 'Beleid niet vastgesteld door het bestuur.',
            action: 'Beleid ter vaststelling aanbieden.',
            owner: 'CISO politie',
            dueDate: `${YEAR + 1}-03-31`,
          },
        },
      );
      expect(finding.data.recordFinding).toEqual({
        status: 'OPEN',
        owner: 'CISO politie',
        dueDate: `${YEAR + 1}-03-31`,
      });

      const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
      const UPLOAD = `mutation($i: EvidenceInput!) { uploadEvidence(input: $i) { id sha256 sizeBytes } }`;
      const evidenceInput = {
        year: YEAR,
        frameworkCode: 'BIO2',
        identifier: '5.01.01',
        filename: 'beleid.pdf',
        contentType: 'application/pdf',
      };
      const disguised = await politie(UPLOAD, {
        i: { ...evidenceInput, contentBase64: Buffer.from('MZ not a pdf').toString('base64') },
      });
      expect(disguised.errors![0].extensions!.problems).toEqual([
        { field: 'input.contentBase64', message: 'the content is not a application/pdf file' },
      ]);
      const uploaded = await politie(UPLOAD, {
        i: { ...evidenceInput, contentBase64: pdf.toString('base64') },
      });
      expect(uploaded.data.uploadEvidence.sizeBytes).toBe(pdf.length);
      const CONTENT = `query($id: ID!) { evidenceContent(id: $id) { contentBase64 intact } }`;
      const content = await politie(CONTENT, { id: uploaded.data.uploadEvidence.id });
      expect(content.data.evidenceContent).toEqual({ contentBase64: pdf.toString('base64'), intact: true });
      expect(
        errorCodes(await as('security-officer@ambulance')(CONTENT, { id: uploaded.data.uploadEvidence.id })),
      ).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(await as('security-officer@ambulance')(ASSESSMENT, { y: YEAR, p: 'politie' })),
      ).toEqual(['NOT_FOUND']);
      expect(
        (await as('auditor@jenv')(ASSESSMENT, { y: YEAR, p: 'politie' })).data.assessment.progress.assessed,
      ).toBe(117);
    });

    it('[SK-4.1] [SK-4.5] the LMS assesses its own organisation over every facility it manages', async () => {
      const lms = as('security-officer@lms');
      const r = await eventually(
        () =>
          lms(
            `query($y: Int!) { assessment(year: $y) { byFacility { facilityCode } entries { frameworkCode identifier } } }`,
            {
              y: YEAR,
            },
          ),
        // Each facility's state reaches the policy context as its own event: wait for all six.
        (x) => x.data?.assessment?.entries.length > 0 && x.data.assessment.byFacility.length === 6,
        'the applicable measures of the LMS',
      );
      expect(r.data.assessment.byFacility.map((f: { facilityCode: string }) => f.facilityCode)).toEqual([
        'GMS',
        'HUISVESTING',
        'IVICT',
        'OIS',
        'SPOEDRESPONS',
        'SPOEDVRAAG',
      ]);
      const assessed = await lms(
        `mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { proposedStatement } }`,
        {
          i: {
            year: YEAR,
            entries: r.data.assessment.entries.map((e: { frameworkCode: string; identifier: string }) => ({
              ...e,
              status: 'GEIMPLEMENTEERD',
            })),
          },
        },
      );
      expect(assessed.data.assessMeasures.proposedStatement).toBe('IN_CONTROL');
    });

    it('[SK-5.5] [SK-4.6] ICVs are prepared, signed by another person and submitted; out-of-order steps are refused', async () => {
      const politie = as('security-officer@politie');
      const started = await politie(step('startIcv'), { y: YEAR });
      expect(started.data.startIcv).toEqual(
        expect.objectContaining({
          scope: 'ORGANISATIE_EN_MEDEGEBRUIKERS',
          state: 'CONCEPT',
          proposedStatement: 'IN_CONTROL_MET_UITZONDERINGEN',
          coUsers: [{ party: 'handhaving-amsterdam', report: { status: 'DEELS' }, missingReason: null }],
        }),
      );
      const lmsStarted = await as('security-officer@lms')(step('startIcv'), { y: YEAR });
      expect(lmsStarted.data.startIcv).toEqual(
        expect.objectContaining({ scope: 'BEHEERORGANISATIE', coUsers: [] }),
      );

      expect(conflictMessage(await as('accountable-official@politie')(step('signIcv'), { y: YEAR }))).toBe(
        'The ICV is not prepared for signature yet: a security officer prepares it first.',
      );
      expect(conflictMessage(await politie(step('submitIcv'), { y: YEAR }))).toBe(
        'The ICV is not signed yet: the accountable official signs it before it is submitted.',
      );
      expect(conflictMessage(await politie(step('prepareIcv'), { y: YEAR }))).toBe(
        'Choose the statement before preparing the ICV for signature.',
      );

      // The one measure politie implemented partly is the exception, with explanation and planned date.
      const exceptions = [
        {
          measures: [{ frameworkCode: 'BIO2', identifier: '5.01.01' }],
          explanation: 'Beleid nog niet vastgesteld; logging bij Handhaving wordt op het SIEM aangesloten.',
          plannedDate: `${YEAR + 1}-06-30`,
        },
      ];
      const updated = await politie(UPDATE, {
        i: { year: YEAR, statement: 'IN_CONTROL_MET_UITZONDERINGEN', exceptions },
      });
      expect(updated.errors).toBeUndefined();
      expect((await politie(step('prepareIcv'), { y: YEAR })).data.prepareIcv.state).toBe('VOORBEREID');
      expect(errorCodes(await politie(step('signIcv'), { y: YEAR }))).toEqual(['FORBIDDEN']); // the preparer has no signing role
      const signed = await as('accountable-official@politie')(step('signIcv'), { y: YEAR });
      expect(signed.data.signIcv).toEqual(
        expect.objectContaining({
          state: 'ONDERTEKEND',
          preparedBy: 'security-officer@politie',
          signedBy: 'accountable-official@politie',
        }),
      );
      expect((await politie(step('submitIcv'), { y: YEAR })).data.submitIcv.state).toBe('INGEDIEND');
      // The assessment is frozen with the submitted ICV.
      expect(
        conflictMessage(
          await politie(`mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { frozen } }`, {
            i: {
              year: YEAR,
              entries: [{ frameworkCode: 'BIO2', identifier: '5.01.01', status: 'GEIMPLEMENTEERD' }],
            },
          }),
        ),
      ).toBe(
        `The ICV of politie for ${YEAR} is submitted: its assessment is frozen (a correction opens it again).`,
      );
      expect(
        conflictMessage(
          await politie(UPDATE, { i: { year: YEAR, statement: 'IN_CONTROL', exceptions: [] } }),
        ),
      ).toBe(
        'ICV version 1 is submitted and cannot change; start a correction (a new version with a reason).',
      );

      // The LMS: its management organisation only, no co-users to wait for.
      const lms = as('security-officer@lms');
      await lms(UPDATE, { i: { year: YEAR, statement: 'IN_CONTROL', exceptions: [] } });
      await lms(step('prepareIcv'), { y: YEAR });
      await as('accountable-official@lms')(step('signIcv'), { y: YEAR });
      expect((await lms(step('submitIcv'), { y: YEAR })).data.submitIcv.state).toBe('INGEDIEND');
    });

    it('[SK-5.4] [SK-5.5] a hoofdgebruiker cannot prepare its ICV while a co-user report is missing, unless it explains it', async () => {
      const ambulance = as('security-officer@ambulance');
      // Ambulance assesses its measures too (SK-5.1): every one implemented.
      const own = await eventually(
        () =>
          ambulance(`query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }`, {
            y: YEAR,
          }),
        (r) => r.data?.assessment?.entries.length > 0,
        'the applicable measures of ambulance',
      );
      const assessed = await ambulance(
        `mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { proposedStatement progress { percentAssessed } } }`,
        {
          i: {
            year: YEAR,
            entries: own.data.assessment.entries.map((e: { frameworkCode: string; identifier: string }) => ({
              ...e,
              status: 'GEIMPLEMENTEERD',
            })),
          },
        },
      );
      expect(assessed.data.assessMeasures).toEqual({
        proposedStatement: 'IN_CONTROL',
        progress: { percentAssessed: 100 },
      });
      await ambulance(step('startIcv'), { y: YEAR });
      await ambulance(UPDATE, { i: { year: YEAR, statement: 'IN_CONTROL', exceptions: [] } });
      // The missing report is named when the ICV is prepared, while it can still be explained.
      const refused = await ambulance(step('prepareIcv'), { y: YEAR });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].extensions!.problems).toEqual([
        {
          field: 'missingReportExplanations',
          message:
            'the report of rode-kruis is missing: explain why before preparing the ICV, or wait for it',
        },
      ]);
      // Naming the missing report with a reason on the draft.
      const named = await ambulance(UPDATE, {
        i: {
          year: YEAR,
          statement: 'IN_CONTROL',
          exceptions: [],
          namedMissing: [
            { party: 'rode-kruis', reason: `Geen evenementen met meldkamerkoppeling in ${YEAR}.` },
          ],
        },
      });
      expect(named.data.updateIcv).toEqual(
        expect.objectContaining({
          state: 'CONCEPT',
          signedBy: null,
          coUsers: [
            {
              party: 'rode-kruis',
              report: null,
              missingReason: `Geen evenementen met meldkamerkoppeling in ${YEAR}.`,
            },
          ],
        }),
      );
      await ambulance(step('prepareIcv'), { y: YEAR });
      await as('accountable-official@ambulance')(step('signIcv'), { y: YEAR });
      expect((await ambulance(step('submitIcv'), { y: YEAR })).data.submitIcv.state).toBe('INGEDIEND');
    });

    it('[SK-5.1] a party never sees another party’s draft or ICV; the boards see submitted ones, the auditor all', async () => {
      await as('security-officer@brandweer')(step('startIcv'), { y: YEAR });
      const ICV_OF = `query($y: Int!, $p: ID) { icv(year: $y, party: $p) { party state } }`;
      expect(errorCodes(await as('security-officer@ambulance')(ICV_OF, { y: YEAR, p: 'politie' }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(errorCodes(await as('smb-member@smb')(ICV_OF, { y: YEAR, p: 'brandweer' }))).toEqual([
        'NOT_FOUND',
      ]);
      expect((await as('smb-member@smb')(ICV_OF, { y: YEAR, p: 'politie' })).data.icv).toEqual({
        party: 'politie',
        state: 'INGEDIEND',
      });
      expect((await as('auditor@jenv')(ICV_OF, { y: YEAR, p: 'brandweer' })).data.icv).toEqual({
        party: 'brandweer',
        state: 'CONCEPT',
      });
      const list = await as('smb-member@smb')(`query($y: Int!) { icvs(year: $y) { party } }`, { y: YEAR });
      expect(list.data.icvs.map((i: { party: string }) => i.party)).toEqual(['ambulance', 'lms', 'politie']);
    });

    if (env.dualRoleToken)
      it('[SK-5.5] four eyes: one person holding both roles cannot sign the ICV it prepared (CONFLICT)', async () => {
        const dual = (query: string, variables?: Record<string, unknown>) =>
          graphql(env.graphqlUrl(), query, variables, env.dualRoleToken!());
        // Brandweer assessed nothing: it states "not in control", with an exception.
        const own = await eventually(
          () =>
            dual(`query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }`, {
              y: YEAR,
            }),
          (r) => r.data?.assessment?.entries.length > 0,
          'the applicable measures of brandweer',
        );
        const [first] = own.data.assessment.entries;
        const notInControl = {
          year: YEAR,
          statement: 'NIET_IN_CONTROL',
          exceptions: [
            {
              measures: [{ frameworkCode: first.frameworkCode, identifier: first.identifier }],
              explanation: 'De zelfevaluatie is nog niet uitgevoerd.',
              plannedDate: `${YEAR + 1}-06-30`,
            },
          ],
        };
        expect((await dual(UPDATE, { i: notInControl })).errors).toBeUndefined();
        expect((await dual(step('prepareIcv'), { y: YEAR })).data.prepareIcv.state).toBe('VOORBEREID');
        expect(conflictMessage(await dual(step('signIcv'), { y: YEAR }))).toBe(
          'dubbel@brandweer prepared this ICV and cannot also sign it: another accountable official signs.',
        );
        // Back to draft for the rest of the year: brandweer's ICV is never signed.
        await dual(UPDATE, { i: { year: YEAR, statement: 'IN_CONTROL', exceptions: [] } });
      });

    it('[SK-3.5] [SK-3.6] submitted ICVs reach the SMB agenda; the BMB decides only after the SMB advice; an instruction is closed', async () => {
      const agenda = await eventually(
        () => as('smb-member@smb')(AGENDA, { y: YEAR }),
        (r) => r.data?.agenda?.length === 3,
        'three ICVs on the agenda',
      );
      const items: Record<string, { id: string }> = Object.fromEntries(
        agenda.data.agenda.map((i: { party: string; id: string }) => [i.party, i]),
      );
      expect(Object.keys(items).sort()).toEqual(['ambulance', 'lms', 'politie']);
      // The boards see how far each party's assessment got: politie implemented 116 of 117 measures.
      const politieItem = agenda.data.agenda.find((i: { party: string }) => i.party === 'politie');
      expect(politieItem.compliance.percentImplemented).toBe(99);
      expect(
        politieItem.compliance.byFacility.map((f: { facilityCode: string }) => f.facilityCode),
      ).toContain('GMS');

      const DECIDE = `mutation($i: DecisionInput!) { recordDecision(input: $i) { party decision instructions { id party state } } }`;
      expect(
        conflictMessage(
          await as('bmb-member@bmb')(DECIDE, {
            i: { agendaItemId: items.politie.id, decision: 'AANVAARD', text: 'Akkoord met de verklaring.' },
          }),
        ),
      ).toBe(
        'The SMB has not advised on this ICV yet: the BMB decides only after hearing the SMB (art. 3.5).',
      );
      expect(
        errorCodes(
          await as('smb-member@smb')(DECIDE, {
            i: { agendaItemId: items.politie.id, decision: 'AANVAARD', text: 'Akkoord met de verklaring.' },
          }),
        ),
      ).toEqual(['FORBIDDEN']);

      const ADVISE = `mutation($id: ID!, $a: String!) { recordAdvice(agendaItemId: $id, advice: $a) { party advice } }`;
      for (const party of ['politie', 'ambulance', 'lms']) {
        const advised = await as('smb-member@smb')(ADVISE, {
          id: items[party].id,
          a: `Het SMB adviseert de verklaring van ${party} te aanvaarden.`,
        });
        expect(advised.errors).toBeUndefined();
      }
      expect(
        conflictMessage(
          await as('smb-member@smb')(ADVISE, { id: items.lms.id, a: 'Nog een advies over de LMS.' }),
        ),
      ).toBe('The SMB has advised on this ICV already.');

      const decided = await as('bmb-member@bmb')(DECIDE, {
        i: {
          agendaItemId: items.politie.id,
          decision: 'AANVAARD_MET_AANWIJZING',
          text: 'Aanvaard; de logging bij Handhaving moet worden ingericht.',
          instruction: {
            description: 'Richt de logging bij Handhaving Amsterdam in en rapporteer.',
            dueDate: `${YEAR + 1}-06-30`,
          },
        },
      });
      expect(decided.data.recordDecision).toEqual({
        party: 'politie',
        decision: 'AANVAARD_MET_AANWIJZING',
        instructions: [{ id: expect.any(String), party: 'politie', state: 'OPEN' }],
      });
      for (const party of ['ambulance', 'lms'])
        expect(
          (
            await as('bmb-member@bmb')(DECIDE, {
              i: {
                agendaItemId: items[party].id,
                decision: 'AANVAARD',
                text: 'Aanvaard zonder opmerkingen.',
              },
            })
          ).errors,
        ).toBeUndefined();

      const instructionId = decided.data.recordDecision.instructions[0].id;
      const INSTRUCTIONS = `{ instructions { id party state } }`;
      expect((await as('security-officer@ambulance')(INSTRUCTIONS)).data.instructions).toEqual([]);
      expect((await as('security-officer@politie')(INSTRUCTIONS)).data.instructions).toEqual([
        { id: instructionId, party: 'politie', state: 'OPEN' },
      ]);
      const REVIEW = `mutation($id: ID!, $ok: Boolean!) { reviewInstruction(instructionId: $id, accept: $ok) { state } }`;
      expect(conflictMessage(await as('bmb-member@bmb')(REVIEW, { id: instructionId, ok: true }))).toBe(
        'The party has not reported this instruction done yet.',
      );
      const REPORT_DONE = `mutation($id: ID!, $r: String!) { reportInstructionDone(instructionId: $id, report: $r) { state } }`;
      expect(
        errorCodes(
          await as('security-officer@ambulance')(REPORT_DONE, {
            id: instructionId,
            r: 'Niet van ons, toch gemeld.',
          }),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        (
          await as('security-officer@politie')(REPORT_DONE, {
            id: instructionId,
            r: 'Logging is aangesloten op het SIEM.',
          })
        ).data.reportInstructionDone.state,
      ).toBe('GEREED_GEMELD');
      expect(
        (await as('bmb-member@bmb')(REVIEW, { id: instructionId, ok: true })).data.reviewInstruction.state,
      ).toBe('GESLOTEN');

      // The party sees the decision on its own ICV.
      const own = await as('security-officer@politie')(AGENDA, { y: YEAR });
      expect(own.data.agenda).toEqual([
        expect.objectContaining({
          party: 'politie',
          decision: 'AANVAARD_MET_AANWIJZING',
          instructions: [expect.objectContaining({ state: 'GESLOTEN' })],
        }),
      ]);
    });

    it('a correction of a submitted ICV is a new version with a reason; the old version stays and is superseded on the agenda', async () => {
      const lms = as('security-officer@lms');
      expect(
        errorCodes(await lms(`mutation { correctIcv(year: ${YEAR}, reason: "kort") { version } }`)),
      ).toEqual(['BAD_USER_INPUT']);
      const corrected = await lms(
        `mutation { correctIcv(year: ${YEAR}, reason: "Uitzondering over sleutelbeheer ontbrak.") { version state versions { version state } } }`,
      );
      expect(corrected.data.correctIcv).toEqual({
        version: 2,
        state: 'CONCEPT',
        versions: [
          { version: 2, state: 'CONCEPT' },
          { version: 1, state: 'VERVANGEN' },
        ],
      });
      const updated = await lms(UPDATE, {
        i: {
          year: YEAR,
          statement: 'IN_CONTROL_MET_UITZONDERINGEN',
          exceptions: [
            {
              measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }],
              explanation: 'Sleutelbeheer gaat handmatig; een HSM wordt in gebruik genomen.',
              plannedDate: `${YEAR + 1}-09-30`,
            },
          ],
        },
      });
      expect(updated.errors).toBeUndefined();
      await lms(step('prepareIcv'), { y: YEAR });
      await as('accountable-official@lms')(step('signIcv'), { y: YEAR });
      await lms(step('submitIcv'), { y: YEAR });
      const agenda = await eventually(
        () => as('smb-member@smb')(AGENDA, { y: YEAR }),
        (r) => r.data?.agenda?.filter((i: { party: string }) => i.party === 'lms').length === 2,
        'the corrected LMS ICV on the agenda',
      );
      expect(
        agenda.data.agenda
          .filter((i: { party: string }) => i.party === 'lms')
          .map((i: { version: number; superseded: boolean }) => [i.version, i.superseded]),
      ).toEqual([
        [1, true],
        [2, false],
      ]);
    });

    it('[SK-3.5] exports: the signed ICV and the SMB meeting pack as PDF, the assessment as an Excel workbook', async () => {
      const FILE = 'filename contentType contentBase64';
      const pdf = await as('smb-member@smb')(
        `query($y: Int!) { icvPdf(year: $y, party: "politie") { ${FILE} } }`,
        { y: YEAR },
      );
      expect(pdf.data.icvPdf).toEqual(
        expect.objectContaining({ filename: `icv-politie-${YEAR}-v1.pdf`, contentType: 'application/pdf' }),
      );
      expect(Buffer.from(pdf.data.icvPdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      // A draft has no PDF: brandweer's ICV is not signed.
      expect(
        conflictMessage(
          await as('security-officer@brandweer')(`query($y: Int!) { icvPdf(year: $y) { filename } }`, {
            y: YEAR,
          }),
        ),
      ).toBe('The ICV is not signed yet: a PDF is made of a signed ICV.');

      const pack = await as('board-secretary@smb')(
        `query($y: Int!) { meetingPackPdf(year: $y) { ${FILE} } }`,
        {
          y: YEAR,
        },
      );
      expect(pack.data.meetingPackPdf.filename).toBe(`vergaderstukken-smb-icv-${YEAR}.pdf`);
      expect(Buffer.from(pack.data.meetingPackPdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe(
        '%PDF-',
      );

      const xlsx = await as('security-officer@politie')(
        `query($y: Int!) { assessmentXlsx(year: $y) { ${FILE} } }`,
        { y: YEAR },
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(
        Buffer.from(xlsx.data.assessmentXlsx.contentBase64, 'base64') as unknown as ArrayBuffer,
      );
      const sheet = book.getWorksheet('Zelfevaluatie')!;
      expect(sheet.rowCount).toBe(1 + 117);
      expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['BIO2', '5.01.01', 'DEELS']));
      expect(book.getWorksheet('Bevindingen')!.getRow(2).values).toEqual(
        expect.arrayContaining(['CISO politie']),
      );
      expect(
        errorCodes(
          await as('security-officer@ambulance')(
            `query($y: Int!) { assessmentXlsx(year: $y, party: "politie") { filename } }`,
            { y: YEAR },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
    });
    it('[SK-3.1] [SK-4.4] the BMB decision on an ICV triggers a policy change: consulted, advised, adopted and seen by the parties', async () => {
      const lms = as('lms-operator@lms');
      const agenda = await as('smb-member@smb')(AGENDA, { y: YEAR });
      const politieItem = agenda.data.agenda.find(
        (i: { party: string; decision: string }) =>
          i.party === 'politie' && i.decision === 'AANVAARD_MET_AANWIJZING',
      );
      const instructionId = politieItem.instructions[0].id;
      const before = (await as('security-officer@politie')(`{ policyVersion { version } }`)).data
        .policyVersion.version;
      // The ICV decision and the instruction reach the policy context as an event.
      const TRIGGER = `query($p: ID!) { changeProposal(id: $p) { trigger { kind recordId label icvDecision { id } instruction { id } } } }`;
      const DRAFT = `mutation($i: DraftChangeProposalInput!) { draftChangeProposal(input: $i) { id } }`;
      const byOutcome = await eventually(
        () =>
          lms(DRAFT, {
            i: {
              title: 'Logging bij medegebruikers',
              rationale: 'Het BMB aanvaardde de ICV van politie met een aanwijzing over logging.',
              trigger: { kind: 'ICV_OUTCOME', recordId: politieItem.id },
              change: { recalibrationMonths: 24 },
            },
          }),
        (r) => !r.errors,
        'the ICV decision in the policy context',
      );
      const outcome = await lms(TRIGGER, { p: byOutcome.data.draftChangeProposal.id });
      expect(outcome.data.changeProposal.trigger).toEqual(
        expect.objectContaining({
          kind: 'ICV_OUTCOME',
          recordId: politieItem.id,
          icvDecision: { id: politieItem.id },
        }),
      );
      expect(
        (
          await lms(
            `mutation($p: ID!) { withdrawChangeProposal(proposalId: $p, reason: "Vervangen door de aanwijzing.") { state } }`,
            {
              p: byOutcome.data.draftChangeProposal.id,
            },
          )
        ).data.withdrawChangeProposal.state,
      ).toBe('WITHDRAWN');

      // The instruction as trigger, through the whole procedure.
      const asAccount = (account: string) => as(account);
      const adopted = await adoptPolicyChange(asAccount, {
        title: 'Logging bij medegebruikers aangescherpt',
        rationale: 'De aanwijzing van het BMB aan politie over logging bij Handhaving.',
        trigger: { kind: 'BMB_INSTRUCTION', recordId: instructionId },
        change: {
          setResponsibilities: [
            {
              process: 'COMPLIANCE_MONITORING',
              party: 'politie',
              raci: ['R'],
              tasks: 'Bewaakt de logging bij zijn medegebruikers en rapporteert aan de LMS.',
            },
          ],
        },
      });
      expect(adopted.version).toBe(before + 1);
      const instruction = await lms(TRIGGER, { p: adopted.proposalId });
      expect(instruction.data.changeProposal.trigger).toEqual(
        expect.objectContaining({
          kind: 'BMB_INSTRUCTION',
          recordId: instructionId,
          instruction: { id: instructionId },
        }),
      );
      const consulted = await as('smb-member@smb')(
        `query($p: ID!) { changeProposal(id: $p) { state responses { party position } boardItem { kind advice decision } } }`,
        { p: adopted.proposalId },
      );
      expect(consulted.data.changeProposal).toEqual({
        state: 'ADOPTED',
        responses: expect.arrayContaining([{ party: 'politie', position: 'AGREE' }]),
        boardItem: { kind: 'POLICY_CHANGE', advice: expect.any(String), decision: 'AANVAARD' },
      });
      expect(consulted.data.changeProposal.responses).toHaveLength(5);

      // A hoofdgebruiker reads the version in force: the new one, with the changed cell.
      const inForce = await as('security-officer@politie')(
        `{ policyVersion { version inForce responsibilities { process party tasks } } }`,
      );
      expect(inForce.data.policyVersion).toEqual(
        expect.objectContaining({ version: before + 1, inForce: true }),
      );
      expect(inForce.data.policyVersion.responsibilities).toContainEqual({
        process: 'COMPLIANCE_MONITORING',
        party: 'politie',
        tasks: 'Bewaakt de logging bij zijn medegebruikers en rapporteert aan de LMS.',
      });
      // Brandweer's assessment is open (its ICV is a draft): it reviews it against the new version.
      const brandweer = as('security-officer@brandweer');
      const REVIEW = `query($y: Int!) { assessment(year: $y) { policyReview { policyVersion confirmedBy } } }`;
      const review = await eventually(
        () => brandweer(REVIEW, { y: YEAR }),
        (r) => r.data?.assessment?.policyReview?.policyVersion === before + 1,
        'the policy review on the brandweer assessment',
      );
      expect(review.data.assessment.policyReview).toEqual({ policyVersion: before + 1, confirmedBy: null });
      const confirmed = await brandweer(
        `mutation($y: Int!) { confirmPolicyReview(year: $y) { policyReview { policyVersion confirmedBy } } }`,
        { y: YEAR },
      );
      expect(confirmed.data.confirmPolicyReview.policyReview).toEqual({
        policyVersion: before + 1,
        confirmedBy: 'security-officer@brandweer',
      });
    });

    it('[SK-4.2] a consultation round on a shared facility: the LMS drafts, every user responds, the LMS answers and finalises, the SMB sees it', async () => {
      const asAccount = (account: string) => as(account);
      // GMS is used by the four disciplines with the KMar (SK-T2); ambulance makes a remark the LMS answers.
      const round = await runRiskConsultationRound(asAccount, {
        facilityCode: 'GMS',
        title: 'Risicoanalyse GMS (jaarronde)',
        positions: { ambulance: 'AKKOORD_MET_OPMERKINGEN' },
        risks: [{ treatment: { kind: 'OVERDRAGEN', description: 'Uitwijk contractueel geregeld.' } }],
      });
      expect(round.parties.sort()).toEqual(['ambulance', 'brandweer', 'kmar', 'politie']);
      expect(round.analysis).toEqual(
        expect.objectContaining({
          state: 'DEFINITIEF',
          scope: 'GEDEELDE_VOORZIENING',
          ownerParty: { code: 'lms' },
        }),
      );
      const ambulance = round.analysis.consultation.parties.find(
        (p: { party: { code: string } }) => p.party.code === 'ambulance',
      ).response;
      expect(ambulance).toEqual(
        expect.objectContaining({ position: 'AKKOORD_MET_OPMERKINGEN', answer: expect.any(String) }),
      );
      // The finalised analysis reaches governance as an event: the SMB sees it.
      const signals = await eventually(
        () => as('smb-member@smb')(`{ smbSignals { items { kind subject summary } } }`),
        (r) =>
          r.data?.smbSignals.items.some(
            (s: { kind: string; subject: string; summary: string }) =>
              s.kind === 'RISICOANALYSE_DEFINITIEF' && `${s.subject} ${s.summary}`.includes(round.number),
          ),
        'the SMB signal of the final analysis',
      );
      expect(signals.errors).toBeUndefined();
      // A consulted party reads the final analysis; the boards see the aggregate, not the content.
      expect(
        (
          await as('security-officer@kmar')(`query($id: ID!) { riskAnalysis(id: $id) { state } }`, {
            id: round.analysisId,
          })
        ).data.riskAnalysis.state,
      ).toBe('DEFINITIEF');
      const overview = await as('smb-member@smb')(
        `{ riskOverview { aggregates { party { code } facilityCode } } }`,
      );
      expect(overview.data.riskOverview.aggregates).toContainEqual({
        party: { code: 'lms' },
        facilityCode: 'GMS',
      });
    });
    it('[SK-3.2] [SK-3.4] [SK-2.3] [SK-2.4] the BBP year: its calendar, a wish, a plan line and a progress report that reaches the SMB', async () => {
      const opened = await openBbpYear(as, bbpCalendarFor(YEAR));
      expect(opened).toEqual(expect.objectContaining({ year: YEAR, state: 'OPEN' }));
      expect(opened.calendar.length).toBeGreaterThanOrEqual(6);
      const wish = await submitWish(as, 'security-officer@politie', { year: YEAR });
      expect(wish).toEqual(expect.objectContaining({ party: { code: 'politie' }, withdrawn: false }));

      const plan = await savePlanLine(as, 'security-officer@politie', {
        description: 'Logging van de meldkamersystemen centraal inrichten.',
      });
      expect(plan.lines.some((l: any) => l.description.startsWith('Logging'))).toBe(true);
      expect((await readPlan(as, 'auditor@jenv', { party: 'politie' })).party).toBe('politie');

      const [first] = await progressPeriods(as, 'security-officer@politie', YEAR, 2);
      const summary = 'De lijnen van het plan lopen; de logging volgt.';
      const prepared = await prepareProgressReportRaw(as, 'security-officer@politie', {
        year: YEAR,
        period: first.period,
        summary,
      });
      expect(prepared.errors).toBeUndefined();
      expect(
        errorCodes(await submitProgressReportRaw(as, 'security-officer@politie', YEAR, first.period)),
      ).toEqual(['CONFLICT']);
      const signed = await signProgressReportRaw(as, 'accountable-official@politie', YEAR, first.period);
      expect(signed.data.signProgressReport.state).toBe('ONDERTEKEND');
      const submitted = await submitProgressReportRaw(as, 'security-officer@politie', YEAR, first.period);
      expect(submitted.data.submitProgressReport).toEqual(
        expect.objectContaining({ state: 'INGEDIEND', summary }),
      );
      const item = await eventually(
        async () =>
          (
            await as('smb-member@smb')(
              `query($y: Int!) { boardItems(kind: PROGRESS_REPORTS, year: $y) { title progressPeriod { period reports { party { code } } } } }`,
              { y: YEAR },
            )
          ).data?.boardItems as any[],
        (items) => Array.isArray(items) && items.some((i) => i.progressPeriod?.period === first.period),
        'the progress report on the SMB agenda',
      );
      expect(item.find((i) => i.progressPeriod.period === first.period).progressPeriod.reports).toEqual([
        { party: { code: 'politie' } },
      ]);
    });

    it('[SK-3.3] [SK-3.8] an escalation before an SMB meeting: positions, advice, minutes, the BMB decides', async () => {
      const ESCALATION = `id state missing { code } decidable positions { party { code } stance } boardItem { id advice decision }`;
      const raised = await as('security-officer@politie')(
        `mutation($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { ${ESCALATION} } }`,
        {
          i: {
            title: 'Gedeelde logging van GMS',
            question: 'Leggen politie en ambulancezorg de logging van GMS samen vast bij de LMS?',
            parties: ['politie', 'ambulance'],
            positionsDue: isoDay(14),
          },
        },
      );
      expect(raised.errors).toBeUndefined();
      const escalation = raised.data.raiseEscalation;
      expect(escalation.state).toBe('OPEN');
      expect(escalation.missing.map((p: { code: string }) => p.code).sort()).toEqual([
        'ambulance',
        'politie',
      ]);
      const itemId = escalation.boardItem.id;
      const position = (account: string, stance: string, reasoning: string) =>
        as(account)(
          `mutation($i: EscalationPositionInput!) { recordEscalationPosition(input: $i) { ${ESCALATION} } }`,
          { i: { escalationId: escalation.id, stance, reasoning } },
        );
      expect(
        (await position('security-officer@politie', 'EENS', 'Eén plek voor de logging is veiliger.')).errors,
      ).toBeUndefined();

      // The SMB's meeting: the escalation on its agenda, advised there.
      const planned = await as('board-secretary@smb')(
        `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id state } }`,
        { i: { board: 'SMB', date: isoDay(7), title: 'SMB-vergadering (jaarwandeling)' } },
      );
      expect(planned.errors).toBeUndefined();
      const meetingId = planned.data.planMeeting.id;
      const added = await as('board-secretary@smb')(
        `mutation($i: MeetingAgendaItemInput!) { addMeetingAgendaItem(input: $i) { agenda { position item { id kind } } } }`,
        { i: { meetingId, boardItemId: itemId } },
      );
      expect(added.data.addMeetingAgendaItem.agenda).toEqual([
        { position: 1, item: { id: itemId, kind: 'ESCALATION' } },
      ]);
      const advised = await as('smb-member@smb')(
        `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { advice } }`,
        { id: itemId, a: 'Het SMB adviseert de logging bij de LMS te beleggen.' },
      );
      expect(advised.errors).toBeUndefined();
      const DECIDE = `mutation($i: DecisionInput!) { decideBoardItem(input: $i) { decision } }`;
      const decision = {
        agendaItemId: itemId,
        decision: 'AANVAARD',
        text: 'Het BMB volgt het advies van het SMB.',
      };
      // A position is missing and the deadline has not passed: the BMB cannot decide yet.
      expect(errorCodes(await as('bmb-member@bmb')(DECIDE, { i: decision }))).toEqual(['CONFLICT']);

      const minutes = await as('board-secretary@smb')(
        `mutation($i: MeetingMinutesInput!) { recordMeetingMinutes(input: $i) { state minutes attendance { name present } } }`,
        {
          i: {
            meetingId,
            attendance: [
              { name: 'Voorzitter SMB', present: true },
              { name: 'Vertegenwoordiger politie', party: 'politie', present: true },
            ],
            minutes: 'Het SMB besprak de escalatie over de logging en gaf advies.',
            itemMinutes: [
              { boardItemId: itemId, minute: 'Advies gegeven; het standpunt van ambulancezorg volgt.' },
            ],
          },
        },
      );
      expect(minutes.errors).toBeUndefined();
      expect(minutes.data.recordMeetingMinutes.state).toBe('GEHOUDEN');

      expect(
        (
          await position(
            'security-officer@ambulance',
            'ONEENS',
            'De ambulancezorg houdt de logging liever zelf.',
          )
        ).errors,
      ).toBeUndefined();
      const decided = await as('bmb-member@bmb')(DECIDE, { i: decision });
      expect(decided.errors).toBeUndefined();
      const after = await as('bmb-member@bmb')(`query($id: ID!) { escalation(id: $id) { ${ESCALATION} } }`, {
        id: escalation.id,
      });
      expect(after.data.escalation).toEqual(
        expect.objectContaining({
          state: 'BESLOTEN',
          missing: [],
          boardItem: expect.objectContaining({ decision: 'AANVAARD' }),
        }),
      );
      // The parties' positions side by side for the boards; a party reads its own.
      expect(after.data.escalation.positions.map((p: any) => [p.party.code, p.stance])).toEqual(
        expect.arrayContaining([
          ['politie', 'EENS'],
          ['ambulance', 'ONEENS'],
        ]),
      );
      const own = await as('security-officer@ambulance')(
        `query($id: ID!) { escalation(id: $id) { positions { party { code } } } }`,
        {
          id: escalation.id,
        },
      );
      expect(own.data.escalation.positions).toEqual([{ party: { code: 'ambulance' } }]);
      const pack = await as('board-secretary@smb')(
        `query($id: ID!) { meetingPack(meetingId: $id) { contentType contentBase64 } }`,
        { id: meetingId },
      );
      expect(pack.data.meetingPack.contentType).toBe('application/pdf');
      expect(Buffer.from(pack.data.meetingPack.contentBase64, 'base64').subarray(0, 4).toString()).toBe(
        '%PDF',
      );
    });
  });
}

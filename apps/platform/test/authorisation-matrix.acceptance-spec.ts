import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, ObjectTypeDefinitionNode, parse } from 'graphql';
import { importJWK, JWK, SignJWT } from 'jose';
import { ROLES, Role } from '@mkib/server-auth';
import {
  currentYear,
  cycleDatesFor,
  errorCodes,
  graphql,
  isoDay,
  PlatformProcess,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The authorisation matrix through the gateway: every operation of the supergraph x every role x a token
 * of the role's own party and of another party. Expectations are written out here, from the regulation's
 * division of tasks, not derived from the authorisation table they check.
 */
let platform: PlatformProcess;
let key: JWK;
/** The year the operations name: this year, from the clock. */
const YEAR = currentYear();

/** The party a role naturally belongs to, and a party it does not. */
const OWN: Record<Role, string> = {
  viewer: 'politie',
  'security-officer': 'ambulance',
  'accountable-official': 'brandweer',
  'lms-operator': 'lms',
  'board-secretary': 'smb',
  'smb-member': 'smb',
  'bmb-member': 'bmb',
  auditor: 'jenv',
  medegebruiker: 'handhaving-amsterdam',
  evaluator: 'jenv',
};
const OTHER: Record<Role, string> = {
  ...Object.fromEntries(ROLES.map((r) => [r, 'lms'])),
  'lms-operator': 'politie',
} as Record<Role, string>;

type Outcome = 'allowed' | 'FORBIDDEN';
const DOMAIN_OUTCOMES = ['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT'];
const everyone = (): Outcome => 'allowed';
const BOARD_ROLES: Role[] = ['smb-member', 'bmb-member', 'board-secretary'];
const HOOFDGEBRUIKERS = ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie'];
const lmsOnly = (role: Role, party: string): Outcome =>
  role === 'lms-operator' && party === 'lms' ? 'allowed' : 'FORBIDDEN';
const securityOfficer = (role: Role): Outcome => (role === 'security-officer' ? 'allowed' : 'FORBIDDEN');
const bmb = (role: Role, party: string): Outcome =>
  ['bmb-member', 'board-secretary'].includes(role) && party === 'bmb' ? 'allowed' : 'FORBIDDEN';
/** The boards, the LMS and the auditor read the whole agenda; a party's own officers their own items. */
const agendaReader = (role: Role, party: string): Outcome =>
  (BOARD_ROLES.includes(role) && ['smb', 'bmb'].includes(party)) ||
  (role === 'lms-operator' && party === 'lms') ||
  role === 'auditor' ||
  ['security-officer', 'accountable-official', 'viewer'].includes(role)
    ? 'allowed'
    : 'FORBIDDEN';
const partyFrameworkChange = (role: Role, party: string): Outcome =>
  role === 'security-officer' || (role === 'lms-operator' && party === 'lms') ? 'allowed' : 'FORBIDDEN';

const ZERO = '00000000-0000-4000-8000-000000000000';
/** Risk analyses, the register and its exports: a party's own officers and viewer, the LMS, the auditor. */
const riskReader = (role: Role, party: string): Outcome =>
  (['security-officer', 'accountable-official', 'viewer'].includes(role) &&
    [...HOOFDGEBRUIKERS, 'lms'].includes(party)) ||
  (role === 'lms-operator' && party === 'lms') ||
  role === 'auditor'
    ? 'allowed'
    : 'FORBIDDEN';
/** Drafting and finalising analyses: a hoofdgebruiker's security officer; the LMS on shared facilities. */
const riskManager = (role: Role, party: string): Outcome =>
  (role === 'security-officer' && HOOFDGEBRUIKERS.includes(party)) ||
  (role === 'lms-operator' && party === 'lms')
    ? 'allowed'
    : 'FORBIDDEN';

const OPERATIONS: Record<
  string,
  { query: string; variables?: Record<string, unknown>; expect(role: Role, party: string): Outcome }
> = {
  'Query.facilities': { query: '{ facilities { code } }', expect: everyone },
  'Query.facility': { query: '{ facility(code: "GMS") { code usedBy { code } } }', expect: everyone },
  'Query.parties': { query: '{ parties { code } }', expect: everyone },
  'Query.party': { query: '{ party(code: "politie") { code medegebruikers { code } } }', expect: everyone },
  'Query.meldkamers': { query: '{ meldkamers { code } }', expect: everyone },
  'Query.frameworks': { query: '{ frameworks { code attribution } }', expect: everyone },
  'Query.framework': { query: '{ framework(code: "BIO2") { code requirementCount } }', expect: everyone },
  'Query.requirements': {
    query: '{ requirements(frameworkCode: "BIO2", search: "5.15") { total } }',
    expect: everyone,
  },
  'Query.requirement': {
    query:
      '{ requirement(frameworkCode: "BIO2", identifier: "5.15.01") { identifier mappings { relationship } } }',
    expect: everyone,
  },
  'Query.frameworkOscal': { query: '{ frameworkOscal(code: "BIO2") }', expect: everyone },
  'Query.bbnProfile': {
    query: '{ bbnProfile { version levels { bbn applicableCount } } }',
    expect: everyone,
  },
  'Query.bbnProfiles': { query: '{ bbnProfiles { version } }', expect: everyone },
  // Every role reads its own party's extra frameworks (the default party is the caller's own).
  'Query.partyFrameworks': { query: '{ partyFrameworks { code } }', expect: everyone },
  // The policy is common: every role reads its versions, their diff and the PDF (SK-2.2).
  'Query.policyVersion': {
    query: '{ policyVersion { version norms { key measures { identifier } } } }',
    expect: everyone,
  },
  'Query.policyVersions': { query: '{ policyVersions { version } }', expect: everyone },
  'Query.policyDiff': { query: '{ policyDiff(from: 1, to: 1) { from } }', expect: everyone },
  'Query.policyVersionPdf': { query: '{ policyVersionPdf(version: 1) { filename } }', expect: everyone },
  'Mutation.importFramework': {
    query: 'mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { dryRun } }',
    variables: { i: { code: 'MATRIX', format: 'CSV', content: 'identifier,kind\nA,THEMA\n', dryRun: true } },
    // The common catalogue is the beheerder's.
    expect: lmsOnly,
  },
  'Mutation.importMappings': {
    query: 'mutation($i: ImportMappingsInput!) { importMappings(input: $i) { dryRun } }',
    variables: {
      i: {
        content:
          'source_framework,source_identifier,target_framework,target_identifier\nBIO2,5.15,BIO2,5.16\n',
        dryRun: true,
      },
    },
    expect: lmsOnly,
  },
  'Mutation.importPartyFramework': {
    query: 'mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { dryRun } }',
    variables: { i: { code: 'MATRIX', format: 'CSV', content: 'identifier,kind\nA,THEMA\n', dryRun: true } },
    // A party's security officer, for its own party (the token's); the LMS for its own.
    expect: partyFrameworkChange,
  },
  'Mutation.attachFramework': {
    query: 'mutation { attachFramework(frameworkCode: "BIO2") { code } }',
    expect: partyFrameworkChange,
  },
  'Mutation.detachFramework': {
    query: 'mutation { detachFramework(frameworkCode: "BIO2") { code } }',
    expect: partyFrameworkChange,
  },
  'Mutation.publishBbnProfile': {
    query: 'mutation($i: PublishBbnProfileInput!) { publishBbnProfile(input: $i) { version } }',
    variables: {
      i: {
        rationale: 'matrix',
        levels: [
          { bbn: 1, measures: [] },
          { bbn: 2, measures: [] },
          { bbn: 3, measures: [] },
        ],
      },
    },
    expect: lmsOnly,
  },
  'Mutation.setSupplementaryMeasures': {
    query:
      'mutation($i: SetSupplementaryMeasuresInput!) { setSupplementaryMeasures(input: $i) { facilityCode } }',
    variables: { i: { facilityCode: 'OIS', measures: [], rationale: 'matrix' } },
    expect: lmsOnly,
  },
  // The change procedure (issue 15): every role reads proposals; the LMS drafts and consults, the
  // hoofdgebruikers respond and request, the SMB advises, the BMB adopts.
  'Query.changeProposals': { query: '{ changeProposals { id } }', expect: everyone },
  'Query.changeProposal': {
    query: '{ changeProposal(id: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: everyone,
  },
  // Every role reads its own party's requests (the LMS, the boards and the auditor all).
  'Query.changeRequests': { query: '{ changeRequests { id } }', expect: everyone },
  'Query.jaaraanschrijvingen': { query: '{ jaaraanschrijvingen { id } }', expect: everyone },
  'Mutation.recordJaaraanschrijving': {
    query: 'mutation($i: RecordJaaraanschrijvingInput!) { recordJaaraanschrijving(input: $i) { id } }',
    // Invalid on purpose: the call passes the check and writes nothing.
    variables: { i: { date: 'geen datum', reference: 'Matrix', text: 'Matrix' } },
    expect: lmsOnly,
  },
  'Mutation.requestPolicyChange': {
    query: 'mutation($i: RequestPolicyChangeInput!) { requestPolicyChange(input: $i) { id } }',
    variables: { i: { subject: '', motivation: '' } },
    // A hoofdgebruiker's security officer, for its own party.
    expect: (role, party) =>
      role === 'security-officer' && HOOFDGEBRUIKERS.includes(party) ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.declineChangeRequest': {
    query:
      'mutation { declineChangeRequest(id: "00000000-0000-4000-8000-000000000000", reasons: "Matrix: afgewezen.") { id } }',
    expect: lmsOnly,
  },
  'Mutation.draftChangeProposal': {
    query: 'mutation($i: DraftChangeProposalInput!) { draftChangeProposal(input: $i) { id } }',
    variables: {
      i: { title: '', rationale: '', trigger: { kind: 'RISK_ANALYSIS' }, change: {} },
    },
    expect: lmsOnly,
  },
  'Mutation.updateChangeProposal': {
    query: 'mutation($i: UpdateChangeProposalInput!) { updateChangeProposal(input: $i) { id } }',
    variables: {
      i: { id: '00000000-0000-4000-8000-000000000000', title: 'Matrix', rationale: 'Matrix', change: {} },
    },
    expect: lmsOnly,
  },
  'Mutation.openConsultation': {
    query: `mutation { openConsultation(proposalId: "00000000-0000-4000-8000-000000000000", respondBy: "${isoDay(14)}") { id } }`,
    expect: lmsOnly,
  },
  'Mutation.respondToConsultation': {
    query: 'mutation($i: ConsultationResponseInput!) { respondToConsultation(input: $i) { id } }',
    variables: {
      i: { proposalId: '00000000-0000-4000-8000-000000000000', position: 'AGREE', reasons: 'Matrix' },
    },
    expect: (role, party) =>
      role === 'security-officer' && HOOFDGEBRUIKERS.includes(party) ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.submitChangeProposal': {
    query: 'mutation { submitChangeProposal(proposalId: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: lmsOnly,
  },
  'Mutation.withdrawChangeProposal': {
    query:
      'mutation { withdrawChangeProposal(proposalId: "00000000-0000-4000-8000-000000000000", reason: "Matrix") { id } }',
    expect: lmsOnly,
  },
  'Query.boardItems': { query: '{ boardItems { id } }', expect: agendaReader },
  'Query.boardItem': {
    query: '{ boardItem(id: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: agendaReader,
  },
  'Mutation.adviseBoardItem': {
    query:
      'mutation { adviseBoardItem(agendaItemId: "00000000-0000-4000-8000-000000000000", advice: "Matrix: een advies.") { id } }',
    expect: (role, party) =>
      ['smb-member', 'board-secretary'].includes(role) && party === 'smb' ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.decideBoardItem': {
    query: 'mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }',
    variables: {
      i: {
        agendaItemId: '00000000-0000-4000-8000-000000000000',
        decision: 'AANVAARD',
        text: 'Matrix: besluit.',
      },
    },
    expect: bmb,
  },
  'Mutation.confirmPolicyReview': {
    query: `mutation { confirmPolicyReview(year: ${YEAR}) { year } }`,
    expect: securityOfficer,
  },
  'Query.icv': { query: `{ icv(year: ${YEAR}) { state } }`, expect: everyone },
  'Query.icvs': { query: `{ icvs(year: ${YEAR}) { party } }`, expect: everyone },
  'Query.coUserReports': {
    query: `{ coUserReports(year: ${YEAR}) { party } }`,
    expect: (role) =>
      ['medegebruiker', 'security-officer', 'accountable-official', 'auditor'].includes(role)
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Query.icvAuditLog': {
    query: '{ icvAuditLog { intact } }',
    expect: (role, party) =>
      role === 'auditor' || (role === 'lms-operator' && party === 'lms') ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.submitCoUserReport': {
    query: 'mutation($i: CoUserReportInput!) { submitCoUserReport(input: $i) { party } }',
    variables: { i: { year: YEAR, status: 'GEIMPLEMENTEERD', summary: 'Matrix: alles op orde.' } },
    // Only a co-user reports, and the LMS is none.
    expect: (role, party) => (role === 'medegebruiker' && party !== 'lms' ? 'allowed' : 'FORBIDDEN'),
  },
  'Mutation.startIcv': { query: `mutation { startIcv(year: ${YEAR}) { state } }`, expect: securityOfficer },
  'Mutation.updateIcv': {
    query: 'mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { state } }',
    variables: { i: { year: YEAR, statement: 'IN_CONTROL', exceptions: [] } },
    expect: securityOfficer,
  },
  'Mutation.prepareIcv': {
    query: `mutation { prepareIcv(year: ${YEAR}) { state } }`,
    expect: securityOfficer,
  },
  'Mutation.signIcv': {
    query: `mutation { signIcv(year: ${YEAR}) { state } }`,
    expect: (role) => (role === 'accountable-official' ? 'allowed' : 'FORBIDDEN'),
  },
  'Mutation.submitIcv': {
    query: `mutation { submitIcv(year: ${YEAR}) { state } }`,
    expect: (role) => (['security-officer', 'accountable-official'].includes(role) ? 'allowed' : 'FORBIDDEN'),
  },
  'Mutation.correctIcv': {
    query: `mutation { correctIcv(year: ${YEAR}, reason: "Matrix: een correctie.") { version } }`,
    expect: securityOfficer,
  },
  'Query.assessment': {
    query: `{ assessment(year: ${YEAR}) { progress { applicable } } }`,
    expect: everyone,
  },
  'Query.evidenceContent': {
    query: '{ evidenceContent(id: "00000000-0000-4000-8000-000000000000") { intact } }',
    expect: everyone,
  },
  'Mutation.assessMeasures': {
    query: 'mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { frozen } }',
    variables: {
      i: { year: YEAR, entries: [{ frameworkCode: 'BIO2', identifier: '5.01.01', status: 'NIET' }] },
    },
    expect: securityOfficer,
  },
  'Mutation.recordFinding': {
    query: 'mutation($i: FindingInput!) { recordFinding(input: $i) { id } }',
    variables: {
      i: {
        year: YEAR,
        frameworkCode: 'BIO2',
        identifier: '5.01.01',
        description: 'Matrix',
        action: 'Matrix',
        owner: 'Matrix',
        dueDate: isoDay(60),
      },
    },
    expect: securityOfficer,
  },
  'Mutation.progressFinding': {
    query:
      'mutation($i: FindingProgressInput!) { progressFinding(id: "00000000-0000-4000-8000-000000000000", input: $i) { id } }',
    variables: {
      i: { action: 'Matrix', owner: 'Matrix', dueDate: `${new Date().getUTCFullYear() + 1}-01-01` },
    },
    expect: securityOfficer,
  },
  'Mutation.closeFinding': {
    query: 'mutation { closeFinding(id: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: securityOfficer,
  },
  'Mutation.uploadEvidence': {
    query: 'mutation($i: EvidenceInput!) { uploadEvidence(input: $i) { id } }',
    variables: {
      i: {
        year: YEAR,
        frameworkCode: 'BIO2',
        identifier: '5.01.01',
        filename: 'matrix.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('matrix').toString('base64'),
      },
    },
    expect: securityOfficer,
  },
  'Query.icvPdf': { query: `{ icvPdf(year: ${YEAR}) { filename } }`, expect: everyone },
  'Query.assessmentXlsx': { query: `{ assessmentXlsx(year: ${YEAR}) { filename } }`, expect: everyone },
  // Everyone is reminded of what its own party owes.
  'Query.reminders': { query: `{ reminders(year: ${YEAR}) { party } }`, expect: everyone },
  'Query.meetingPackPdf': { query: `{ meetingPackPdf(year: ${YEAR}) { filename } }`, expect: agendaReader },
  'Query.cycle': { query: `{ cycle(year: ${YEAR}) { year } }`, expect: everyone },
  'Query.cycleChoice': { query: '{ cycleChoice { years defaultYear } }', expect: everyone },
  'Query.agenda': { query: `{ agenda(year: ${YEAR}) { party } }`, expect: agendaReader },
  'Query.instructions': { query: '{ instructions { party } }', expect: agendaReader },
  'Mutation.openCycle': {
    query: 'mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }',
    variables: {
      i: {
        year: YEAR,
        ...cycleDatesFor(YEAR),
      },
    },
    expect: (role, party) =>
      role === 'board-secretary' && ['smb', 'bmb'].includes(party) ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.recordAdvice': {
    query:
      'mutation { recordAdvice(agendaItemId: "00000000-0000-4000-8000-000000000000", advice: "Matrix: een advies.") { id } }',
    // The SMB advises (art. 3.5).
    expect: (role, party) =>
      ['smb-member', 'board-secretary'].includes(role) && party === 'smb' ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.recordDecision': {
    query: 'mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }',
    variables: {
      i: {
        agendaItemId: '00000000-0000-4000-8000-000000000000',
        decision: 'AANVAARD',
        text: 'Matrix: een besluit.',
      },
    },
    // The BMB decides.
    expect: bmb,
  },
  'Mutation.reviewInstruction': {
    query:
      'mutation { reviewInstruction(instructionId: "00000000-0000-4000-8000-000000000000", accept: true) { state } }',
    expect: bmb,
  },
  'Mutation.reportInstructionDone': {
    query:
      'mutation { reportInstructionDone(instructionId: "00000000-0000-4000-8000-000000000000", report: "Matrix: gereed.") { state } }',
    expect: (role) => (['security-officer', 'accountable-official'].includes(role) ? 'allowed' : 'FORBIDDEN'),
  },
  'Query.policyAuditLog': {
    query: '{ policyAuditLog { intact } }',
    expect: (role, party) =>
      role === 'auditor' || (role === 'lms-operator' && party === 'lms') ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.classifyFacility': {
    query: 'mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { code } }',
    variables: {
      i: {
        facilityCode: 'OIS',
        biv: { beschikbaarheid: 'MIDDEN', integriteit: 'MIDDEN', vertrouwelijkheid: 'MIDDEN' },
        bbn: 2,
        rationale: 'matrix',
        reviewDue: isoDay(365),
      },
    },
    // Only the beheerder sets the security level of the shared facilities.
    expect: (role, party) => (role === 'lms-operator' && party === 'lms' ? 'allowed' : 'FORBIDDEN'),
  },
  // Risk management (issue 16). The scale and the threat catalogue are common; a party reads its own
  // analyses and register (a hoofdgebruiker also the LMS's ones it is consulted on), the auditor all.
  'Query.riskScale': { query: '{ riskScale { matrix } }', expect: everyone },
  'Query.threats': { query: '{ threats { code } }', expect: everyone },
  'Query.riskRegister': { query: '{ riskRegister { party { code } } }', expect: riskReader },
  'Query.riskAnalysis': { query: `{ riskAnalysis(id: "${ZERO}") { id } }`, expect: riskReader },
  'Query.riskAcceptanceLevel': { query: '{ riskAcceptanceLevel { level } }', expect: riskReader },
  'Query.riskAnalysisPdf': { query: `{ riskAnalysisPdf(id: "${ZERO}") { filename } }`, expect: riskReader },
  'Query.riskRegisterXlsx': { query: '{ riskRegisterXlsx { filename } }', expect: riskReader },
  'Query.riskPoam': { query: '{ riskPoam { filename } }', expect: riskReader },
  'Query.riskConsultationTasks': {
    query: '{ riskConsultationTasks { respondBy } }',
    // A hoofdgebruiker its own tasks; the LMS and the auditor every one.
    expect: (role, party) =>
      (['security-officer', 'accountable-official', 'viewer'].includes(role) &&
        HOOFDGEBRUIKERS.includes(party)) ||
      (role === 'lms-operator' && party === 'lms') ||
      role === 'auditor'
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Query.riskOverview': {
    query: '{ riskOverview { openConsultations } }',
    // Aggregates, not content: the boards, the LMS and the auditor (SK-T3).
    expect: (role, party) =>
      (BOARD_ROLES.includes(role) && ['smb', 'bmb'].includes(party)) ||
      (role === 'lms-operator' && party === 'lms') ||
      role === 'auditor'
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Mutation.setRiskScale': {
    query: 'mutation($i: RiskScaleInput!) { setRiskScale(input: $i) { updatedAt } }',
    // Invalid on purpose (no steps): the call passes the check and writes nothing.
    variables: { i: { likelihood: [], impact: [], levels: [], matrix: [] } },
    expect: lmsOnly,
  },
  'Mutation.setRiskAcceptanceLevel': {
    query: 'mutation { setRiskAcceptanceLevel(level: MIDDEN) { level } }',
    // The accountable official of its own party (a hoofdgebruiker or the LMS).
    expect: (role, party) =>
      role === 'accountable-official' && [...HOOFDGEBRUIKERS, 'lms'].includes(party)
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Mutation.draftRiskAnalysis': {
    query: 'mutation($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id } }',
    variables: { i: { title: '', description: '', scope: 'EIGEN_GEBRUIK', facilityCodes: [] } },
    expect: riskManager,
  },
  'Mutation.updateRiskAnalysis': {
    query: 'mutation($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { id } }',
    variables: { i: { id: ZERO, title: 'Matrix', description: 'Matrix', threats: [], risks: [] } },
    expect: riskManager,
  },
  'Mutation.openRiskConsultation': {
    query: 'mutation($i: OpenRiskConsultationInput!) { openRiskConsultation(input: $i) { id } }',
    variables: { i: { analysisId: ZERO, respondBy: isoDay(14) } },
    expect: riskManager,
  },
  'Mutation.respondToRiskConsultation': {
    query: 'mutation($i: RespondToRiskConsultationInput!) { respondToRiskConsultation(input: $i) { id } }',
    variables: { i: { analysisId: ZERO, position: 'AKKOORD', reasoning: 'Matrix' } },
    expect: (role, party) =>
      role === 'security-officer' && HOOFDGEBRUIKERS.includes(party) ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.answerRiskConsultationResponse': {
    query: 'mutation($i: AnswerRiskConsultationInput!) { answerRiskConsultationResponse(input: $i) { id } }',
    variables: { i: { responseId: ZERO, answer: 'Matrix' } },
    expect: riskManager,
  },
  'Mutation.finaliseRiskAnalysis': {
    query: 'mutation($i: FinaliseRiskAnalysisInput!) { finaliseRiskAnalysis(input: $i) { id } }',
    variables: { i: { analysisId: ZERO } },
    expect: riskManager,
  },
  'Mutation.reviseRiskAnalysis': {
    query: `mutation { reviseRiskAnalysis(id: "${ZERO}") { id } }`,
    expect: riskManager,
  },
  'Mutation.discardRiskAnalysis': {
    query: `mutation { discardRiskAnalysis(id: "${ZERO}") }`,
    expect: riskManager,
  },
  'Mutation.completeRiskTreatment': {
    query: `mutation { completeRiskTreatment(treatmentId: "${ZERO}", note: "Matrix") { id } }`,
    expect: riskManager,
  },
  'Mutation.decideRiskAcceptance': {
    query: 'mutation($i: DecideRiskAcceptanceInput!) { decideRiskAcceptance(input: $i) { id } }',
    variables: { i: { riskId: ZERO, approve: true, reasoning: 'Matrix', reviewDate: isoDay(180) } },
    // The accountable official of the owner party (a hoofdgebruiker or the LMS), never the proposer.
    expect: (role, party) =>
      role === 'accountable-official' && [...HOOFDGEBRUIKERS, 'lms'].includes(party)
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Query.smbSignals': {
    query: '{ smbSignals { total } }',
    // What the boards monitor: the boards, the LMS that prepares for them, and the Minister's auditor.
    expect: (role, party) =>
      (BOARD_ROLES.includes(role) && ['smb', 'bmb'].includes(party)) ||
      (role === 'lms-operator' && party === 'lms') ||
      role === 'auditor'
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Query.riskAuditLog': {
    query: '{ riskAuditLog { intact } }',
    expect: (role, party) =>
      role === 'auditor' || (role === 'lms-operator' && party === 'lms') ? 'allowed' : 'FORBIDDEN',
  },
  // Every role reads its own party's audit rows; whose rows reach whom is audit-trail.acceptance-spec.ts.
  ...Object.fromEntries(
    ['policy', 'risk', 'icv', 'governance'].map((s) => [
      `Query.${s}AuditTrail`,
      { query: `{ ${s}AuditTrail(filter: { limit: 5 }) { total } }`, expect: everyone },
    ]),
  ),
  // Anchoring the audit chains and reading the anchors: the auditor and the LMS, as verifying.
  ...Object.fromEntries(
    ['Policy', 'Risk', 'Icv', 'Governance'].map((s) => [
      `Mutation.anchor${s}AuditLog`,
      {
        query: `mutation { anchor${s}AuditLog { seq } }`,
        expect: (role: Role, party: string): Outcome =>
          role === 'auditor' || (role === 'lms-operator' && party === 'lms') ? 'allowed' : 'FORBIDDEN',
      },
    ]),
  ),
  'Query.auditAnchors': {
    query: '{ auditAnchors { service seq } }',
    expect: (role, party) =>
      role === 'auditor' || (role === 'lms-operator' && party === 'lms') ? 'allowed' : 'FORBIDDEN',
  },
  'Query.governanceAuditAnchor': {
    query: '{ governanceAuditAnchor { service seq } }',
    expect: (role, party) =>
      role === 'auditor' || (role === 'lms-operator' && party === 'lms') ? 'allowed' : 'FORBIDDEN',
  },
  'Query.governanceAuditLog': {
    query: '{ governanceAuditLog { intact } }',
    expect: (role, party) =>
      role === 'auditor' || (role === 'lms-operator' && party === 'lms') ? 'allowed' : 'FORBIDDEN',
  },
};

// Implementation plans, progress reports and the BBP year (issue 17).
const PLAN_KEEPERS = [...HOOFDGEBRUIKERS, 'lms'];
/** The parties of art. 1e as MKIB registers them, and the LMS: they submit BBP wishes (SK-3.4). */
const WISH_PARTIES = ['politie', 'ambulance', 'brandweer', 'defensie', 'jenv', 'lms'];
const OWN_OFFICERS = ['security-officer', 'accountable-official', 'viewer'];
const isBoard = (role: Role, party: string) => BOARD_ROLES.includes(role) && ['smb', 'bmb'].includes(party);
/** A plan keeper's own officers and viewer, the LMS operator for the LMS, the auditor every plan. */
const planReader = (role: Role, party: string): Outcome =>
  (OWN_OFFICERS.includes(role) && PLAN_KEEPERS.includes(party)) ||
  (role === 'lms-operator' && party === 'lms') ||
  role === 'auditor'
    ? 'allowed'
    : 'FORBIDDEN';
/** A plan keeper's security officer; the LMS operator for the LMS. */
const planKeeper = (role: Role, party: string): Outcome =>
  (role === 'security-officer' && PLAN_KEEPERS.includes(party)) ||
  (role === 'lms-operator' && party === 'lms')
    ? 'allowed'
    : 'FORBIDDEN';
/** Progress reports: the plan's readers, and the boards (the submitted ones). */
const progressReader = (role: Role, party: string): Outcome =>
  planReader(role, party) === 'allowed' || isBoard(role, party) ? 'allowed' : 'FORBIDDEN';
/** Counts across parties: the boards, the LMS, the auditor (SK-T3). */
const overviewReader = (role: Role, party: string): Outcome =>
  isBoard(role, party) || (role === 'lms-operator' && party === 'lms') || role === 'auditor'
    ? 'allowed'
    : 'FORBIDDEN';
const smbSecretary = (role: Role, party: string): Outcome =>
  role === 'board-secretary' && party === 'smb' ? 'allowed' : 'FORBIDDEN';
const wishSubmitter = (role: Role, party: string): Outcome =>
  (['security-officer', 'accountable-official'].includes(role) && WISH_PARTIES.includes(party)) ||
  (role === 'lms-operator' && party === 'lms') ||
  smbSecretary(role, party) === 'allowed'
    ? 'allowed'
    : 'FORBIDDEN';
const wishReader = (role: Role, party: string): Outcome =>
  (OWN_OFFICERS.includes(role) && WISH_PARTIES.includes(party)) ||
  isBoard(role, party) ||
  (role === 'lms-operator' && party === 'lms') ||
  role === 'auditor'
    ? 'allowed'
    : 'FORBIDDEN';
/** An invalid calendar (no progress moment): passes the check and writes nothing. */
const INVALID_CALENDAR = {
  year: YEAR,
  wishesDeadline: `${YEAR}-03-31`,
  progressReportMoments: [],
  smbMeetings: [],
  bmbMeetings: [],
  adoptionDate: `${YEAR}-06-15`,
};

const ISSUE_17_OPERATIONS: typeof OPERATIONS = {
  'Query.implementationPlan': {
    query: '{ implementationPlan { party policyVersion lines { id } rollUp { total } } }',
    expect: planReader,
  },
  'Query.implementationPlanXlsx': { query: '{ implementationPlanXlsx { filename } }', expect: planReader },
  'Query.progressReports': { query: `{ progressReports(year: ${YEAR}) { id } }`, expect: progressReader },
  'Query.progressPeriods': { query: `{ progressPeriods(year: ${YEAR}) { period } }`, expect: progressReader },
  'Mutation.savePlanLine': {
    query: 'mutation($i: PlanLineInput!) { savePlanLine(input: $i) { id } }',
    // Invalid on purpose (no description): the call passes the check and writes nothing.
    variables: {
      i: {
        kind: 'MAATREGEL',
        measure: { frameworkCode: 'BIO2', identifier: '5.01.01' },
        description: '',
        dueDate: isoDay(60),
        status: 'GEPLAND',
      },
    },
    expect: planKeeper,
  },
  'Mutation.removePlanLine': {
    query: `mutation { removePlanLine(id: "${ZERO}") { id } }`,
    expect: planKeeper,
  },
  'Mutation.confirmImplementationPlan': {
    query: 'mutation { confirmImplementationPlan { state } }',
    expect: planKeeper,
  },
  'Mutation.prepareProgressReport': {
    query: 'mutation($i: ProgressReportInput!) { prepareProgressReport(input: $i) { id } }',
    variables: { i: { year: YEAR, period: 99, summary: 'Matrix' } },
    expect: planKeeper,
  },
  'Mutation.signProgressReport': {
    query: `mutation { signProgressReport(year: ${YEAR}, period: 99) { id } }`,
    expect: (role, party) =>
      role === 'accountable-official' && PLAN_KEEPERS.includes(party) ? 'allowed' : 'FORBIDDEN',
  },
  'Mutation.submitProgressReport': {
    query: `mutation { submitProgressReport(year: ${YEAR}, period: 99) { id } }`,
    expect: (role, party) =>
      (['security-officer', 'accountable-official'].includes(role) && PLAN_KEEPERS.includes(party)) ||
      (role === 'lms-operator' && party === 'lms')
        ? 'allowed'
        : 'FORBIDDEN',
  },
  // The BBP year and its calendar are common; the SMB's secretary keeps them.
  'Query.bbpYear': { query: `{ bbpYear(year: ${YEAR}) { year } }`, expect: everyone },
  'Query.bbpYears': { query: '{ bbpYears { year } }', expect: everyone },
  'Query.calendar': { query: `{ calendar(year: ${YEAR}) { date } }`, expect: everyone },
  'Query.wishes': { query: `{ wishes(year: ${YEAR}) { id } }`, expect: wishReader },
  'Query.progressOverview': {
    query: `{ progressOverview(year: ${YEAR}) { plans { state } periods { period } } }`,
    expect: overviewReader,
  },
  'Mutation.openBbpYear': {
    query: 'mutation($i: BbpYearInput!) { openBbpYear(input: $i) { year } }',
    variables: { i: INVALID_CALENDAR },
    expect: smbSecretary,
  },
  'Mutation.updateBbpCalendar': {
    query: 'mutation($i: BbpYearInput!) { updateBbpCalendar(input: $i) { year } }',
    variables: { i: INVALID_CALENDAR },
    expect: smbSecretary,
  },
  'Mutation.submitWish': {
    query: 'mutation($i: WishInput!) { submitWish(input: $i) { id } }',
    // Invalid on purpose (no subject).
    variables: { i: { year: YEAR, subject: '', reasoning: 'Matrix', estimatedCost: 0, priority: 'LAAG' } },
    expect: wishSubmitter,
  },
  'Mutation.withdrawWish': {
    query: `mutation { withdrawWish(id: "${ZERO}") { id } }`,
    expect: wishSubmitter,
  },
  'Mutation.consolidateBbp': {
    query: 'mutation($i: BbpConsolidationInput!) { consolidateBbp(input: $i) { year } }',
    variables: { i: { year: YEAR, paragraph: '', dispositions: [] } },
    expect: smbSecretary,
  },
  'Mutation.submitBbpForAdoption': {
    query: `mutation { submitBbpForAdoption(year: ${YEAR}) { year } }`,
    expect: smbSecretary,
  },
  // Reminders that reach people: everyone their own list and preference; the LMS and the secretaries
  // the lead times; the LMS the outbox and the digest.
  'Query.reminderSettings': { query: '{ reminderSettings { milestone leadDays } }', expect: everyone },
  'Query.myNotifications': { query: '{ myNotifications { unread items { id } } }', expect: everyone },
  'Query.myMailPreference': { query: '{ myMailPreference { digest } }', expect: everyone },
  'Query.mailOutbox': { query: '{ mailOutbox { total } }', expect: lmsOnly },
  'Mutation.setReminderLeadTime': {
    query: 'mutation { setReminderLeadTime(milestone: WENSEN, leadDays: -1) { leadDays } }',
    expect: (role, party) =>
      (role === 'lms-operator' && party === 'lms') ||
      (role === 'board-secretary' && ['smb', 'bmb'].includes(party))
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Mutation.markNotificationsRead': {
    query: `mutation { markNotificationsRead(ids: ["${ZERO}"]) { unread } }`,
    expect: everyone,
  },
  'Mutation.setMailPreference': {
    query: 'mutation { setMailPreference(digest: DAGELIJKS) { digest } }',
    expect: everyone,
  },
  'Mutation.sendReminderDigest': { query: 'mutation { sendReminderDigest { day sent } }', expect: lmsOnly },
  // issue 18: dashboard
  'Query.smbDashboard': {
    query: `{ smbDashboard(year: ${YEAR}) { year icvs { standing } openEscalations signals { kind } } }`,
    // The SMB's monitoring across parties: the boards, the LMS that prepares for them, the Minister's
    // auditor and evaluator; never a party (it would see the others' standing).
    expect: (role, party) =>
      (BOARD_ROLES.includes(role) && ['smb', 'bmb'].includes(party)) ||
      (role === 'lms-operator' && party === 'lms') ||
      role === 'auditor' ||
      role === 'evaluator'
        ? 'allowed'
        : 'FORBIDDEN',
  },
  // issue 18: escalations (SK-3.8). A party's own officers and viewer read those of their party; the
  // boards, the LMS and JenV every one; the party's officers and the board secretary raise; the party's
  // officers record its position.
  'Query.escalations': {
    query: '{ escalations { id } }',
    expect: (role, party) =>
      (OWN_OFFICERS.includes(role) && PLAN_KEEPERS.includes(party)) ||
      isBoard(role, party) ||
      (role === 'lms-operator' && party === 'lms') ||
      role === 'auditor' ||
      role === 'evaluator'
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Query.escalation': {
    query: `{ escalation(id: "${ZERO}") { id } }`,
    expect: (role, party) =>
      (OWN_OFFICERS.includes(role) && PLAN_KEEPERS.includes(party)) ||
      isBoard(role, party) ||
      (role === 'lms-operator' && party === 'lms') ||
      role === 'auditor' ||
      role === 'evaluator'
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Mutation.raiseEscalation': {
    query: 'mutation($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { id } }',
    variables: { i: { title: '', question: '', parties: [], positionsDue: 'geen datum' } },
    expect: (role, party) =>
      (['security-officer', 'accountable-official'].includes(role) && PLAN_KEEPERS.includes(party)) ||
      (role === 'board-secretary' && ['smb', 'bmb'].includes(party))
        ? 'allowed'
        : 'FORBIDDEN',
  },
  'Mutation.recordEscalationPosition': {
    query: 'mutation($i: EscalationPositionInput!) { recordEscalationPosition(input: $i) { id } }',
    variables: { i: { escalationId: ZERO, stance: 'EENS', reasoning: 'Matrix: een standpunt.' } },
    expect: (role, party) =>
      ['security-officer', 'accountable-official'].includes(role) && PLAN_KEEPERS.includes(party)
        ? 'allowed'
        : 'FORBIDDEN',
  },
};
Object.assign(OPERATIONS, ISSUE_17_OPERATIONS);
// issue 18: investigations and standalone aanwijzingen (SK-3.6)
const boardSecretary = (role: Role, party: string): Outcome =>
  role === 'board-secretary' && ['smb', 'bmb'].includes(party) ? 'allowed' : 'FORBIDDEN';
Object.assign(OPERATIONS, {
  // Common to every party: the investigations, their reports.
  'Query.investigations': { query: '{ investigations { id state } }', expect: everyone },
  'Query.investigation': { query: `{ investigation(id: "${ZERO}") { id } }`, expect: everyone },
  'Query.investigationReport': {
    query: `{ investigationReport(id: "${ZERO}") { filename } }`,
    expect: everyone,
  },
  'Mutation.proposeInvestigation': {
    query: 'mutation($i: ProposeInvestigationInput!) { proposeInvestigation(input: $i) { id } }',
    // Invalid on purpose (no title).
    variables: { i: { title: '', scope: 'Matrix', investigator: 'Matrix', dueDate: isoDay(30) } },
    expect: boardSecretary,
  },
  'Mutation.recordInvestigationReport': {
    query: 'mutation($i: InvestigationReportInput!) { recordInvestigationReport(input: $i) { id } }',
    variables: {
      i: {
        investigationId: ZERO,
        report: { filename: 'r.pdf', contentType: 'application/pdf', contentBase64: 'JVBERi0=' },
        summary: 'Matrix: een samenvatting.',
        findings: [],
      },
    },
    expect: boardSecretary,
  },
  'Mutation.issueInstruction': {
    query: 'mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }',
    // Invalid on purpose (no description).
    variables: { i: { party: 'politie', description: '', dueDate: isoDay(30), reason: 'Matrix' } },
    // The BMB gives aanwijzingen.
    expect: bmb,
  },
} satisfies typeof OPERATIONS);

// issue 18: working groups: every role reads them (SK-3.7); only the SMB's secretary keeps them. The
// mutations name no group, or an invalid one: they pass the check and write nothing.
Object.assign(OPERATIONS, {
  'Query.workingGroups': {
    query: '{ workingGroups { id members { party { code } } reports { id } } }',
    expect: everyone,
  },
  'Query.workingGroup': { query: `{ workingGroup(id: "${ZERO}") { id } }`, expect: everyone },
  'Mutation.saveWorkingGroup': {
    query: 'mutation($i: WorkingGroupInput!) { saveWorkingGroup(input: $i) { id } }',
    variables: { i: { name: 'Matrix', mandate: '', members: [] } },
    expect: smbSecretary,
  },
  'Mutation.dissolveWorkingGroup': {
    query: `mutation { dissolveWorkingGroup(id: "${ZERO}") { id } }`,
    expect: smbSecretary,
  },
  'Mutation.submitWorkingGroupReport': {
    query: 'mutation($i: WorkingGroupReportInput!) { submitWorkingGroupReport(input: $i) { id } }',
    variables: { i: { workingGroupId: ZERO, title: 'Matrix', summary: 'Matrix' } },
    expect: smbSecretary,
  },
} satisfies typeof OPERATIONS);

// issue 18: evaluation
// The new role `evaluator` (JenV) holds, among the operations before issue 18, only the grants of every
// role: each expectation above already reads so (it names the roles it allows), checked against the
// authorisation table when the role was added.
/** The evaluation audits and the schedule: JenV (auditor, evaluator), the boards, the LMS (SK-6). */
const evaluationReader = (role: Role, party: string): Outcome =>
  (['auditor', 'evaluator'].includes(role) && party === 'jenv') ||
  isBoard(role, party) ||
  (role === 'lms-operator' && party === 'lms')
    ? 'allowed'
    : 'FORBIDDEN';
/** Recording them: JenV's evaluator only; the auditor stays read-only. */
const evaluationManager = (role: Role, party: string): Outcome =>
  role === 'evaluator' && party === 'jenv' ? 'allowed' : 'FORBIDDEN';
Object.assign(OPERATIONS, {
  'Query.evaluations': { query: '{ evaluations { id } }', expect: evaluationReader },
  'Query.evaluation': { query: `{ evaluation(id: "${ZERO}") { id } }`, expect: evaluationReader },
  'Query.evaluationReport': {
    query: `{ evaluationReport(id: "${ZERO}") { filename } }`,
    expect: evaluationReader,
  },
  'Query.evaluationSchedule': { query: '{ evaluationSchedule { dueBy warning } }', expect: evaluationReader },
  'Mutation.startEvaluation': {
    query: 'mutation($i: StartEvaluationInput!) { startEvaluation(input: $i) { id } }',
    // Invalid on purpose (no title): the call passes the check and writes nothing.
    variables: {
      i: {
        kind: 'VIJFJAARLIJKS',
        title: '',
        periodFrom: isoDay(-30),
        periodTo: isoDay(-1),
        scope: 'Matrix',
        auditor: 'Matrix',
      },
    },
    expect: evaluationManager,
  },
  'Mutation.recordEvaluationResult': {
    query: 'mutation($i: EvaluationResultInput!) { recordEvaluationResult(input: $i) { id } }',
    variables: { i: { evaluationId: ZERO, findings: [] } },
    expect: evaluationManager,
  },
} satisfies typeof OPERATIONS);

// issue 18: registers
// The LMS, the boards and JenV read the register; a hoofdgebruiker's officers their own co-users and a
// co-user its own entry (scoped by the service, so allowed at any party); the LMS alone keeps it.
const registerReader = (role: Role, party: string): Outcome =>
  role === 'lms-operator'
    ? lmsOnly(role, party)
    : BOARD_ROLES.includes(role)
      ? ['smb', 'bmb'].includes(party)
        ? 'allowed'
        : 'FORBIDDEN'
      : 'allowed';
Object.assign(OPERATIONS, {
  'Query.partyRegister': {
    query:
      '{ partyRegister { hoofdgebruikers { code } coUsers { party { code } } representatives { smb } } }',
    expect: registerReader,
  },
  // Invalid input: past the guard a call meets the rules (BAD_USER_INPUT / NOT_FOUND), changing nothing.
  'Mutation.saveCoUser': {
    query: 'mutation($i: CoUserInput!) { saveCoUser(input: $i) { category } }',
    variables: {
      i: { code: 'X', name: 'Matrix', category: 'MEDEGEBRUIKER', admittedOn: 'nooit', facilities: [] },
    },
    expect: lmsOnly,
  },
  'Mutation.endCoUser': {
    query: 'mutation { endCoUser(code: "geen-medegebruiker", endsOn: "nooit") { active } }',
    expect: lmsOnly,
  },
  'Mutation.setBoardRepresentation': {
    query: 'mutation($i: BoardRepresentationInput!) { setBoardRepresentation(input: $i) { smb } }',
    variables: { i: { party: 'niemand', smb: [], bmb: [] } },
    expect: lmsOnly,
  },
} satisfies typeof OPERATIONS);

// issue 18: meetings
/** Meetings: the boards, the LMS, the auditor and JenV's evaluator read them; the board secretary keeps them. */
const meetingReader = (role: Role, party: string): Outcome =>
  overviewReader(role, party) === 'allowed' || role === 'evaluator' ? 'allowed' : 'FORBIDDEN';
Object.assign(OPERATIONS, {
  'Query.meetings': { query: '{ meetings { id agenda { item { id } } } }', expect: meetingReader },
  'Query.meeting': { query: `{ meeting(id: "${ZERO}") { id } }`, expect: meetingReader },
  'Query.meetingPack': { query: `{ meetingPack(meetingId: "${ZERO}") { filename } }`, expect: meetingReader },
  // Invalid input (no title; an unknown meeting): past the check, nothing is written.
  'Mutation.planMeeting': {
    query: 'mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }',
    variables: { i: { board: 'SMB', date: `${YEAR}-03-10`, title: '' } },
    expect: boardSecretary,
  },
  'Mutation.addMeetingAgendaItem': {
    query: 'mutation($i: MeetingAgendaItemInput!) { addMeetingAgendaItem(input: $i) { id } }',
    variables: { i: { meetingId: ZERO, wishesYear: YEAR } },
    expect: boardSecretary,
  },
  'Mutation.removeMeetingAgendaItem': {
    query: `mutation { removeMeetingAgendaItem(meetingId: "${ZERO}", boardItemId: "${ZERO}") { id } }`,
    expect: boardSecretary,
  },
  'Mutation.reorderMeetingAgenda': {
    query: `mutation { reorderMeetingAgenda(meetingId: "${ZERO}", boardItemIds: []) { id } }`,
    expect: boardSecretary,
  },
  'Mutation.recordMeetingMinutes': {
    query: 'mutation($i: MeetingMinutesInput!) { recordMeetingMinutes(input: $i) { id } }',
    variables: { i: { meetingId: ZERO, attendance: [], minutes: 'Notulen.' } },
    expect: boardSecretary,
  },
} satisfies typeof OPERATIONS);

async function tokenFor(role: Role, party: string): Promise<string> {
  return new SignJWT({
    party,
    realm_access: { roles: [role] },
    preferred_username: `${role}@${party}`,
    typ: 'Bearer',
    azp: 'mkib-shell',
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'at+jwt' })
    .setSubject(`${role}@${party}`)
    .setIssuer(`${platform.baseUrl}/realms/meldkamer`)
    .setAudience('mkib-api')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(await importJWK(key, 'RS256'));
}

beforeAll(async () => {
  platform = await startPlatformProcess();
  key = JSON.parse(readFileSync(join(platform.dataDir, 'issuer-keys.json'), 'utf8')).signing;
});
afterAll(() => platform?.stop());

describe('[SK-T3] authorisation matrix', () => {
  it('has an expectation for every operation in the supergraph', () => {
    const doc = parse(readFileSync(join(__dirname, '../../gateway/supergraph.graphql'), 'utf8'));
    const operations = doc.definitions
      .filter(
        (d): d is ObjectTypeDefinitionNode =>
          d.kind === Kind.OBJECT_TYPE_DEFINITION && ['Query', 'Mutation'].includes(d.name.value),
      )
      .flatMap((t) => (t.fields ?? []).map((f) => `${t.name.value}.${f.name.value}`))
      .sort();
    expect(operations).toEqual(Object.keys(OPERATIONS).sort());
  });

  it('gives every role, at its own party and at another, the expected outcome for every operation', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const role of ROLES) {
      for (const party of [OWN[role], OTHER[role]]) {
        const token = await tokenFor(role, party);
        for (const [name, op] of Object.entries(OPERATIONS)) {
          const r = await graphql(platform.graphqlUrl, op.query, op.variables, token);
          // Past the authorisation check a call may still meet a rule of the domain (no such ICV yet, a
          // step out of order): that is an allowed call. Anything else (a crash) is reported as itself.
          const code = r.errors ? (errorCodes(r)[0] ?? 'ERROR') : 'allowed';
          const actual = DOMAIN_OUTCOMES.includes(code) ? 'allowed' : code;
          const expected = op.expect(role, party);
          cells++;
          if (actual !== expected)
            mismatches.push(`${name} as ${role}@${party}: expected ${expected}, got ${actual}`);
        }
      }
    }
    console.log(
      `authorisation matrix: ${Object.keys(OPERATIONS).length} operations x ${ROLES.length} roles x 2 parties = ${cells} cells`,
    );
    expect(mismatches).toEqual([]);
    // Some 3,000 calls one after the other: on a busy machine more than the default three minutes.
  }, 900_000);
});

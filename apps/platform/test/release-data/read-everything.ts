import { graphql } from '@mkib/testing';

/**
 * Everything a user can read from a platform, as plain JSON: what the release-data test compares
 * between the data folder a release wrote and the same folder opened by today's code. Nothing here
 * depends on the day it is read (reminders, which count days to deadlines, are left out).
 */
export const RELEASE_DATA_ACCOUNTS = [
  'auditor@jenv',
  'lms-operator@lms',
  'security-officer@politie',
  'security-officer@ambulance',
  'smb-member@smb',
  'medegebruiker@handhaving-amsterdam',
] as const;

const PARTY = `code name kind responsibleHoofdgebruiker { code } medegebruikers { code }`;
const FACILITIES = `{ facilities { code name description components { name kind usedOutsideMeldkamer } usedBy { code name }
  biv { beschikbaarheid integriteit vertrouwelijkheid } bbn reviewDue supplementaryAnalysis { status requiredSince reason }
  history { biv { beschikbaarheid integriteit vertrouwelijkheid } bbn rationale reviewDue classifiedBy classifiedByParty classifiedAt }
  applicableMeasures { bbn profileVersion total supplementaryMeasuresApply supplementaryRationale
    fromProfile { frameworkCode identifier } fromSupplementaryAnalysis { frameworkCode identifier }
    party fromPartyFrameworks { frameworkCode identifier } } } }`;
const GOVERNANCE = `{ parties { ${PARTY} } meldkamers { code name location gemeente werkgebied }
  smbSignals(limit: 200) { total items { id kind subject summary occurredAt receivedAt actor } } instructions { id party description dueDate state issuedBy doneReport reportedBy reviewedBy } }`;
const CATALOGUE = `{ frameworks { code name version publisher source licence attribution ownerParty origin changedBy changedAt requirementCount }
  bbnProfiles { version current rationale publishedBy publishedAt levels { bbn introducedCount applicableCount introduced { frameworkCode identifier } } }
  partyFrameworks { code } }`;
const REQUIREMENTS = `query($f: ID!, $o: Int!) { requirements(frameworkCode: $f, limit: 200, offset: $o) { total items {
  frameworkCode identifier kind parentIdentifier title text status refersTo mappings { relationship requirement { frameworkCode identifier } } } } }`;
const ICV = `id version party year scope state statement exceptions { subject description improvement dueDate }
  coUsers { party report { id status } missingReason } correctionReason proposedStatement createdBy preparedBy preparedAt
  signedBy signedAt submittedAt`;
const YEAR_QUERY = `query($y: Int!) { cycle(year: $y) { year medegebruikerRapportages icvIndiening smbVergadering bmbVergadering openedBy openedAt }
  agenda(year: $y) { id year icvId party version statement scope exceptionCount exceptions { subject description improvement dueDate }
    compliance { percentImplemented byFacility { facilityCode percentImplemented } } signedBy submittedAt superseded
    advice advisedBy advisedAt decision decisionText decidedBy decidedAt instructions { id state } }
  icvs(year: $y) { ${ICV} versions { id version state } }
  coUserReports(year: $y) { id year party reportsTo status summary submittedBy submittedAt } }`;
const ASSESSMENT = `query($y: Int!, $p: ID) { assessment(year: $y, party: $p) { party year frozen proposedStatement
  progress { applicable assessed implemented partly notImplemented notApplicable percentAssessed percentImplemented }
  byFacility { facilityCode progress { applicable assessed implemented } }
  entries { frameworkCode identifier facilities status justification assessedBy assessedAt
    findings { id description action owner dueDate status createdBy closedBy }
    evidence { id filename contentType sizeBytes sha256 uploadedBy uploadedAt } } } }`;
const AUDIT = `{ riskAuditLog { service entries intact } policyAuditLog { service entries intact }
  icvAuditLog { service entries intact } governanceAuditLog { service entries intact } }`;

type Call = (query: string, variables?: Record<string, unknown>) => Promise<any>;

/** Data or the error codes: a refusal is part of what a user sees. */
const outcome = (r: { data?: unknown; errors?: { extensions?: { code?: string } }[] }) =>
  r.errors ? { errors: r.errors.map((e) => e.extensions?.code) } : r.data;

export async function readEverything(
  graphqlUrl: string,
  token: (account: string) => string,
  year: number,
): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const account of RELEASE_DATA_ACCOUNTS) {
    const call: Call = (query, variables) => graphql(graphqlUrl, query, variables, token(account));
    const seen: Record<string, unknown> = {};
    seen.facilities = outcome(await call(FACILITIES));
    seen.governance = outcome(await call(GOVERNANCE));
    seen.catalogue = outcome(await call(CATALOGUE));
    seen.year = outcome(await call(YEAR_QUERY, { y: year }));
    seen.ownAssessment = outcome(await call(ASSESSMENT, { y: year }));
    result[account] = seen;
  }
  const auditor: Call = (query, variables) => graphql(graphqlUrl, query, variables, token('auditor@jenv'));
  const frameworks = ((await auditor('{ frameworks { code } }')).data.frameworks as { code: string }[]).map(
    (f) => f.code,
  );
  const requirements: Record<string, unknown[]> = {};
  for (const code of frameworks) {
    requirements[code] = [];
    for (let offset = 0; ; offset += 200) {
      const page = (await auditor(REQUIREMENTS, { f: code, o: offset })).data.requirements;
      requirements[code].push(...page.items);
      if (offset + 200 >= page.total) break;
    }
  }
  result.requirements = requirements;
  const parties = ((await auditor('{ parties { code } }')).data.parties as { code: string }[]).map(
    (p) => p.code,
  );
  const assessments: Record<string, unknown> = {};
  for (const party of parties) assessments[party] = outcome(await auditor(ASSESSMENT, { y: year, p: party }));
  result.assessments = assessments;
  const evidence: Record<string, unknown> = {};
  for (const a of Object.values(assessments) as {
    assessment?: { entries: { evidence: { id: string }[] }[] };
  }[])
    for (const entry of a.assessment?.entries ?? [])
      for (const e of entry.evidence)
        evidence[e.id] = outcome(
          await auditor(
            `query($id: ID!) { evidenceContent(id: $id) { filename sha256 contentBase64 intact } }`,
            {
              id: e.id,
            },
          ),
        );
  result.evidence = evidence;
  result.audit = outcome(await auditor(AUDIT));
  return result;
}

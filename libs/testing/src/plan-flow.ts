import type { GraphQLResponse } from './graphql-client';
import type { AsAccount } from './policy-change-flow';
import { eventually } from './eventually';
import { isoDay } from './dates';

/**
 * Implementation plans and progress reports through the gateway (issue 17, SK-2.3, SK-2.4, SK-4.1,
 * SK-5.1): a plan keeper's security officer keeps the lines of its plan and prepares the progress report of
 * a period, its accountable official signs it (never the preparer), and one of them submits it to the SMB.
 */

export const PLAN_KEEPER_PARTIES = ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie', 'lms'] as const;
export const planOfficer = (party: string) => `security-officer@${party}`;
export const planOfficial = (party: string) => `accountable-official@${party}`;

/** The fields every helper returns of a plan. */
export const PLAN_FIELDS = `id party policyVersion state updateDueDate previousPolicyVersion versions
  confirmedBy confirmedAt
  rollUp { total done onTrack overdue withoutOwner percentOnTrack }
  lines { id kind measure { frameworkCode identifier } policyRule description owner dueDate status overdue
    carriedOver findings { id } exceptions { year frameworkCode identifier explanation plannedDate }
    riskTreatments { treatmentId analysisId kind dueDate } updatedBy }`;

export const REPORT_FIELDS = `id party year period due state summary policyVersion preparedBy signedBy submittedBy
  submittedAt late rollUp { total done onTrack overdue withoutOwner percentOnTrack }`;

const ok = (r: GraphQLResponse, what: string) => {
  if (r.errors?.length) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data as any;
};

export interface PlanLineSpec {
  id?: string;
  kind?: 'MAATREGEL' | 'BELEIDSREGEL';
  measure?: { frameworkCode: string; identifier: string };
  policyRule?: string;
  description?: string;
  owner?: string | null;
  dueDate?: string;
  status?: 'GEPLAND' | 'IN_UITVOERING' | 'GEREED' | 'GEBLOKKEERD';
  findingIds?: string[];
  exceptions?: { year: number; frameworkCode: string; identifier: string }[];
  riskTreatmentIds?: string[];
  /** The platform's today (YYYY-MM-DD) for the default due date, when it runs on another clock. */
  today?: string;
}

/** `PlanLineInput` with defaults that pass the rules: a measure of the common catalogue, due in 90 days. */
export function planLineInput(spec: PlanLineSpec = {}) {
  const kind = spec.kind ?? (spec.policyRule ? 'BELEIDSREGEL' : 'MAATREGEL');
  return {
    ...(spec.id ? { id: spec.id } : {}),
    kind,
    ...(kind === 'MAATREGEL'
      ? 'measure' in spec && !spec.measure
        ? {}
        : { measure: spec.measure ?? { frameworkCode: 'BIO2', identifier: '5.01.01' } }
      : { policyRule: spec.policyRule ?? 'TB-03' }),
    description: spec.description ?? 'Het informatiebeveiligingsbeleid vaststellen en bekendmaken.',
    ...(spec.owner !== undefined ? { owner: spec.owner } : { owner: 'CISO' }),
    dueDate: spec.dueDate ?? isoDay(90, spec.today ? new Date(`${spec.today}T12:00:00Z`) : new Date()),
    status: spec.status ?? 'GEPLAND',
    findingIds: spec.findingIds ?? [],
    exceptions: spec.exceptions ?? [],
    riskTreatmentIds: spec.riskTreatmentIds ?? [],
  };
}

/** A plan: the account's own party's current one, or `party` / `policyVersion` (the raw answer). */
export function readPlanRaw(
  as: AsAccount,
  account: string,
  options: { party?: string; policyVersion?: number } = {},
) {
  return as(account)(
    `query($p: ID, $v: Int) { implementationPlan(party: $p, policyVersion: $v) { ${PLAN_FIELDS} } }`,
    { p: options.party ?? null, v: options.policyVersion ?? null },
  );
}

export async function readPlan(
  as: AsAccount,
  account: string,
  options: { party?: string; policyVersion?: number } = {},
) {
  return ok(await readPlanRaw(as, account, options), `implementationPlan (${account})`).implementationPlan;
}

/** Adds or changes a line of the account's own plan (the raw answer). */
export function savePlanLineRaw(as: AsAccount, account: string, spec: PlanLineSpec = {}) {
  return as(account)(`mutation($i: PlanLineInput!) { savePlanLine(input: $i) { ${PLAN_FIELDS} } }`, {
    i: planLineInput(spec),
  });
}

export async function savePlanLine(as: AsAccount, account: string, spec: PlanLineSpec = {}) {
  return ok(await savePlanLineRaw(as, account, spec), `savePlanLine (${account})`).savePlanLine;
}

export async function removePlanLine(as: AsAccount, account: string, id: string) {
  return ok(
    await as(account)(`mutation($id: ID!) { removePlanLine(id: $id) { ${PLAN_FIELDS} } }`, { id }),
    `removePlanLine (${account})`,
  ).removePlanLine;
}

export function confirmImplementationPlanRaw(as: AsAccount, account: string) {
  return as(account)(`mutation { confirmImplementationPlan { ${PLAN_FIELDS} } }`);
}

/** The periods icv learned from the BBP calendar of `year`; waits until `count` arrived. */
export async function progressPeriods(as: AsAccount, account: string, year: number, count = 1) {
  return eventually(
    async () =>
      ok(
        await as(account)(`query($y: Int!) { progressPeriods(year: $y) { year period due } }`, { y: year }),
        'progressPeriods',
      ).progressPeriods as { year: number; period: number; due: string }[],
    (p) => p.length >= count,
    `the progress periods of ${year} in the icv context`,
  );
}

export function prepareProgressReportRaw(
  as: AsAccount,
  account: string,
  input: { year: number; period: number; summary?: string },
) {
  return as(account)(
    `mutation($i: ProgressReportInput!) { prepareProgressReport(input: $i) { ${REPORT_FIELDS} } }`,
    {
      i: {
        ...input,
        summary: input.summary ?? 'De maatregelen lopen volgens plan; één lijn heeft aandacht nodig.',
      },
    },
  );
}

export function signProgressReportRaw(as: AsAccount, account: string, year: number, period: number) {
  return as(account)(
    `mutation($y: Int!, $p: Int!) { signProgressReport(year: $y, period: $p) { ${REPORT_FIELDS} } }`,
    { y: year, p: period },
  );
}

export function submitProgressReportRaw(as: AsAccount, account: string, year: number, period: number) {
  return as(account)(
    `mutation($y: Int!, $p: Int!) { submitProgressReport(year: $y, period: $p) { ${REPORT_FIELDS} } }`,
    { y: year, p: period },
  );
}

export async function readProgressReports(as: AsAccount, account: string, year: number, party?: string) {
  return ok(
    await as(account)(
      `query($y: Int!, $p: ID) { progressReports(year: $y, party: $p) { ${REPORT_FIELDS} } }`,
      {
        y: year,
        p: party ?? null,
      },
    ),
    'progressReports',
  ).progressReports as any[];
}

/**
 * A whole progress report of a party's period, four eyes: its security officer prepares, its accountable
 * official signs, the security officer submits. Returns the submitted report.
 */
export async function reportProgress(
  as: AsAccount,
  party: string,
  year: number,
  period: number,
  summary?: string,
) {
  ok(await prepareProgressReportRaw(as, planOfficer(party), { year, period, summary }), `prepare (${party})`);
  ok(await signProgressReportRaw(as, planOfficial(party), year, period), `sign (${party})`);
  return ok(await submitProgressReportRaw(as, planOfficer(party), year, period), `submit (${party})`)
    .submitProgressReport;
}

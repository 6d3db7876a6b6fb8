import type { PlanLineInput, PlanLineKind, PlanLineStatus, ProgressReportState } from '@mkib/web-data-access';

/**
 * The pure part of the Implementatieplan tab: filtering lines, the line form and its input, the link
 * options, and which progress-report actions a person has. No React, so it is unit-tested.
 */

export const STATUSES: PlanLineStatus[] = ['GEPLAND', 'IN_UITVOERING', 'GEREED', 'GEBLOKKEERD'];
export const KINDS: PlanLineKind[] = ['MAATREGEL', 'BELEIDSREGEL'];

export interface LineLike {
  id: string;
  kind: PlanLineKind;
  measure?: { frameworkCode: string; identifier: string } | null;
  policyRule?: string | null;
  description: string;
  owner?: string | null;
  dueDate: string;
  status: PlanLineStatus;
  overdue: boolean;
  findings: { id: string }[];
  exceptions: { year: number; frameworkCode: string; identifier: string }[];
  riskTreatments: { treatmentId: string }[];
}

export interface LineFilter {
  /** '' for every status. */
  status: PlanLineStatus | '';
  overdueOnly: boolean;
  withoutOwnerOnly: boolean;
}

export const NO_FILTER: LineFilter = { status: '', overdueOnly: false, withoutOwnerOnly: false };

export const hasOwner = (line: { owner?: string | null }) => !!line.owner?.trim();

export function filterLines<L extends LineLike>(lines: readonly L[], filter: LineFilter): L[] {
  return lines.filter(
    (l) =>
      (filter.status === '' || l.status === filter.status) &&
      (!filter.overdueOnly || l.overdue) &&
      (!filter.withoutOwnerOnly || !hasOwner(l)),
  );
}

/** What a line implements in one short text: "BIO2 5.01.01" or the policy rule "TB-03". */
export function subjectOf(line: Pick<LineLike, 'kind' | 'measure' | 'policyRule'>): string {
  if (line.kind === 'MAATREGEL')
    return line.measure ? `${line.measure.frameworkCode} ${line.measure.identifier}` : '';
  return line.policyRule ?? '';
}

/** A stable key of an exception reference (a checkbox value). */
export const exceptionKey = (e: { year: number; frameworkCode: string; identifier: string }) =>
  `${e.year}:${e.frameworkCode}:${e.identifier}`;

export interface LineForm {
  id?: string;
  kind: PlanLineKind;
  frameworkCode: string;
  identifier: string;
  policyRule: string;
  description: string;
  owner: string;
  dueDate: string;
  status: PlanLineStatus;
  findingIds: string[];
  exceptions: { year: number; frameworkCode: string; identifier: string }[];
  riskTreatmentIds: string[];
}

export const emptyLineForm = (): LineForm => ({
  kind: 'MAATREGEL',
  frameworkCode: 'BIO2',
  identifier: '',
  policyRule: '',
  description: '',
  owner: '',
  dueDate: '',
  status: 'GEPLAND',
  findingIds: [],
  exceptions: [],
  riskTreatmentIds: [],
});

export const lineToForm = (line: LineLike): LineForm => ({
  id: line.id,
  kind: line.kind,
  frameworkCode: line.measure?.frameworkCode ?? 'BIO2',
  identifier: line.measure?.identifier ?? '',
  policyRule: line.policyRule ?? '',
  description: line.description,
  owner: line.owner ?? '',
  dueDate: line.dueDate,
  status: line.status,
  findingIds: line.findings.map((f) => f.id),
  exceptions: line.exceptions.map((e) => ({
    year: e.year,
    frameworkCode: e.frameworkCode,
    identifier: e.identifier,
  })),
  riskTreatmentIds: line.riskTreatments.map((t) => t.treatmentId),
});

/** The field problems the form can see before sending (i18n keys under `plan.form.problems`); the server checks the rest. */
export function formProblems(
  form: LineForm,
): Partial<Record<'measure' | 'policyRule' | 'description' | 'dueDate', string>> {
  const problems: Partial<Record<'measure' | 'policyRule' | 'description' | 'dueDate', string>> = {};
  if (form.kind === 'MAATREGEL' && (!form.frameworkCode.trim() || !form.identifier.trim()))
    problems.measure = 'measure';
  if (form.kind === 'BELEIDSREGEL' && !form.policyRule.trim()) problems.policyRule = 'policyRule';
  if (!form.description.trim()) problems.description = 'description';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.dueDate)) problems.dueDate = 'dueDate';
  return problems;
}

/** The mutation's input: only the kind's own subject; an empty owner is left out (the server stores none). */
export function formToInput(form: LineForm): PlanLineInput {
  const owner = form.owner.trim();
  return {
    ...(form.id ? { id: form.id } : {}),
    kind: form.kind,
    ...(form.kind === 'MAATREGEL'
      ? { measure: { frameworkCode: form.frameworkCode.trim(), identifier: form.identifier.trim() } }
      : { policyRule: form.policyRule.trim() }),
    description: form.description.trim(),
    ...(owner ? { owner } : {}),
    dueDate: form.dueDate,
    status: form.status,
    findingIds: form.findingIds,
    exceptions: form.exceptions,
    riskTreatmentIds: form.riskTreatmentIds,
  };
}

/** Toggles a value in a list (a checkbox of the link lists). */
export const toggle = <T>(list: readonly T[], item: T, on: boolean, same = (a: T, b: T) => a === b): T[] =>
  on ? (list.some((x) => same(x, item)) ? [...list] : [...list, item]) : list.filter((x) => !same(x, item));

/** The ICV's exceptions as one option per measure (an exception may name several). */
export function exceptionOptions(
  year: number,
  exceptions: readonly {
    measures: readonly { frameworkCode: string; identifier: string }[];
    explanation: string;
    plannedDate: string;
  }[],
) {
  return exceptions.flatMap((e) =>
    e.measures.map((m) => ({
      year,
      frameworkCode: m.frameworkCode,
      identifier: m.identifier,
      explanation: e.explanation,
      plannedDate: e.plannedDate,
    })),
  );
}

/** The treatments of the party's final analyses (the ones icv knows and a line may address). */
export function treatmentOptions(
  analyses: readonly {
    number: string;
    state: string;
    risks: readonly {
      title: string;
      treatment: { id: string; kind: string; description: string; dueDate: string };
    }[];
  }[],
) {
  return analyses
    .filter((a) => a.state === 'DEFINITIEF')
    .flatMap((a) =>
      a.risks.map((r) => ({
        treatmentId: r.treatment.id,
        analysisNumber: a.number,
        riskTitle: r.title,
        kind: r.treatment.kind,
        description: r.treatment.description,
        dueDate: r.treatment.dueDate,
      })),
    );
}

export interface ProgressActions {
  prepare: boolean;
  sign: boolean;
  submit: boolean;
}

/**
 * What a person may do with the report of a period: the security officer (the LMS operator for the LMS)
 * prepares until it is submitted; the accountable official signs a concept someone else prepared (four
 * eyes); a signed report is submitted by either.
 */
export function progressActions(
  report: { state: ProgressReportState; preparedBy: string } | null | undefined,
  session: { username: string; party: string; roles: readonly string[] },
): ProgressActions {
  const preparer =
    session.roles.includes('security-officer') ||
    (session.party === 'lms' && session.roles.includes('lms-operator'));
  const official = session.roles.includes('accountable-official');
  const state = report?.state;
  return {
    prepare: preparer && state !== 'INGEDIEND',
    sign: official && state === 'CONCEPT' && report?.preparedBy !== session.username,
    submit: (preparer || official) && state === 'ONDERTEKEND',
  };
}

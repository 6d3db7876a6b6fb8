import { fieldRules, FieldProblem } from '@mkib/domain-shared';
import { MAX_TEXT } from './assessment';
import { icvMessage as m } from './messages';

/**
 * Implementation plans (SK-2.3, SK-4.1, SK-5.1): the LMS and each hoofdgebruiker keep a plan per policy
 * version; its lines implement a measure of the catalogue or a rule of the policy, with an owner, a due
 * date and a status, and link the findings, ICV exceptions and risk treatments they address.
 */
export const PLAN_LINE_KINDS = ['MAATREGEL', 'BELEIDSREGEL'] as const;
export type PlanLineKind = (typeof PLAN_LINE_KINDS)[number];
export const PLAN_LINE_STATUSES = ['GEPLAND', 'IN_UITVOERING', 'GEREED', 'GEBLOKKEERD'] as const;
export type PlanLineStatus = (typeof PLAN_LINE_STATUSES)[number];
export type ImplementationPlanState = 'ACTUEEL' | 'BIJWERKEN_VEREIST';

/** Days an organisation has to bring its plan up to date after a policy version is adopted. */
export const PLAN_UPDATE_DAYS = 90;
/** The policy version in force before any adoption reached icv: the seeded policy. */
export const FIRST_POLICY_VERSION = 1;
/** A plan line's links, at most this many of each kind. */
export const MAX_PLAN_LINKS = 50;
const MAX_CODE = 64;

export interface PlanExceptionRef {
  year: number;
  frameworkCode: string;
  identifier: string;
}

/** What the roll-up needs of a line. */
export interface RolledLine {
  status: PlanLineStatus;
  /** YYYY-MM-DD */
  dueDate: string;
  owner: string | null;
}

export interface PlanRollUp {
  total: number;
  done: number;
  onTrack: number;
  overdue: number;
  withoutOwner: number;
  /** Share of lines on track, 0-100 (100 for an empty plan). */
  percentOnTrack: number;
}

/** Not GEREED and past its due date (due today is not overdue yet). */
export const isOverdue = (line: RolledLine, today: string): boolean =>
  line.status !== 'GEREED' && line.dueDate < today;

/** GEREED, or neither overdue nor GEBLOKKEERD. */
export const isOnTrack = (line: RolledLine, today: string): boolean =>
  line.status === 'GEREED' || (!isOverdue(line, today) && line.status !== 'GEBLOKKEERD');

/** The counts a plan is judged by, as of `today` (YYYY-MM-DD). */
export function planRollUp(lines: readonly RolledLine[], today: string): PlanRollUp {
  const total = lines.length;
  const onTrack = lines.filter((l) => isOnTrack(l, today)).length;
  return {
    total,
    done: lines.filter((l) => l.status === 'GEREED').length,
    onTrack,
    overdue: lines.filter((l) => isOverdue(l, today)).length,
    withoutOwner: lines.filter((l) => !l.owner).length,
    percentOnTrack: total === 0 ? 100 : Math.floor((onTrack * 100) / total),
  };
}

/** A calendar day plus `days` (YYYY-MM-DD, in UTC: no time zone shifts a day). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The deadline of a plan update: PLAN_UPDATE_DAYS after the day the version was adopted. */
export const planUpdateDueDate = (adoptedDay: string): string => addDays(adoptedDay, PLAN_UPDATE_DAYS);

/** The lines a new plan takes over from the previous one: those not GEREED, marked carried over. */
export const carriedOverLines = <L extends { status: PlanLineStatus }>(lines: readonly L[]) =>
  lines.filter((l) => l.status !== 'GEREED').map((l) => ({ ...l, carriedOver: true }));

/** An owner as stored: trimmed, empty means nobody named yet. */
export const normaliseOwner = (owner: string | null | undefined): string | null => owner?.trim() || null;

export interface PlanLineInputShape {
  kind: string;
  measure?: { frameworkCode: string; identifier: string } | null;
  policyRule?: string | null;
  description: string;
  owner?: string | null;
  dueDate: string;
  status: string;
  findingIds?: readonly string[] | null;
  exceptions?: readonly PlanExceptionRef[] | null;
  riskTreatmentIds?: readonly string[] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A framework code or identifier: letters, digits and . _ - / : (e.g. BIO2, 8.24.01, TB-03). */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const wellFormedCode = (v: string | null | undefined) => !!v && v.length <= MAX_CODE && CODE.test(v);

/** The rules of a plan line's own fields (which findings and treatments are the party's: the service's). */
export function checkPlanLine(input: PlanLineInputShape): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...fieldRules.oneOf('input.kind', input.kind, PLAN_LINE_KINDS),
    ...fieldRules.oneOf('input.status', input.status, PLAN_LINE_STATUSES),
    ...fieldRules.text('input.description', input.description, { max: MAX_TEXT }),
    ...fieldRules.optionalText('input.owner', input.owner, 200),
    ...fieldRules.date('input.dueDate', input.dueDate),
  ];
  if (input.kind === 'MAATREGEL') {
    if (!input.measure) problems.push(m.problem('input.measure', 'icv.plan.measureRequired'));
    else if (!wellFormedCode(input.measure.frameworkCode) || !wellFormedCode(input.measure.identifier))
      problems.push(m.problem('input.measure', 'icv.plan.measureMalformed'));
  }
  if (input.kind === 'BELEIDSREGEL') {
    const rule = input.policyRule?.trim();
    if (!rule) problems.push(m.problem('input.policyRule', 'icv.plan.policyRuleRequired'));
    else if (!wellFormedCode(rule))
      problems.push(m.problem('input.policyRule', 'icv.plan.policyRuleMalformed'));
  }
  const links: [string, readonly unknown[] | null | undefined][] = [
    ['input.findingIds', input.findingIds],
    ['input.exceptions', input.exceptions],
    ['input.riskTreatmentIds', input.riskTreatmentIds],
  ];
  for (const [field, list] of links)
    if ((list?.length ?? 0) > MAX_PLAN_LINKS)
      problems.push(m.problem(field, 'icv.plan.tooManyLinks', { max: MAX_PLAN_LINKS }));
  (input.findingIds ?? []).forEach((id, i) => {
    if (!UUID.test(id)) problems.push(m.problem(`input.findingIds[${i}]`, 'icv.plan.unknownFinding'));
  });
  (input.riskTreatmentIds ?? []).forEach((id, i) => {
    if (!UUID.test(id)) problems.push(m.problem(`input.riskTreatmentIds[${i}]`, 'icv.plan.unknownTreatment'));
  });
  (input.exceptions ?? []).forEach((e, i) => {
    if (
      !Number.isInteger(e.year) ||
      e.year < 1900 ||
      e.year > 2999 ||
      !wellFormedCode(e.frameworkCode) ||
      !wellFormedCode(e.identifier)
    )
      problems.push(m.problem(`input.exceptions[${i}]`, 'icv.plan.exceptionMalformed'));
  });
  return problems;
}

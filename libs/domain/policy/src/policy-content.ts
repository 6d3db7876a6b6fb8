import { FieldProblem, fieldRules } from '@mkib/domain-shared';
import { checkRefs, RequirementRef } from './bbn-profile';
import { policy } from './messages';
import {
  POLICY_PROCESSES,
  POLICY_TOPICS,
  PolicyChangeLine,
  PolicyContent,
  PolicyContentChange,
  PolicyNorm,
  PolicyRequirements,
  PolicyRule,
  Raci,
  RACI_LETTERS,
  RESPONSIBLE_PARTIES,
  Responsibility,
} from './policy-document';

/**
 * The rules on the policy text (SK-2.2a/c/d, SK-3.1): what a change proposal may edit, how its edits
 * apply to the version in force, and what changed between two versions, in plain text.
 */

export const NORM_KEY = /^N-\d{2,3}$/;
export const RULE_KEY = /^[A-Z]{1,4}-\d{2,3}$/;
export const MAX_TITLE = 200;
export const TEXT_LIMITS = { min: 10, max: 4_000 } as const;
export const RECALIBRATION_MONTHS = { min: 1, max: 60 } as const;

/** `RISK_MANAGEMENT/politie`: a cell of the responsibilities table. */
export const cellKey = (r: { process: string; party: string }) => `${r.process}/${r.party}`;

const isRemoval = (r: Responsibility) => r.raci.length === 0 && !(r.tasks ?? '').trim();

function checkTitle(field: string, title: string): FieldProblem[] {
  if ((title ?? '').includes('\n') || (title ?? '').includes('\r'))
    return [policy.problem(field, 'policy.document.titleOneLine')];
  return fieldRules.text(field, title, { max: MAX_TITLE });
}

function checkMeasures(
  field: string,
  measures: RequirementRef[],
  kindOf: (ref: RequirementRef) => string | null,
): FieldProblem[] {
  if (!measures.length) return [policy.problem(field, 'policy.document.measuresRequired')];
  return checkRefs(measures, field, kindOf);
}

function checkKeyed<T extends { key: string }>(
  field: string,
  items: T[],
  pattern: RegExp,
  example: string,
  checkItem: (item: T, f: string) => FieldProblem[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const f = `${field}[${i}]`;
    if (!pattern.test(item.key ?? ''))
      problems.push(policy.problem(`${f}.key`, 'policy.document.keyFormat', { example }));
    else if (seen.has(item.key))
      problems.push(policy.problem(`${f}.key`, 'policy.document.keyTwice', { key: item.key }));
    seen.add(item.key);
    problems.push(...checkItem(item, f));
  });
  return problems;
}

function checkRemovals(
  field: string,
  keys: string[],
  existing: Set<string>,
  set: Set<string>,
  missingKey: 'policy.document.normMissing' | 'policy.document.ruleMissing',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    const f = `${field}[${i}]`;
    if (!existing.has(key)) problems.push(policy.problem(f, missingKey, { key }));
    else if (set.has(key)) problems.push(policy.problem(f, 'policy.document.setAndRemoved', { key }));
    else if (seen.has(key)) problems.push(policy.problem(f, 'policy.document.keyTwice', { key }));
    seen.add(key);
  });
  return problems;
}

/**
 * Checks the text edits of a proposal against the version in force. `kindOf` answers the kind of a
 * requirement of the common catalogue (null when there is none): norms and rules link measures of it.
 * An empty change passes here; the caller refuses it (`checkNotEmpty` in change-proposal.ts).
 */
export function checkContentChange(
  change: PolicyContentChange,
  content: PolicyContent,
  kindOf: (ref: RequirementRef) => string | null,
  field = 'input.change',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const cells = new Set(content.responsibilities.map(cellKey));
  const seenCells = new Set<string>();
  (change.setResponsibilities ?? []).forEach((r, i) => {
    const f = `${field}.setResponsibilities[${i}]`;
    const known = [
      ...fieldRules.oneOf(`${f}.process`, r.process, POLICY_PROCESSES),
      ...fieldRules.oneOf(`${f}.party`, r.party, RESPONSIBLE_PARTIES),
    ];
    problems.push(...known);
    if (known.length) return;
    const key = cellKey(r);
    if (seenCells.has(key)) problems.push(policy.problem(f, 'policy.document.cellTwice', { cell: key }));
    seenCells.add(key);
    if (isRemoval(r)) {
      if (!cells.has(key)) problems.push(policy.problem(f, 'policy.document.cellMissing', { cell: key }));
      return;
    }
    if (!r.raci.length) problems.push(policy.problem(`${f}.raci`, 'policy.document.raciRequired'));
    r.raci.forEach((letter, j) => {
      if (!RACI_LETTERS.includes(letter))
        problems.push(...fieldRules.oneOf(`${f}.raci[${j}]`, letter, RACI_LETTERS));
      else if (r.raci.indexOf(letter) !== j)
        problems.push(policy.problem(`${f}.raci[${j}]`, 'policy.document.raciTwice', { letter }));
    });
    problems.push(...fieldRules.text(`${f}.tasks`, r.tasks, TEXT_LIMITS));
  });

  const normKeys = new Set((change.setNorms ?? []).map((n) => n.key));
  problems.push(
    ...checkKeyed(`${field}.setNorms`, change.setNorms ?? [], NORM_KEY, 'N-01', (n: PolicyNorm, f) => [
      ...checkTitle(`${f}.title`, n.title),
      ...fieldRules.text(`${f}.text`, n.text, TEXT_LIMITS),
      ...checkMeasures(`${f}.measures`, n.measures ?? [], kindOf),
    ]),
  );
  problems.push(
    ...checkRemovals(
      `${field}.removeNorms`,
      change.removeNorms ?? [],
      new Set(content.norms.map((n) => n.key)),
      normKeys,
      'policy.document.normMissing',
    ),
  );

  const ruleKeys = new Set((change.setRules ?? []).map((r) => r.key));
  problems.push(
    ...checkKeyed(`${field}.setRules`, change.setRules ?? [], RULE_KEY, 'TB-01', (r: PolicyRule, f) => [
      ...fieldRules.oneOf(`${f}.topic`, r.topic, POLICY_TOPICS),
      ...checkTitle(`${f}.title`, r.title),
      ...fieldRules.text(`${f}.text`, r.text, TEXT_LIMITS),
      ...checkMeasures(`${f}.measures`, r.measures ?? [], kindOf),
    ]),
  );
  problems.push(
    ...checkRemovals(
      `${field}.removeRules`,
      change.removeRules ?? [],
      new Set(content.rules.map((r) => r.key)),
      ruleKeys,
      'policy.document.ruleMissing',
    ),
  );

  if (change.recalibrationMonths !== undefined && change.recalibrationMonths !== null)
    problems.push(
      ...fieldRules.between(
        `${field}.recalibrationMonths`,
        change.recalibrationMonths,
        RECALIBRATION_MONTHS.min,
        RECALIBRATION_MONTHS.max,
      ),
    );

  // What the whole must keep: someone accountable in every process, a rule for every topic.
  if (!problems.length) {
    const after = applyContentChange(content, change);
    for (const process of POLICY_PROCESSES)
      if (!after.responsibilities.some((r) => r.process === process && r.raci.includes('A')))
        problems.push(
          policy.problem(`${field}.setResponsibilities`, 'policy.document.accountableMissing', { process }),
        );
    for (const topic of POLICY_TOPICS)
      if (!after.rules.some((r) => r.topic === topic))
        problems.push(policy.problem(`${field}.removeRules`, 'policy.document.topicEmpty', { topic }));
  }
  return problems;
}

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key, 'en', { numeric: true });

const orderRaci = (raci: Raci[]) => RACI_LETTERS.filter((l) => raci.includes(l));

/** Sorts a content as every version stores it: cells by process then party, norms and rules by key. */
export function normaliseContent(content: PolicyContent): PolicyContent {
  const processIndex = (p: string) => POLICY_PROCESSES.indexOf(p as never);
  const partyIndex = (p: string) => RESPONSIBLE_PARTIES.indexOf(p as never);
  return {
    responsibilities: [...content.responsibilities]
      .map((r) => ({ process: r.process, party: r.party, raci: orderRaci(r.raci), tasks: r.tasks.trim() }))
      .sort(
        (a, b) =>
          processIndex(a.process) - processIndex(b.process) || partyIndex(a.party) - partyIndex(b.party),
      ),
    norms: [...content.norms]
      .map((n) => ({
        key: n.key,
        title: n.title.trim(),
        text: n.text.trim(),
        measures: n.measures.map((m) => ({ frameworkCode: m.frameworkCode, identifier: m.identifier })),
      }))
      .sort(byKey),
    rules: [...content.rules]
      .map((r) => ({
        key: r.key,
        topic: r.topic,
        title: r.title.trim(),
        text: r.text.trim(),
        measures: r.measures.map((m) => ({ frameworkCode: m.frameworkCode, identifier: m.identifier })),
      }))
      .sort(byKey),
    recalibrationMonths: content.recalibrationMonths,
  };
}

/** The version in force with a (checked) change applied. */
export function applyContentChange(content: PolicyContent, change: PolicyContentChange): PolicyContent {
  const cells = new Map(content.responsibilities.map((r) => [cellKey(r), r]));
  for (const r of change.setResponsibilities ?? [])
    if (isRemoval(r)) cells.delete(cellKey(r));
    else cells.set(cellKey(r), r);
  const norms = new Map(content.norms.map((n) => [n.key, n]));
  for (const key of change.removeNorms ?? []) norms.delete(key);
  for (const n of change.setNorms ?? []) norms.set(n.key, n);
  const rules = new Map(content.rules.map((r) => [r.key, r]));
  for (const key of change.removeRules ?? []) rules.delete(key);
  for (const r of change.setRules ?? []) rules.set(r.key, r);
  return normaliseContent({
    responsibilities: [...cells.values()],
    norms: [...norms.values()],
    rules: [...rules.values()],
    recalibrationMonths: change.recalibrationMonths ?? content.recalibrationMonths,
  });
}

const measureList = (measures: RequirementRef[]) =>
  `Maatregelen: ${measures.map((m) => `${m.frameworkCode} ${m.identifier}`).join(', ') || '—'}`;

export const responsibilityText = (r: Responsibility) =>
  `${orderRaci(r.raci).join(', ')} — ${r.tasks.trim()}`;
export const normText = (n: PolicyNorm) => `${n.title}\n${n.text}\n${measureList(n.measures)}`;
export const ruleText = (r: PolicyRule) => `${r.title} (${r.topic})\n${r.text}\n${measureList(r.measures)}`;

function diffMaps(
  part: PolicyChangeLine['part'],
  before: Map<string, string>,
  after: Map<string, string>,
  order: string[],
): PolicyChangeLine[] {
  const lines: PolicyChangeLine[] = [];
  for (const key of order) {
    const a = before.get(key) ?? null;
    const b = after.get(key) ?? null;
    if (a === b) continue;
    lines.push({
      part,
      key,
      change: a === null ? 'ADDED' : b === null ? 'REMOVED' : 'CHANGED',
      before: a,
      after: b,
    });
  }
  return lines;
}

const unionOrdered = (a: string[], b: string[], compare: (x: string, y: string) => number) =>
  [...new Set([...a, ...b])].sort(compare);

export interface PolicyState {
  content: PolicyContent;
  requirements: PolicyRequirements;
}

/**
 * What changed from `a` to `b`: responsibility cells, norms, rules, the re-calibration period and the
 * requirements in force (the BBN profile version and each common framework's version), in that order.
 */
export function diffPolicy(a: PolicyState, b: PolicyState): PolicyChangeLine[] {
  const cellOrder = (x: string, y: string) => {
    const [px, fx] = x.split('/');
    const [py, fy] = y.split('/');
    return (
      POLICY_PROCESSES.indexOf(px as never) - POLICY_PROCESSES.indexOf(py as never) ||
      RESPONSIBLE_PARTIES.indexOf(fx as never) - RESPONSIBLE_PARTIES.indexOf(fy as never)
    );
  };
  const keyOrder = (x: string, y: string) => x.localeCompare(y, 'en', { numeric: true });
  const cells = (c: PolicyContent) =>
    new Map(c.responsibilities.map((r) => [cellKey(r), responsibilityText(r)]));
  const norms = (c: PolicyContent) => new Map(c.norms.map((n) => [n.key, normText(n)]));
  const rules = (c: PolicyContent) => new Map(c.rules.map((r) => [r.key, ruleText(r)]));
  const frameworks = (r: PolicyRequirements) =>
    new Map(r.catalogue.map((f) => [f.code, `${f.name} ${f.version}`]));
  const lines: PolicyChangeLine[] = [];
  for (const [part, of, order] of [
    ['RESPONSIBILITY', cells, cellOrder],
    ['NORM', norms, keyOrder],
    ['RULE', rules, keyOrder],
  ] as const) {
    const before = of(a.content);
    const after = of(b.content);
    lines.push(...diffMaps(part, before, after, unionOrdered([...before.keys()], [...after.keys()], order)));
  }
  lines.push(
    ...diffMaps(
      'RELIABILITY',
      new Map([['recalibrationMonths', `${a.content.recalibrationMonths} maanden`]]),
      new Map([['recalibrationMonths', `${b.content.recalibrationMonths} maanden`]]),
      ['recalibrationMonths'],
    ),
    ...diffMaps(
      'REQUIREMENTS',
      new Map([['bbnProfileVersion', `BBN-profiel versie ${a.requirements.bbnProfileVersion}`]]),
      new Map([['bbnProfileVersion', `BBN-profiel versie ${b.requirements.bbnProfileVersion}`]]),
      ['bbnProfileVersion'],
    ),
  );
  const fa = frameworks(a.requirements);
  const fb = frameworks(b.requirements);
  lines.push(...diffMaps('REQUIREMENTS', fa, fb, unionOrdered([...fa.keys()], [...fb.keys()], keyOrder)));
  return lines;
}

import { fieldRules, FieldProblem } from '@mkib/domain-shared';
import type { Decision } from './cycle';
import { governance as m } from './messages';

/**
 * Investigations into how the policy works (SK-3.6): the board secretary proposes one to the boards
 * (VOORGESTELD, an INVESTIGATION agenda item); after the SMB's advice the BMB commissions it (AANVAARD,
 * AANVAARD_MET_AANWIJZING: IN_UITVOERING) or not (NIET_AANVAARD: NIET_VERLEEND); the secretary records its
 * report and findings (AFGEROND).
 */
export const INVESTIGATION_STATES = ['VOORGESTELD', 'IN_UITVOERING', 'AFGEROND', 'NIET_VERLEEND'] as const;
export type InvestigationState = (typeof INVESTIGATION_STATES)[number];

export const FINDING_STATES = ['OPEN', 'AFGEHANDELD'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

export interface InvestigationFinding {
  id: string;
  text: string;
  followUp: string | null;
  state: FindingState;
}

const TITLE = { min: 3, max: 200 };
const SCOPE = { min: 10, max: 4_000 };
const INVESTIGATOR = { min: 2, max: 200 };
const SUMMARY = { min: 10, max: 8_000 };
const FINDING = { min: 3, max: 4_000 };
const REASON = { min: 10, max: 4_000 };
const DESCRIPTION = { min: 10, max: 4_000 };
export const MAX_FINDINGS = 100;

/** A due date: a real date, today or later. */
function dueDateProblems(field: string, value: string | null | undefined, today: string): FieldProblem[] {
  const problems = fieldRules.date(field, value);
  if (!problems.length && value! < today) problems.push(m.problem(field, 'governance.dueDatePast'));
  return problems;
}

/** The problems of a proposed investigation. */
export function checkInvestigationProposal(
  input: { title: string; scope: string; investigator: string; dueDate: string },
  today: string,
): FieldProblem[] {
  return [
    ...fieldRules.text('input.title', input.title, TITLE),
    ...fieldRules.text('input.scope', input.scope, SCOPE),
    ...fieldRules.text('input.investigator', input.investigator, INVESTIGATOR),
    ...dueDateProblems('input.dueDate', input.dueDate, today),
  ];
}

/** The title of an investigation's agenda item. */
export const investigationItemTitle = (title: string) => `Onderzoek: ${title.trim()}`;

/** What the BMB's decision on the item makes of the investigation: commissioned, or not. */
export function investigationStateAfterDecision(decision: Decision): InvestigationState {
  return decision === 'NIET_AANVAARD' ? 'NIET_VERLEEND' : 'IN_UITVOERING';
}

/** A report is recorded for a commissioned investigation only, once. */
export function assertReportAllowed(state: InvestigationState): void {
  if (state === 'AFGEROND') throw m.conflict('governance.investigation.completedAlready');
  if (state !== 'IN_UITVOERING') throw m.conflict('governance.investigation.notCommissioned');
}

/**
 * The summary and findings of a report, normalised: a finding keeps its id when it names one of
 * `existing`, gets `newId()` otherwise; state OPEN unless AFGEHANDELD.
 */
export function checkReportFindings(
  input: {
    summary: string;
    findings: { id?: string | null; text: string; followUp?: string | null; state?: string | null }[];
  },
  existing: readonly string[],
  newId: () => string,
): { problems: FieldProblem[]; findings: InvestigationFinding[] } {
  const problems = [...fieldRules.text('input.summary', input.summary, SUMMARY)];
  const findings: InvestigationFinding[] = [];
  if (!Array.isArray(input.findings) || input.findings.length > MAX_FINDINGS)
    return {
      problems: [
        ...problems,
        m.problem('input.findings', 'governance.investigation.findings', { max: MAX_FINDINGS }),
      ],
      findings,
    };
  const seen = new Set<string>();
  input.findings.forEach((f, i) => {
    const field = `input.findings.${i}`;
    const own = [
      ...fieldRules.text(`${field}.text`, f.text, FINDING),
      ...fieldRules.optionalText(`${field}.followUp`, f.followUp, FINDING.max),
      ...(f.state == null ? [] : fieldRules.oneOf(`${field}.state`, f.state, FINDING_STATES)),
    ];
    if (f.id != null && (!existing.includes(f.id) || seen.has(f.id)))
      own.push(m.problem(`${field}.id`, 'governance.investigation.findingId'));
    if (f.id != null) seen.add(f.id);
    problems.push(...own);
    if (!own.length)
      findings.push({
        id: f.id ?? newId(),
        text: f.text.trim(),
        followUp: f.followUp?.trim() || null,
        state: (f.state as FindingState | null) ?? 'OPEN',
      });
  });
  return { problems, findings };
}

/** The report file types taken: PDF, Word (OOXML and the old format), OpenDocument text and plain text. */
export const REPORT_TYPES: Record<string, { extensions: string[]; check: (b: Uint8Array) => boolean }> = {
  'application/pdf': { extensions: ['pdf'], check: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    check: isZip,
  },
  'application/msword': {
    extensions: ['doc'],
    check: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
  'application/vnd.oasis.opendocument.text': { extensions: ['odt'], check: isZip },
  'text/plain': { extensions: ['txt'], check: isText },
};
/** At most 1.5 MB decoded, as icv's evidence: the gateway takes request bodies up to 2.5 MB. */
export const MAX_REPORT_BYTES = 1_500_000;
export const MAX_REPORT_FILENAME = 200;

function startsWith(b: Uint8Array, prefix: number[]): boolean {
  return b.length >= prefix.length && prefix.every((v, i) => b[i] === v);
}
function isZip(b: Uint8Array): boolean {
  return startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
}
function isText(b: Uint8Array): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MARKUP_OR_RESERVED = /[<>":|?*]/g;

/**
 * The name a report is stored and downloaded under, as icv's evidence names (normaliseFilename there):
 * NFC, without invisible and bidi control characters, markup and reserved characters replaced by `_`,
 * whitespace collapsed, leading and trailing dots and spaces trimmed, capped (the extension kept).
 */
export function normaliseReportFilename(filename: string): string {
  const cleaned = String(filename ?? '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(MARKUP_OR_RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_REPORT_FILENAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  const stem = Array.from(extension ? cleaned.slice(0, dot) : cleaned);
  return (
    stem
      .slice(0, MAX_REPORT_FILENAME - extension.length)
      .join('')
      .trimEnd() + extension
  );
}

/** The problems of an uploaded report: its name, declared type, size and magic bytes against the type. */
export function checkReportFile(file: {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = normaliseReportFilename(file.filename);
  if (!name || /[\\/]/.test(name))
    problems.push(
      m.problem('input.report.filename', 'governance.report.filename', { max: MAX_REPORT_FILENAME }),
    );
  const type = REPORT_TYPES[file.contentType];
  if (!type) problems.push(m.problem('input.report.contentType', 'governance.report.contentType'));
  if (file.bytes.length === 0)
    problems.push(m.problem('input.report.contentBase64', 'governance.report.empty'));
  else if (file.bytes.length > MAX_REPORT_BYTES)
    problems.push(
      m.problem('input.report.contentBase64', 'governance.report.tooLarge', {
        max: MAX_REPORT_BYTES / 1_000_000,
      }),
    );
  else if (type && !type.check(file.bytes))
    problems.push(m.problem('input.report.contentBase64', 'governance.report.contentMismatch'));
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  if (type && name && !type.extensions.includes(extension))
    problems.push(
      m.problem('input.report.filename', 'governance.report.extension', {
        extensions: type.extensions.join(', '),
      }),
    );
  return problems;
}

/** Base64 as it arrives: the alphabet only (with padding), so that nothing is silently dropped on decode. */
export const isBase64 = (value: string) =>
  typeof value === 'string' && value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value);

/** The kinds of party an aanwijzing can be addressed to: those that implement the policy (as AgendaService). */
export const INSTRUCTABLE_PARTY_KINDS: readonly string[] = [
  'HOOFDGEBRUIKER',
  'BEHEERDER',
  'MEDEGEBRUIKER',
  'BIJZONDERE_GEBRUIKER',
];

/** The problems of a standalone aanwijzing (issueInstruction), the addressee apart (it needs the register). */
export function checkStandaloneInstruction(
  input: { description: string; dueDate: string; reason: string },
  today: string,
): FieldProblem[] {
  return [
    ...fieldRules.text('input.description', input.description, DESCRIPTION),
    ...dueDateProblems('input.dueDate', input.dueDate, today),
    ...fieldRules.text('input.reason', input.reason, REASON),
  ];
}

/** A standalone aanwijzing that follows a board item does so after the SMB's advice on it. */
export function assertInstructionFollowsAdvice(item: { advised: boolean }): void {
  if (!item.advised) throw m.conflict('governance.instruction.notAdvised');
}

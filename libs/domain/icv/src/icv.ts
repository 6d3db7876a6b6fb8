import { badUserInput, FieldProblem, fieldRules } from '@mkib/domain-shared';
import { MeasureStatus, Statement, STATEMENTS } from './assessment';
import { icvMessage as m } from './messages';

/**
 * The in-control statement (ICV, in-control-verklaring) of one organisation for one year, as a state
 * machine: drafted (CONCEPT), prepared by a security officer (VOORBEREID), signed by an accountable
 * official who is not the preparer (ONDERTEKEND), submitted to the SMB (INGEDIEND). A submitted ICV
 * never changes; a correction is a new version with a reason (SK-3.5, SK-4.6, SK-5.5).
 */
export const ICV_STATES = ['CONCEPT', 'VOORBEREID', 'ONDERTEKEND', 'INGEDIEND', 'VERVANGEN'] as const;
export type IcvState = (typeof ICV_STATES)[number];

/** Whose ICV: the LMS covers its management organisation only (SK-4.6); a hoofdgebruiker covers its
 * own organisation and its medegebruikers (SK-5.5). */
export type IcvScope = 'BEHEERORGANISATIE' | 'ORGANISATIE_EN_MEDEGEBRUIKERS';
export const scopeFor = (partyKind: 'BEHEERDER' | 'HOOFDGEBRUIKER'): IcvScope =>
  partyKind === 'BEHEERDER' ? 'BEHEERORGANISATIE' : 'ORGANISATIE_EN_MEDEGEBRUIKERS';

/** Who gives an ICV: the LMS (beheerder) and the hoofdgebruikers; medegebruikers report to them. */
export const givesIcv = (partyKind: string): partyKind is 'BEHEERDER' | 'HOOFDGEBRUIKER' =>
  partyKind === 'BEHEERDER' || partyKind === 'HOOFDGEBRUIKER';

/** Whose ICVs a reader sees: every one (the auditor); its own and those submitted to the boards; its own. */
export type IcvReader =
  | { kind: 'all' }
  | { kind: 'submitted-and-own'; party: string }
  | { kind: 'own'; party: string };

/** A party never sees another party's draft; the boards see what was submitted to them (SK-3.5). */
export function canRead(reader: IcvReader, icv: { party: string; state: IcvState }): boolean {
  if (reader.kind === 'all' || icv.party === reader.party) return true;
  return reader.kind === 'submitted-and-own' && (icv.state === 'INGEDIEND' || icv.state === 'VERVANGEN');
}

/** A measure named by its framework and identifier, as the catalogue names it. */
export interface MeasureRef {
  frameworkCode: string;
  identifier: string;
}
export const measureKey = (r: MeasureRef): string => `${r.frameworkCode}:${r.identifier}`;

/** The free text of an exception recorded before exceptions named their measures (read-only). */
export interface LegacyExceptionText {
  subject: string;
  description: string;
  improvement: string;
}

/**
 * An exception of the ICV (comply or explain): the applicable measures it is about, by identifier, why
 * they are not (fully) implemented and when they are planned to be.
 */
export interface IcvException {
  /** Empty only for an exception recorded as free text before exceptions named their measures. */
  measures: MeasureRef[];
  explanation: string;
  /** YYYY-MM-DD: when the measures are planned to be implemented. */
  plannedDate: string;
  legacy?: LegacyExceptionText | null;
}

/** A medegebruiker whose report an ICV goes without, with the reason. */
export interface NamedMissing {
  party: string;
  reason: string;
}

export interface IcvDraft {
  state: IcvState;
  version: number;
  statement: Statement | null;
  exceptions: IcvException[];
  preparedBy: string | null;
  signedBy: string | null;
}

/** The years an ICV or a medegebruiker's report can be for: the platform's window (two back, one ahead). */
export function checkYear(field: string, year: number, now: Date): FieldProblem[] {
  return fieldRules.year(field, year, now);
}

export const MIN_REASON = 10;

/**
 * Content may change until the ICV is submitted. A change to a prepared or signed ICV returns it to
 * draft: the preparation and the signature were for the content as it was.
 */
export function assertEditable(icv: IcvDraft): IcvState {
  if (icv.state === 'INGEDIEND' || icv.state === 'VERVANGEN')
    throw m.conflict('icv.submittedCannotChange', { version: icv.version });
  return 'CONCEPT';
}

/**
 * Checks the statement and its exceptions: an exception-bearing statement lists them; each names one or
 * more measures that apply (`applicable`: their keys), with an explanation and a planned date.
 */
export function checkStatement(
  statement: string | null,
  exceptions: IcvException[],
  applicable: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (statement !== null) problems.push(...fieldRules.oneOf('input.statement', statement, STATEMENTS));
  if (statement === 'IN_CONTROL' && exceptions.length)
    problems.push(m.problem('input.exceptions', 'icv.exceptionsNotAllowed'));
  if (
    (statement === 'IN_CONTROL_MET_UITZONDERINGEN' || statement === 'NIET_IN_CONTROL') &&
    !exceptions.length
  )
    problems.push(m.problem('input.exceptions', 'icv.exceptionsRequired'));
  exceptions.forEach((e, i) => problems.push(...checkException(e, `input.exceptions[${i}]`, applicable)));
  return problems;
}

/** One exception: measures that apply, named once; an explanation; a planned date. */
function checkException(e: IcvException, f: string, applicable: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!e.measures.length) problems.push(m.problem(`${f}.measures`, 'icv.exceptionMeasures'));
  e.measures.forEach((r, j) => {
    if (!applicable.has(measureKey(r)))
      problems.push(
        m.problem(`${f}.measures[${j}]`, 'icv.exceptionMeasureNotApplicable', {
          frameworkCode: r.frameworkCode,
          identifier: r.identifier,
        }),
      );
  });
  problems.push(...fieldRules.text(`${f}.explanation`, e.explanation, { max: MAX_EXPLANATION }));
  problems.push(...fieldRules.date(`${f}.plannedDate`, e.plannedDate));
  return problems;
}

export const MAX_EXPLANATION = 4_000;

/** An applicable measure with its status in the assessment; null: nobody assessed it. */
export interface AssessedMeasure extends MeasureRef {
  status: MeasureStatus | null;
}

/** Not (fully) implemented: NIET, DEELS, or not assessed at all (which counts as not implemented). */
export const isGap = (status: MeasureStatus | null): boolean =>
  status === null || status === 'NIET' || status === 'DEELS';

/**
 * Comply or explain (SK-5.5, SK-3.5), checked when the ICV is prepared for signature:
 * - every applicable measure that is NIET, DEELS or unassessed is named in an exception with an
 *   explanation and a planned date (today or later), or the statement is NIET_IN_CONTROL;
 * - exceptions name measures that (still) apply;
 * - every missing medegebruiker report has an explanation.
 * One problem per measure or report, keyed, with the identifier or party as parameter.
 */
export function checkComplyOrExplain(input: {
  statement: Statement | null;
  exceptions: IcvException[];
  measures: AssessedMeasure[];
  coUsers: MedegebruikerReportState;
  now: Date;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const today = input.now.toISOString().slice(0, 10);
  const applicable = new Set(input.measures.map(measureKey));
  const explained = new Set<string>();
  input.exceptions.forEach((e, i) => {
    const f = `exceptions[${i}]`;
    problems.push(...checkException(e, f, applicable));
    if (e.plannedDate < today && fieldRules.date(f, e.plannedDate).length === 0)
      problems.push(m.problem(`${f}.plannedDate`, 'icv.exceptionPlannedPast', { date: e.plannedDate }));
    if (e.explanation?.trim() && e.plannedDate >= today)
      e.measures.forEach((r) => explained.add(measureKey(r)));
  });
  if (input.statement !== 'NIET_IN_CONTROL')
    for (const measure of input.measures)
      if (isGap(measure.status) && !explained.has(measureKey(measure)))
        problems.push(
          m.problem('exceptions', 'icv.measureUnexplained', {
            frameworkCode: measure.frameworkCode,
            identifier: measure.identifier,
          }),
        );
  for (const party of unexplainedMissingReports(input.coUsers))
    problems.push(m.problem('missingReportExplanations', 'icv.medegebruikerReportUnexplained', { party }));
  return problems;
}

/** The medegebruikers whose report is missing and not explained. */
export function unexplainedMissingReports(coUsers: MedegebruikerReportState): string[] {
  return coUsers.expected.filter(
    (p) =>
      !coUsers.received.includes(p) &&
      !coUsers.namedMissing.some((n) => n.party === p && n.reason.trim().length > 0),
  );
}

/** Missing medegebruiker reports an ICV names need a reason an auditor can follow. */
export function checkNamedMissing(
  namedMissing: NamedMissing[],
  /** The medegebruikers that report to the ICV's party: only they can be named as missing a report. */
  coUsers: readonly string[],
  field = 'input.namedMissing',
  reasonField = 'reason',
): FieldProblem[] {
  return namedMissing.flatMap((n, i) => [
    ...(coUsers.includes(n.party)
      ? []
      : [m.problem(`${field}[${i}].party`, 'icv.namedMissingNotACoUser', { party: n.party })]),
    ...(namedMissing.findIndex((o) => o.party === n.party) < i
      ? [m.problem(`${field}[${i}].party`, 'icv.namedMissingTwice', { party: n.party })]
      : []),
    ...(n.reason.trim().length < MIN_REASON
      ? [m.problem(`${field}[${i}].${reasonField}`, 'icv.namedMissingReason', { min: MIN_REASON })]
      : []),
  ]);
}

/** A security officer marks the draft ready for signature: it needs a statement. */
export function prepare(icv: IcvDraft, by: string): Pick<IcvDraft, 'state' | 'preparedBy'> {
  if (icv.state !== 'CONCEPT') throw m.conflict('icv.notDraft', { version: icv.version, state: icv.state });
  if (!icv.statement) throw m.conflict('icv.statementMissing');
  return { state: 'VOORBEREID', preparedBy: by };
}

/** The accountable official signs; never the person who prepared it (four eyes). */
export function sign(icv: IcvDraft, by: string): Pick<IcvDraft, 'state' | 'signedBy'> {
  if (icv.state === 'CONCEPT') throw m.conflict('icv.notPrepared');
  if (icv.state !== 'VOORBEREID')
    throw m.conflict('icv.onlyPreparedSigned', { version: icv.version, state: icv.state });
  // Four eyes: the step that is missing is a signature by someone else.
  if (icv.preparedBy === by) throw m.conflict('icv.fourEyes', { actor: by });
  return { state: 'ONDERTEKEND', signedBy: by };
}

export interface MedegebruikerReportState {
  /** The medegebruikers the ICV covers. */
  expected: string[];
  /** Those who submitted their report for this year. */
  received: string[];
  /** Missing reports the organisation names, each with a reason. */
  namedMissing: NamedMissing[];
}

/** Submits a signed ICV; a hoofdgebruiker's ICV needs every co-user report or a named reason (SK-5.4). */
export function submit(icv: IcvDraft, coUsers: MedegebruikerReportState): Pick<IcvDraft, 'state'> {
  if (icv.state === 'CONCEPT' || icv.state === 'VOORBEREID') throw m.conflict('icv.notSigned');
  if (icv.state !== 'ONDERTEKEND')
    throw m.conflict('icv.submittedAgain', { version: icv.version, state: icv.state });
  const missing = coUsers.expected.filter(
    (p) =>
      !coUsers.received.includes(p) &&
      !coUsers.namedMissing.some((n) => n.party === p && n.reason.trim().length > 0),
  );
  if (missing.length) throw m.conflict('icv.medegebruikerReportMissing', { parties: missing.join(', ') });
  return { state: 'INGEDIEND' };
}

/** A correction of a submitted ICV: a new draft version; the submitted one is marked replaced. */
export function correct(
  icv: IcvDraft,
  reason: string,
): { previous: IcvState; next: Pick<IcvDraft, 'state' | 'version'> } {
  if (icv.state !== 'INGEDIEND')
    throw m.conflict('icv.onlySubmittedCorrected', { version: icv.version, state: icv.state });
  if (reason.trim().length < MIN_REASON)
    throw badUserInput([m.problem('input.reason', 'icv.correctionReason', { min: MIN_REASON })]);
  return { previous: 'VERVANGEN', next: { state: 'CONCEPT', version: icv.version + 1 } };
}

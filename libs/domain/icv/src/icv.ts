import { badUserInput, conflict, DomainError, FieldProblem } from '@mkib/domain-shared';
import { Statement, STATEMENTS } from './assessment';

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

export interface IcvException {
  /** The measure (framework:identifier) or area the exception is about. */
  subject: string;
  description: string;
  /** The improvement measure and when it is done. */
  improvement: string;
  dueDate: string;
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

const step = (message: string): DomainError => conflict(message);

/**
 * Content may change until the ICV is submitted. A change to a prepared or signed ICV returns it to
 * draft: the preparation and the signature were for the content as it was.
 */
export function assertEditable(icv: IcvDraft): IcvState {
  if (icv.state === 'INGEDIEND' || icv.state === 'VERVANGEN')
    throw step(
      `ICV version ${icv.version} is submitted and cannot change; start a correction (a new version with a reason).`,
    );
  return 'CONCEPT';
}

/** Checks the statement and its exceptions: an exception-bearing statement lists them, with improvement. */
export function checkStatement(statement: string | null, exceptions: IcvException[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (statement !== null && !STATEMENTS.includes(statement as Statement))
    problems.push({ field: 'input.statement', message: `must be one of ${STATEMENTS.join(', ')}` });
  if (statement === 'IN_CONTROL' && exceptions.length)
    problems.push({
      field: 'input.exceptions',
      message: 'an ICV "in control" has no exceptions; choose "in control with exceptions"',
    });
  if (
    (statement === 'IN_CONTROL_MET_UITZONDERINGEN' || statement === 'NIET_IN_CONTROL') &&
    !exceptions.length
  )
    problems.push({
      field: 'input.exceptions',
      message: 'name at least one exception with its improvement measure',
    });
  exceptions.forEach((e, i) => {
    const f = `input.exceptions[${i}]`;
    if (!e.subject?.trim()) problems.push({ field: `${f}.subject`, message: 'name the measure or area' });
    if (!e.description?.trim())
      problems.push({ field: `${f}.description`, message: 'describe the exception' });
    if (!e.improvement?.trim())
      problems.push({ field: `${f}.improvement`, message: 'name the improvement measure' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.dueDate ?? ''))
      problems.push({ field: `${f}.dueDate`, message: 'must be a date (YYYY-MM-DD)' });
  });
  return problems;
}

/** A security officer marks the draft ready for signature: it needs a statement. */
export function prepare(icv: IcvDraft, by: string): Pick<IcvDraft, 'state' | 'preparedBy'> {
  if (icv.state !== 'CONCEPT') throw step(`ICV version ${icv.version} is ${icv.state}, not a draft.`);
  if (!icv.statement) throw step('Choose the statement before preparing the ICV for signature.');
  return { state: 'VOORBEREID', preparedBy: by };
}

/** The accountable official signs; never the person who prepared it (four eyes). */
export function sign(icv: IcvDraft, by: string): Pick<IcvDraft, 'state' | 'signedBy'> {
  if (icv.state === 'CONCEPT')
    throw step('The ICV is not prepared for signature yet: a security officer prepares it first.');
  if (icv.state !== 'VOORBEREID')
    throw step(`ICV version ${icv.version} is ${icv.state}; only a prepared ICV can be signed.`);
  // Four eyes: the step that is missing is a signature by someone else.
  if (icv.preparedBy === by)
    throw step(`${by} prepared this ICV and cannot also sign it: another accountable official signs.`);
  return { state: 'ONDERTEKEND', signedBy: by };
}

export interface CoUserReportState {
  /** The medegebruikers the ICV covers. */
  expected: string[];
  /** Those who submitted their report for this year. */
  received: string[];
  /** Missing reports the organisation names, each with a reason. */
  namedMissing: NamedMissing[];
}

/** Submits a signed ICV; a hoofdgebruiker's ICV needs every co-user report or a named reason (SK-5.4). */
export function submit(icv: IcvDraft, coUsers: CoUserReportState): Pick<IcvDraft, 'state'> {
  if (icv.state === 'CONCEPT' || icv.state === 'VOORBEREID')
    throw step('The ICV is not signed yet: the accountable official signs it before it is submitted.');
  if (icv.state !== 'ONDERTEKEND')
    throw step(`ICV version ${icv.version} is ${icv.state} and cannot be submitted again.`);
  const missing = coUsers.expected.filter(
    (p) =>
      !coUsers.received.includes(p) &&
      !coUsers.namedMissing.some((n) => n.party === p && n.reason.trim().length > 0),
  );
  if (missing.length)
    throw step(
      `The report of ${missing.join(', ')} is missing: wait for it, or name it as missing with a reason before submitting.`,
    );
  return { state: 'INGEDIEND' };
}

/** A correction of a submitted ICV: a new draft version; the submitted one is marked replaced. */
export function correct(
  icv: IcvDraft,
  reason: string,
): { previous: IcvState; next: Pick<IcvDraft, 'state' | 'version'> } {
  if (icv.state !== 'INGEDIEND')
    throw step(`Only a submitted ICV is corrected; version ${icv.version} is ${icv.state}.`);
  if (reason.trim().length < 10)
    throw badUserInput([
      { field: 'input.reason', message: 'give the reason for the correction (at least 10 characters)' },
    ]);
  return { previous: 'VERVANGEN', next: { state: 'CONCEPT', version: icv.version + 1 } };
}

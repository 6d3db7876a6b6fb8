import { FACILITY_CODES, FieldProblem, fieldRules } from '@mkib/domain-shared';
import { governance as m } from './messages';
import type { PartyKind } from './parties';

/**
 * The registers the LMS keeps (SK-5.4): co-users (medegebruikers, temporarily affiliated users and
 * bijzondere gebruikers) with their admission, the shared facilities they use and, for a bijzondere
 * gebruiker, its own reporting arrangement.
 */
export const CO_USER_CATEGORIES = ['MEDEGEBRUIKER', 'TIJDELIJK', 'BIJZONDERE_GEBRUIKER'] as const;
export type CoUserCategory = (typeof CO_USER_CATEGORIES)[number];

/** A party code: lower-case letters, digits and hyphens, 2 to 40 characters, starting with a letter. */
export const PARTY_CODE = /^[a-z][a-z0-9-]{1,39}$/;

export const CO_USER_LIMITS = { name: 200, arrangement: 2_000, facilities: FACILITY_CODES.length } as const;

export interface CoUserInputData {
  code: string;
  name: string;
  category: string;
  responsibleHoofdgebruiker?: string | null;
  admittedOn: string;
  endsOn?: string | null;
  facilities: readonly string[];
  reportingArrangement?: string | null;
  reportDue?: string | null;
}

/** The party kind a co-user's category is stored as: a temporarily affiliated user is a medegebruiker. */
export const kindOfCategory = (category: CoUserCategory): PartyKind =>
  category === 'BIJZONDERE_GEBRUIKER' ? 'BIJZONDERE_GEBRUIKER' : 'MEDEGEBRUIKER';

export const isCoUserKind = (kind: string) => kind === 'MEDEGEBRUIKER' || kind === 'BIJZONDERE_GEBRUIKER';

/**
 * The problems of a co-user's entry. `partyKind` looks a code up in the register (undefined when no such
 * party); `facilities` are the shared facility codes the register accepts.
 */
export function coUserProblems(
  input: CoUserInputData,
  partyKind: (code: string) => PartyKind | undefined,
  facilities: readonly string[] = FACILITY_CODES,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!PARTY_CODE.test(input.code ?? '')) problems.push(m.problem('input.code', 'governance.register.code'));
  else {
    const existing = partyKind(input.code);
    if (existing && !isCoUserKind(existing))
      problems.push(m.problem('input.code', 'governance.register.codeTaken', { code: input.code }));
  }
  problems.push(...fieldRules.text('input.name', input.name, { min: 2, max: CO_USER_LIMITS.name }));
  const categoryProblems = fieldRules.oneOf('input.category', input.category, CO_USER_CATEGORIES);
  problems.push(...categoryProblems);
  const category = categoryProblems.length ? null : (input.category as CoUserCategory);
  const responsible = input.responsibleHoofdgebruiker?.trim() || null;
  if (category === 'BIJZONDERE_GEBRUIKER') {
    if (responsible)
      problems.push(m.problem('input.responsibleHoofdgebruiker', 'governance.register.noResponsible'));
  } else if (category) {
    if (!responsible)
      problems.push(m.problem('input.responsibleHoofdgebruiker', 'governance.register.responsibleRequired'));
    else if (partyKind(responsible) !== 'HOOFDGEBRUIKER')
      problems.push(m.problem('input.responsibleHoofdgebruiker', 'governance.register.notHoofdgebruiker'));
  }
  const admitted = fieldRules.date('input.admittedOn', input.admittedOn);
  problems.push(...admitted);
  if (input.endsOn) {
    const ends = fieldRules.date('input.endsOn', input.endsOn);
    problems.push(...ends);
    if (!ends.length && !admitted.length && input.endsOn < input.admittedOn)
      problems.push(m.problem('input.endsOn', 'governance.register.endsBeforeAdmission'));
  } else if (category === 'TIJDELIJK') {
    problems.push(m.problem('input.endsOn', 'governance.register.endsOnRequired'));
  }
  if (!input.facilities?.length)
    problems.push(m.problem('input.facilities', 'governance.register.facilitiesRequired'));
  else {
    const unknown = input.facilities.filter((f) => !facilities.includes(f));
    if (unknown.length)
      problems.push(
        m.problem('input.facilities', 'governance.register.unknownFacility', {
          facilities: facilities.join(', '),
        }),
      );
    else if (new Set(input.facilities).size !== input.facilities.length)
      problems.push(m.problem('input.facilities', 'governance.register.duplicateFacility'));
  }
  if (category === 'BIJZONDERE_GEBRUIKER') {
    problems.push(
      ...fieldRules.text('input.reportingArrangement', input.reportingArrangement, {
        min: 10,
        max: CO_USER_LIMITS.arrangement,
      }),
    );
    if (!input.reportDue)
      problems.push(m.problem('input.reportDue', 'governance.register.reportDueRequired'));
    else problems.push(...fieldRules.date('input.reportDue', input.reportDue));
  } else if (category && (input.reportingArrangement?.trim() || input.reportDue)) {
    problems.push(m.problem('input.reportingArrangement', 'governance.register.arrangementOnlyBijzonder'));
  }
  return problems;
}

/** The problems of ending an admission on `endsOn`. */
export function endCoUserProblems(admittedOn: string, endsOn: string): FieldProblem[] {
  const problems = fieldRules.date('endsOn', endsOn);
  if (!problems.length && endsOn < admittedOn)
    problems.push(m.problem('endsOn', 'governance.register.endsBeforeAdmission'));
  return problems;
}

/** Whether an admission is active on `today` (YYYY-MM-DD): admitted and not yet ended. */
export const isActiveCoUser = (r: { admittedOn: string; endsOn: string | null }, today: string) =>
  r.admittedOn <= today && (!r.endsOn || today <= r.endsOn);

export const REPRESENTATIVE_LIMITS = { name: 200, count: 20 } as const;

/** The problems of a party's representatives on the boards (names of people). */
export function representationProblems(input: { smb: readonly string[]; bmb: readonly string[] }) {
  const problems: FieldProblem[] = [];
  for (const board of ['smb', 'bmb'] as const) {
    const names = input[board] ?? [];
    if (names.length > REPRESENTATIVE_LIMITS.count)
      problems.push(
        m.problem(`input.${board}`, 'governance.register.tooManyRepresentatives', {
          max: REPRESENTATIVE_LIMITS.count,
        }),
      );
    names.forEach((name, i) =>
      problems.push(
        ...fieldRules.text(`input.${board}.${i}`, name, { min: 2, max: REPRESENTATIVE_LIMITS.name }),
      ),
    );
  }
  return problems;
}

/**
 * The party whose workspace a party's people work in: a medegebruiker in its hoofdgebruiker's, a
 * bijzondere gebruiker in the LMS's (web-admin), every other party in its own.
 */
export const workspacePartyOf = (p: {
  code: string;
  kind: string;
  responsibleHoofdgebruiker?: string | null;
}): string =>
  p.kind === 'MEDEGEBRUIKER' && p.responsibleHoofdgebruiker
    ? p.responsibleHoofdgebruiker
    : p.kind === 'BIJZONDERE_GEBRUIKER'
      ? 'lms'
      : p.code;

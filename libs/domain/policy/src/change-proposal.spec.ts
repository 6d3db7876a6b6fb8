import { DomainError, toIsoDate } from '@mkib/domain-shared';
import {
  applyFailure,
  assertBaseInForce,
  awaitsDecision,
  assertCanOpenConsultation,
  assertCanRespond,
  assertCanSubmit,
  assertCanUpdate,
  assertCanWithdraw,
  assertNoOtherCarrying,
  assertRequestOpen,
  awaitingResponse,
  baseOutdatedFailure,
  carriedChangeLines,
  carriesRequirementChanges,
  checkJaaraanschrijving,
  checkNotEmpty,
  checkRespondBy,
  checkText,
  checkTitle,
  checkTrigger,
  checkTriggerRequest,
  decisionLabel,
  mergeRevision,
  partyName,
  POLICY_HOOFDGEBRUIKERS,
  POLICY_PARTY_NAMES,
  textPart,
} from './change-proposal';
import { PROPOSAL_STATES, ProposalState } from './policy-document';

const DAY = 86_400_000;
const now = new Date();
const day = (offset: number) => toIsoDate(new Date(now.getTime() + offset * DAY));
const UUID = '0b6f4c3e-5a1d-4f7e-9d2a-1c3b5d7e9f01';

const keyOf = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('CONFLICT');
    return (e as DomainError).key ?? null;
  }
};
const allowedIn = (assert: (s: ProposalState, n: number) => void) =>
  PROPOSAL_STATES.filter((s) => keyOf(() => assert(s, 1)) === null);

describe('[SK-3.1] the change proposal state machine', () => {
  it('updates and opens the consultation only in DRAFT, responds only in CONSULTATION', () => {
    expect(allowedIn(assertCanUpdate)).toEqual(['DRAFT', 'CONSULTATION']);
    expect(allowedIn(assertCanOpenConsultation)).toEqual(['DRAFT']);
    expect(allowedIn(assertCanRespond)).toEqual(['CONSULTATION']);
    expect(keyOf(() => assertCanUpdate('SUBMITTED', 3))).toBe('policy.proposal.updateNotDraft');
    expect(keyOf(() => assertCanUpdate('ADOPTION_FAILED', 3))).toBe('policy.proposal.updateNotDraft');
    expect(keyOf(() => assertCanRespond('SUBMITTED', 3))).toBe('policy.proposal.respondNotConsultation');
  });

  it('withdraws from DRAFT or CONSULTATION; the boards decide only a SUBMITTED one', () => {
    expect(allowedIn(assertCanWithdraw)).toEqual(['DRAFT', 'CONSULTATION']);
    expect(PROPOSAL_STATES.filter(awaitsDecision)).toEqual(['SUBMITTED']);
    expect(keyOf(() => assertCanWithdraw('SUBMITTED', 1))).toBe('policy.proposal.withdrawNotOpen');
  });

  it('submits when every hoofdgebruiker responded, or after the end of the respondBy day', () => {
    const p = { state: 'CONSULTATION' as const, number: 2, respondBy: day(0) };
    expect(keyOf(() => assertCanSubmit(p, [...POLICY_HOOFDGEBRUIKERS], now))).toBeNull();
    expect(keyOf(() => assertCanSubmit(p, ['politie'], now))).toBe('policy.proposal.consultationRunning');
    expect(keyOf(() => assertCanSubmit({ ...p, respondBy: day(-1) }, ['politie'], now))).toBeNull();
    expect(keyOf(() => assertCanSubmit({ ...p, state: 'DRAFT' }, [...POLICY_HOOFDGEBRUIKERS], now))).toBe(
      'policy.proposal.submitNotConsultation',
    );
    expect(awaitingResponse(['politie', 'kmar'])).toEqual(['ambulance', 'brandweer', 'defensie']);
  });

  it('refuses a second proposal with requirement changes before the boards', () => {
    expect(keyOf(() => assertNoOtherCarrying(true, { number: 1 }))).toBe(
      'policy.proposal.otherCarryingSubmitted',
    );
    expect(keyOf(() => assertNoOtherCarrying(false, { number: 1 }))).toBeNull();
    expect(keyOf(() => assertNoOtherCarrying(true, null))).toBeNull();
  });

  it('takes up or declines an open request only', () => {
    expect(keyOf(() => assertRequestOpen('OPEN'))).toBeNull();
    expect(keyOf(() => assertRequestOpen('DECLINED'))).toBe('policy.request.notOpen');
    expect(checkTriggerRequest('TAKEN_UP').map((p) => p.key)).toEqual([
      'policy.proposal.triggerRequestNotOpen',
    ]);
  });
});

describe('[SK-4.4] triggers and texts', () => {
  it('a linked trigger (also a risk analysis) names its record by uuid; an evaluation has a reference', () => {
    expect(checkTrigger({ kind: 'JAARAANSCHRIJVING', recordId: UUID })).toEqual([]);
    expect(checkTrigger({ kind: 'ICV_OUTCOME' }).map((p) => p.key)).toEqual([
      'policy.proposal.triggerRecordRequired',
    ]);
    expect(checkTrigger({ kind: 'BMB_INSTRUCTION', recordId: 'x' }).map((p) => p.key)).toEqual([
      'policy.proposal.triggerRecordFormat',
    ]);
    expect(checkTrigger({ kind: 'RISK_ANALYSIS' }).map((p) => p.key)).toEqual([
      'policy.proposal.triggerRecordRequired',
    ]);
    expect(checkTrigger({ kind: 'RISK_ANALYSIS', recordId: UUID })).toEqual([]);
    expect(checkTrigger({ kind: 'EVALUATION', reference: 'ab' }).map((p) => p.key)).toEqual([
      'policy.proposal.triggerReferenceLength',
    ]);
    expect(checkTrigger({ kind: 'EVALUATION', reference: 'Evaluatie meldkamers' })).toEqual([]);
  });

  it('titles are one line of 5..200, texts 10..4000, respondBy a real date not before today', () => {
    expect(checkTitle('t', 'Nieuw BBN-profiel')).toEqual([]);
    expect(checkTitle('t', 'kort').map((p) => p.key)).toEqual(['policy.proposal.titleLength']);
    expect(checkTitle('t', 'twee\nregels').map((p) => p.key)).toEqual(['policy.proposal.titleOneLine']);
    expect(checkText('r', 'te kort').map((p) => p.key)).toEqual(['policy.proposal.textLength']);
    expect(checkText('r', 'x'.repeat(4001)).map((p) => p.key)).toEqual(['policy.proposal.textLength']);
    expect(checkRespondBy('d', day(0), now)).toEqual([]);
    expect(checkRespondBy('d', day(-1), now).map((p) => p.key)).toEqual(['policy.proposal.respondByPast']);
    expect(checkRespondBy('d', 'morgen', now).map((p) => p.key)).toEqual([
      'policy.proposal.respondByInvalid',
    ]);
  });

  it('a change edits text or carries a requirement change', () => {
    expect(checkNotEmpty({}).map((p) => p.key)).toEqual(['policy.proposal.changeEmpty']);
    expect(checkNotEmpty({ removeNorms: ['N-01'] })).toEqual([]);
    expect(checkNotEmpty({ frameworkImports: [{}] })).toEqual([]);
    expect(carriesRequirementChanges({ supplementaryMeasures: [] })).toBe(false);
    expect(carriesRequirementChanges({ bbnProfile: { levels: [] } })).toBe(true);
    expect(textPart({ recalibrationMonths: 12, bbnProfile: {} } as never)).toEqual({
      recalibrationMonths: 12,
    });
  });
});

describe('[SK-3.1] review fixes of the procedure', () => {
  it('submits only a proposal based on the version in force', () => {
    expect(keyOf(() => assertBaseInForce({ number: 4, baseVersion: 2 }, 2))).toBeNull();
    expect(keyOf(() => assertBaseInForce({ number: 4, baseVersion: 1 }, 2))).toBe(
      'policy.proposal.baseOutdated',
    );
  });

  it('explains a failed adoption in Dutch', () => {
    expect(baseOutdatedFailure(1, 2)).toMatch(/beleidsversie 1.*versie 2/);
    expect(applyFailure([{ field: 'input.code', message: 'taken' }], 'x')).toMatch(
      /niet worden doorgevoerd.*input\.code: taken/,
    );
    expect(applyFailure([], 'refused')).toMatch(/refused$/);
  });

  it('a revision keeps a carried part left out and replaces one given, also null or []', () => {
    const stored = {
      setRules: [{ key: 'A' }],
      bbnProfile: { rationale: 'r' },
      frameworkImports: [{ code: 'X' }],
      supplementaryMeasures: [{ facilityCode: 'F' }],
    };
    const kept = mergeRevision<Record<string, unknown>>(stored, { removeRules: ['B'] });
    expect(kept).toEqual({
      removeRules: ['B'],
      bbnProfile: stored.bbnProfile,
      frameworkImports: stored.frameworkImports,
      supplementaryMeasures: stored.supplementaryMeasures,
    });
    const replaced = mergeRevision<Record<string, unknown>>(stored, {
      bbnProfile: null,
      frameworkImports: [],
    });
    expect(replaced).toEqual({
      bbnProfile: null,
      frameworkImports: [],
      supplementaryMeasures: stored.supplementaryMeasures,
    });
  });

  it('an evaluation names its record or carries a reference (issue 18)', () => {
    expect(checkTrigger({ kind: 'EVALUATION', recordId: UUID })).toEqual([]);
    expect(checkTrigger({ kind: 'EVALUATION', reference: 'Evaluatie 2', recordId: UUID })).toEqual([]);
    expect(checkTrigger({ kind: 'EVALUATION', recordId: 'nope' }).map((p) => p.key)).toEqual([
      'policy.proposal.triggerRecordFormat',
    ]);
    expect(checkTrigger({ kind: 'EVALUATION' }).map((p) => p.key)).toEqual([
      'policy.proposal.triggerReferenceRequired',
    ]);
    expect(checkTrigger({ kind: 'ICV_OUTCOME', recordId: 'nope' }).map((p) => p.key)).toEqual([
      'policy.proposal.triggerRecordFormat',
    ]);
  });

  it('labels decisions in words and parties by name', () => {
    expect(decisionLabel('AANVAARD')).toBe('aanvaard');
    expect(decisionLabel('AANVAARD_MET_AANWIJZING')).toBe('aanvaard met aanwijzing');
    expect(decisionLabel('NIET_AANVAARD')).toBe('niet aanvaard');
    expect(partyName('kmar')).toBe('Koninklijke Marechaussee');
    expect(partyName(null)).toBe('-');
    expect(Object.keys(POLICY_PARTY_NAMES).sort()).toEqual([
      'ambulance',
      'brandweer',
      'defensie',
      'kmar',
      'lms',
      'politie',
    ]);
  });

  it('a jaaraanschrijving is not dated after today', () => {
    const input = { reference: 'JA-2', text: 'De jaaraanschrijving van dit jaar.' };
    expect(checkJaaraanschrijving({ ...input, date: day(0) }, now)).toEqual([]);
    expect(checkJaaraanschrijving({ ...input, date: day(1) }, now).map((p) => p.key)).toEqual([
      'policy.jaaraanschrijving.dateFuture',
    ]);
    // A date of an implausible year (the year 1) is refused like every stored date.
    expect(checkJaaraanschrijving({ ...input, date: '0001-01-01' }, now).map((p) => p.key)).toEqual([
      'field.dateYears',
    ]);
  });

  it('shows the carried requirement changes as REQUIREMENTS lines', () => {
    const ref = (identifier: string) => ({ frameworkCode: 'BIO2', identifier });
    const lines = carriedChangeLines(
      {
        bbnProfile: { levels: [{ bbn: 1, measures: [ref('5.1'), ref('5.3')] }] },
        frameworkImports: [{ code: 'NEN', mode: 'MERGE' }],
        supplementaryMeasures: [{ facilityCode: 'MK-NN', measures: [ref('8.1')] }],
      },
      { version: 3, levels: [{ bbn: 1, measures: [ref('5.1'), ref('5.2')] }] },
      [{ added: 2, updated: 1, removed: 0 }],
    );
    expect(lines).toEqual([
      {
        part: 'REQUIREMENTS',
        key: 'bbnProfileVersion',
        change: 'CHANGED',
        before: '3',
        after: '4 (voorgesteld); BBN1: +BIO2:5.3, -BIO2:5.2',
      },
      {
        part: 'REQUIREMENTS',
        key: 'NEN',
        change: 'CHANGED',
        before: null,
        after: 'MERGE: 2 toegevoegd, 1 gewijzigd, 0 verwijderd',
      },
      {
        part: 'REQUIREMENTS',
        key: 'supplementary/MK-NN',
        change: 'CHANGED',
        before: null,
        after: 'BIO2:8.1',
      },
    ]);
  });
});

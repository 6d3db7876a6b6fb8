import {
  emptyLineForm,
  exceptionOptions,
  filterLines,
  formProblems,
  formToInput,
  LineLike,
  lineToForm,
  NO_FILTER,
  progressActions,
  subjectOf,
  toggle,
  treatmentOptions,
} from './plan-lines';

const line = (patch: Partial<LineLike>): LineLike => ({
  id: 'l1',
  kind: 'MAATREGEL',
  measure: { frameworkCode: 'BIO2', identifier: '5.01.01' },
  policyRule: null,
  description: 'Beleid vaststellen',
  owner: 'CISO',
  dueDate: '2000-01-01',
  status: 'GEPLAND',
  overdue: false,
  findings: [],
  exceptions: [],
  riskTreatments: [],
  ...patch,
});

describe('plan lines', () => {
  const lines = [
    line({ id: 'a', status: 'GEREED' }),
    line({ id: 'b', overdue: true }),
    line({ id: 'c', owner: '  ' }),
    line({ id: 'd', owner: null, overdue: true, status: 'GEBLOKKEERD' }),
  ];

  it('filters by status, overdue and without owner, together', () => {
    expect(filterLines(lines, NO_FILTER).map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterLines(lines, { ...NO_FILTER, status: 'GEREED' }).map((l) => l.id)).toEqual(['a']);
    expect(filterLines(lines, { ...NO_FILTER, overdueOnly: true }).map((l) => l.id)).toEqual(['b', 'd']);
    expect(filterLines(lines, { ...NO_FILTER, withoutOwnerOnly: true }).map((l) => l.id)).toEqual(['c', 'd']);
    expect(
      filterLines(lines, { status: 'GEBLOKKEERD', overdueOnly: true, withoutOwnerOnly: true }).map(
        (l) => l.id,
      ),
    ).toEqual(['d']);
  });

  it('names what a line implements', () => {
    expect(subjectOf(line({}))).toBe('BIO2 5.01.01');
    expect(subjectOf(line({ kind: 'BELEIDSREGEL', measure: null, policyRule: 'TB-03' }))).toBe('TB-03');
  });

  it('checks the form before sending', () => {
    expect(formProblems(emptyLineForm())).toEqual({
      measure: 'measure',
      description: 'description',
      dueDate: 'dueDate',
    });
    expect(formProblems({ ...emptyLineForm(), kind: 'BELEIDSREGEL' })).toMatchObject({
      policyRule: 'policyRule',
    });
    expect(formProblems(lineToForm(line({})))).toEqual({});
  });

  it('sends only the kind’s subject, trimmed, and no empty owner', () => {
    const form = {
      ...lineToForm(line({ kind: 'BELEIDSREGEL', measure: null, policyRule: ' TB-03 ' })),
      owner: ' ',
    };
    const input = formToInput(form);
    expect(input).toMatchObject({ id: 'l1', kind: 'BELEIDSREGEL', policyRule: 'TB-03' });
    expect(input).not.toHaveProperty('measure');
    expect(input).not.toHaveProperty('owner');
    const added = formToInput({
      ...emptyLineForm(),
      identifier: ' 5.01.01 ',
      description: 'x',
      dueDate: '2000-01-01',
    });
    expect(added).not.toHaveProperty('id');
    expect(added.measure).toEqual({ frameworkCode: 'BIO2', identifier: '5.01.01' });
  });

  it('round-trips a line with its links', () => {
    const linked = line({
      findings: [{ id: 'f1' }],
      exceptions: [{ year: 2000, frameworkCode: 'BIO2', identifier: '5.01.01' }],
      riskTreatments: [{ treatmentId: 't1' }],
    });
    expect(formToInput(lineToForm(linked))).toMatchObject({
      findingIds: ['f1'],
      exceptions: [{ year: 2000, frameworkCode: 'BIO2', identifier: '5.01.01' }],
      riskTreatmentIds: ['t1'],
    });
  });

  it('toggles a link', () => {
    expect(toggle(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('offers one exception per measure and the treatments of final analyses only', () => {
    const m = (identifier: string) => ({ frameworkCode: 'BIO2', identifier });
    expect(
      exceptionOptions(2000, [{ measures: [m('1'), m('2')], explanation: 'e', plannedDate: 'p' }]).map(
        (o) => o.identifier,
      ),
    ).toEqual(['1', '2']);
    const treatment = { id: 't', kind: 'ACCEPTEREN', description: 'd', dueDate: 'x' };
    expect(
      treatmentOptions([
        { number: 'RA-1', state: 'DEFINITIEF', risks: [{ title: 'r', treatment }] },
        { number: 'RA-2', state: 'CONCEPT', risks: [{ title: 'q', treatment: { ...treatment, id: 'u' } }] },
      ]).map((o) => o.treatmentId),
    ).toEqual(['t']);
  });
});

describe('progress report actions', () => {
  const officer = { username: 'so', party: 'politie', roles: ['security-officer'] };
  const official = { username: 'ao', party: 'politie', roles: ['accountable-official'] };
  const lms = { username: 'op', party: 'lms', roles: ['lms-operator'] };
  const viewer = { username: 'v', party: 'politie', roles: ['viewer'] };

  it('lets the security officer (the LMS operator) prepare until submitted', () => {
    expect(progressActions(null, officer)).toEqual({ prepare: true, sign: false, submit: false });
    expect(progressActions(null, lms).prepare).toBe(true);
    expect(progressActions({ state: 'ONDERTEKEND', preparedBy: 'so' }, officer)).toEqual({
      prepare: true,
      sign: false,
      submit: true,
    });
    expect(progressActions({ state: 'INGEDIEND', preparedBy: 'so' }, officer)).toEqual({
      prepare: false,
      sign: false,
      submit: false,
    });
  });

  it('lets the accountable official sign a concept of someone else, and submit it', () => {
    expect(progressActions({ state: 'CONCEPT', preparedBy: 'so' }, official).sign).toBe(true);
    expect(progressActions({ state: 'CONCEPT', preparedBy: 'ao' }, official).sign).toBe(false);
    expect(progressActions({ state: 'ONDERTEKEND', preparedBy: 'so' }, official).submit).toBe(true);
    expect(progressActions(null, official)).toEqual({ prepare: false, sign: false, submit: false });
  });

  it('gives a viewer nothing to do', () => {
    expect(progressActions({ state: 'CONCEPT', preparedBy: 'so' }, viewer)).toEqual({
      prepare: false,
      sign: false,
      submit: false,
    });
  });
});

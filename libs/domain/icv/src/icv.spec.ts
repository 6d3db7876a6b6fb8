import { DomainError } from '@mkib/domain-shared';
import { assessmentProgress, checkAssessmentEntry, MeasureStatus, proposeStatement } from './assessment';
import { checkEvidence, MAX_EVIDENCE_BYTES } from './evidence';
import {
  checkNamedMissing,
  AssessedMeasure,
  assertEditable,
  checkComplyOrExplain,
  checkStatement,
  correct,
  IcvDraft,
  isGap,
  prepare,
  scopeFor,
  sign,
  submit,
} from './icv';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return { code: (e as DomainError).code, message: (e as DomainError).message };
  }
  return null;
};
const draft = (over: Partial<IcvDraft> = {}): IcvDraft => ({
  state: 'CONCEPT',
  version: 1,
  statement: 'IN_CONTROL',
  exceptions: [],
  preparedBy: null,
  signedBy: null,
  ...over,
});
const noCoUsers = { expected: [], received: [], namedMissing: [] };

describe('[SK-5.3] [SK-4.5] the self-assessment', () => {
  it('requires a justification for a measure that does not apply', () => {
    expect(checkAssessmentEntry({ status: 'NIET_VAN_TOEPASSING', justification: 'nvt' })).toEqual([
      {
        field: 'input.justification',
        message: 'explain in at least 10 characters why the measure does not apply',
      },
    ]);
    expect(
      checkAssessmentEntry({
        status: 'NIET_VAN_TOEPASSING',
        justification: 'Wij hebben geen eigen datacenter.',
      }),
    ).toEqual([]);
    expect(checkAssessmentEntry({ status: 'BIJNA' })[0].field).toBe('input.status');
  });

  it('measures progress over the measures that apply, leaving not-applicable ones out of the implemented share', () => {
    const entries = new Map<string, MeasureStatus>([
      ['a', 'GEIMPLEMENTEERD'],
      ['b', 'GEIMPLEMENTEERD'],
      ['c', 'NIET_VAN_TOEPASSING'],
      ['d', 'DEELS'],
      ['old', 'NIET'], // no longer applicable: does not count
    ]);
    expect(assessmentProgress(['a', 'b', 'c', 'd', 'e'], entries)).toEqual({
      applicable: 5,
      assessed: 4,
      implemented: 2,
      partly: 1,
      notImplemented: 0,
      notApplicable: 1,
      percentAssessed: 80,
      percentImplemented: 50,
    });
  });

  it('proposes a statement, counting a measure nobody assessed as not implemented', () => {
    const p = (statuses: MeasureStatus[]) =>
      proposeStatement(
        assessmentProgress(
          statuses.map((_, i) => `m${i}`),
          new Map(statuses.map((s, i) => [`m${i}`, s])),
        ),
      );
    // Unassessed counts as not implemented: nothing assessed is never "in control".
    expect(proposeStatement(assessmentProgress(['a', 'b'], new Map()))).toBe('NIET_IN_CONTROL');
    expect(proposeStatement(assessmentProgress(['a', 'b'], new Map([['a', 'GEIMPLEMENTEERD']])))).toBe(
      'NIET_IN_CONTROL',
    );
    expect(
      proposeStatement(
        assessmentProgress(
          ['a', 'b', 'c', 'd', 'e'],
          new Map(['a', 'b', 'c', 'd'].map((k) => [k, 'GEIMPLEMENTEERD' as const])),
        ),
      ),
    ).toBe('IN_CONTROL_MET_UITZONDERINGEN');
    expect(p(['GEIMPLEMENTEERD', 'NIET_VAN_TOEPASSING'])).toBe('IN_CONTROL');
    expect(p(['GEIMPLEMENTEERD', 'GEIMPLEMENTEERD', 'GEIMPLEMENTEERD', 'GEIMPLEMENTEERD', 'DEELS'])).toBe(
      'IN_CONTROL_MET_UITZONDERINGEN',
    );
    expect(p(['GEIMPLEMENTEERD', 'NIET', 'DEELS'])).toBe('NIET_IN_CONTROL');
  });
});

describe('[SK-3.5] [SK-4.6] [SK-5.5] the ICV state machine', () => {
  it('fixes the scope by kind: the LMS its management organisation only, a hoofdgebruiker with its co-users', () => {
    expect(scopeFor('BEHEERDER')).toBe('BEHEERORGANISATIE');
    expect(scopeFor('HOOFDGEBRUIKER')).toBe('ORGANISATIE_EN_MEDEGEBRUIKERS');
  });

  it('goes draft, prepared, signed by another person, submitted', () => {
    const prepared = { ...draft(), ...prepare(draft(), 'so@politie') };
    expect(prepared.state).toBe('VOORBEREID');
    const signed = { ...prepared, ...sign(prepared, 'ao@politie') };
    expect(signed).toEqual(
      expect.objectContaining({ state: 'ONDERTEKEND', preparedBy: 'so@politie', signedBy: 'ao@politie' }),
    );
    expect(submit(signed, noCoUsers)).toEqual({ state: 'INGEDIEND' });
  });

  it('refuses every step out of order with CONFLICT and names the missing step', () => {
    expect(codeOf(() => sign(draft(), 'ao@politie'))).toEqual({
      code: 'CONFLICT',
      message: 'The ICV is not prepared for signature yet: a security officer prepares it first.',
    });
    expect(codeOf(() => submit(draft({ state: 'VOORBEREID' }), noCoUsers))).toEqual({
      code: 'CONFLICT',
      message: 'The ICV is not signed yet: the accountable official signs it before it is submitted.',
    });
    expect(codeOf(() => prepare(draft({ statement: null }), 'so@politie'))?.message).toMatch(
      /Choose the statement/,
    );
    expect(codeOf(() => assertEditable(draft({ state: 'INGEDIEND' })))).toEqual({
      code: 'CONFLICT',
      message:
        'ICV version 1 is submitted and cannot change; start a correction (a new version with a reason).',
    });
  });

  it('never lets the preparer sign (four eyes)', () => {
    expect(codeOf(() => sign(draft({ state: 'VOORBEREID', preparedBy: 'x@politie' }), 'x@politie'))).toEqual({
      code: 'CONFLICT',
      message: 'x@politie prepared this ICV and cannot also sign it: another accountable official signs.',
    });
  });

  it('[SK-5.4] holds a hoofdgebruiker ICV while a co-user report is missing, unless it is named with a reason', () => {
    const signed = draft({ state: 'ONDERTEKEND', preparedBy: 'a', signedBy: 'b' });
    const expected = ['handhaving-amsterdam', 'rode-kruis'];
    expect(codeOf(() => submit(signed, { expected, received: ['rode-kruis'], namedMissing: [] }))).toEqual({
      code: 'CONFLICT',
      message:
        'The report of handhaving-amsterdam is missing: wait for it, or name it as missing with a reason before submitting.',
    });
    expect(
      submit(signed, {
        expected,
        received: ['rode-kruis'],
        namedMissing: [{ party: 'handhaving-amsterdam', reason: 'Geen activiteiten dit jaar' }],
      }),
    ).toEqual({ state: 'INGEDIEND' });
  });

  it('corrects a submitted ICV only as a new version with a reason', () => {
    expect(correct(draft({ state: 'INGEDIEND' }), 'Uitzondering 2 was onjuist beschreven')).toEqual({
      previous: 'VERVANGEN',
      next: { state: 'CONCEPT', version: 2 },
    });
    expect(codeOf(() => correct(draft({ state: 'INGEDIEND' }), 'fout'))?.code).toBe('BAD_USER_INPUT');
    expect(codeOf(() => correct(draft(), 'Een reden van voldoende lengte'))?.code).toBe('CONFLICT');
  });

  it('asks exceptions that name applicable measures, with an explanation and a planned date', () => {
    const applicable = new Set(['BIO2:8.24.01', 'BIO2:5.15.01']);
    const exception = {
      measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }],
      explanation: 'Sleutelbeheer gaat nog handmatig; een HSM is besteld.',
      plannedDate: '2000-06-30',
    };
    expect(checkStatement('IN_CONTROL_MET_UITZONDERINGEN', [], applicable)).toEqual([
      {
        field: 'input.exceptions',
        message: 'name at least one exception with its measures, an explanation and a planned date',
      },
    ]);
    expect(checkStatement('IN_CONTROL_MET_UITZONDERINGEN', [exception], applicable)).toEqual([]);
    expect(checkStatement('IN_CONTROL', [exception], applicable)[0].message).toMatch(/has no exceptions/);
    const wrong = checkStatement(
      'NIET_IN_CONTROL',
      [
        { measures: [], explanation: ' ', plannedDate: 'morgen' },
        { ...exception, measures: [{ frameworkCode: 'BIO2', identifier: '9.99' }] },
      ],
      applicable,
    );
    expect(wrong.map((p) => [p.field, p.key])).toEqual([
      ['input.exceptions[0].measures', 'icv.exceptionMeasures'],
      ['input.exceptions[0].explanation', 'field.required'],
      ['input.exceptions[0].plannedDate', 'field.date'],
      ['input.exceptions[1].measures[0]', 'icv.exceptionMeasureNotApplicable'],
    ]);
  });
});

describe('[SK-5.5] [SK-3.5] comply or explain', () => {
  const now = new Date();
  const dayFromNow = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const measures: AssessedMeasure[] = [
    { frameworkCode: 'BIO2', identifier: '5.15.01', status: 'GEIMPLEMENTEERD' },
    { frameworkCode: 'BIO2', identifier: '8.24.01', status: 'NIET' },
    { frameworkCode: 'BIO2', identifier: '8.13.01', status: 'DEELS' },
    { frameworkCode: 'BIO2', identifier: '5.1.01', status: 'NIET_VAN_TOEPASSING' },
    { frameworkCode: 'BIO2', identifier: '6.3.01', status: null },
  ];
  const ref = (identifier: string) => ({ frameworkCode: 'BIO2', identifier });
  const check = (over: Partial<Parameters<typeof checkComplyOrExplain>[0]>) =>
    checkComplyOrExplain({
      statement: 'IN_CONTROL_MET_UITZONDERINGEN',
      exceptions: [],
      measures,
      coUsers: noCoUsers,
      now,
      ...over,
    });

  it('lists every measure that is NIET, DEELS or unassessed and not explained, one problem each', () => {
    const problems = check({ statement: 'IN_CONTROL' });
    expect(problems.map((p) => [p.field, p.key, p.params])).toEqual([
      ['exceptions', 'icv.measureUnexplained', { frameworkCode: 'BIO2', identifier: '8.24.01' }],
      ['exceptions', 'icv.measureUnexplained', { frameworkCode: 'BIO2', identifier: '8.13.01' }],
      ['exceptions', 'icv.measureUnexplained', { frameworkCode: 'BIO2', identifier: '6.3.01' }],
    ]);
    expect(problems[0].message).toMatch(/^BIO2 8.24.01 is not \(fully\) implemented or not assessed/);
  });

  it('accepts "in control with exceptions" when every gap is an exception with explanation and planned date', () => {
    const exceptions = [
      { measures: [ref('8.24.01'), ref('8.13.01')], explanation: 'HSM besteld', plannedDate: dayFromNow(90) },
      { measures: [ref('6.3.01')], explanation: 'Beoordeling volgt', plannedDate: dayFromNow(0) },
    ];
    expect(check({ exceptions })).toEqual([]);
    // Only one of the three explained: the other two are listed.
    expect(check({ exceptions: exceptions.slice(1) }).map((p) => p.params?.identifier)).toEqual([
      '8.24.01',
      '8.13.01',
    ]);
  });

  it('counts an exception whose planned date has passed as no explanation', () => {
    const problems = check({
      exceptions: [
        {
          measures: [ref('8.24.01'), ref('8.13.01'), ref('6.3.01')],
          explanation: 'HSM besteld',
          plannedDate: dayFromNow(-1),
        },
      ],
    });
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ['exceptions[0].plannedDate', 'icv.exceptionPlannedPast'],
      ['exceptions', 'icv.measureUnexplained'],
      ['exceptions', 'icv.measureUnexplained'],
      ['exceptions', 'icv.measureUnexplained'],
    ]);
  });

  it('lets "not in control" stand without explaining every gap, and refuses exceptions on measures that no longer apply', () => {
    expect(check({ statement: 'NIET_IN_CONTROL' })).toEqual([]);
    const gone = check({
      statement: 'NIET_IN_CONTROL',
      exceptions: [{ measures: [ref('1.1.01')], explanation: 'Vervallen', plannedDate: dayFromNow(5) }],
    });
    expect(gone.map((p) => [p.field, p.key])).toEqual([
      ['exceptions[0].measures[0]', 'icv.exceptionMeasureNotApplicable'],
    ]);
  });

  it('names a missing medegebruiker report that has no explanation', () => {
    const all = measures.filter((m) => !isGap(m.status));
    const coUsers = {
      expected: ['handhaving-amsterdam', 'rode-kruis'],
      received: ['rode-kruis'],
      namedMissing: [],
    };
    expect(
      check({ statement: 'IN_CONTROL', measures: all, coUsers }).map((p) => [p.field, p.key, p.params]),
    ).toEqual([
      ['missingReportExplanations', 'icv.medegebruikerReportUnexplained', { party: 'handhaving-amsterdam' }],
    ]);
    expect(
      check({
        statement: 'IN_CONTROL',
        measures: all,
        coUsers: {
          ...coUsers,
          namedMissing: [{ party: 'handhaving-amsterdam', reason: 'Geen activiteiten dit jaar' }],
        },
      }),
    ).toEqual([]);
  });
});

describe('[SK-5.3] evidence files', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n...');
  it('accepts a PDF whose bytes are a PDF', () => {
    expect(checkEvidence({ filename: 'logbeleid.pdf', contentType: 'application/pdf', bytes: pdf })).toEqual(
      [],
    );
  });
  it('refuses a file whose content does not match its type, an unknown type, and an oversized file', () => {
    expect(
      checkEvidence({
        filename: 'x.pdf',
        contentType: 'application/pdf',
        bytes: new TextEncoder().encode('MZ...'),
      }),
    ).toEqual([{ field: 'input.contentBase64', message: 'the content is not a application/pdf file' }]);
    expect(
      checkEvidence({ filename: 'x.exe', contentType: 'application/x-msdownload', bytes: pdf })[0].field,
    ).toBe('input.contentType');
    expect(
      checkEvidence({
        filename: 'big.txt',
        contentType: 'text/plain',
        bytes: new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(65),
      }),
    ).toEqual([
      {
        field: 'input.contentBase64',
        message: `the file is ${MAX_EVIDENCE_BYTES + 1} bytes; at most ${MAX_EVIDENCE_BYTES} bytes (1.5 MB)`,
      },
    ]);
    expect(
      checkEvidence({ filename: '../etc/passwd.txt', contentType: 'text/plain', bytes: pdf })[0].field,
    ).toBe('input.filename');
  });
});

describe('naming a co-user whose report is missing', () => {
  const coUsers = ['handhaving-amsterdam', 'rode-kruis'];
  const keys = (named: { party: string; reason: string }[]) =>
    checkNamedMissing(named, coUsers).map((p) => [p.field, p.key]);

  it('accepts a co-user of the party with a reason', () => {
    expect(keys([{ party: 'rode-kruis', reason: 'Geen activiteiten dit jaar' }])).toEqual([]);
  });

  it('refuses a party that does not report to this one, a party named twice, and a short reason', () => {
    expect(
      keys([
        { party: "x' OR 1=1 --", reason: 'Geen activiteiten dit jaar' },
        { party: 'rode-kruis', reason: 'Geen activiteiten dit jaar' },
        { party: 'rode-kruis', reason: 'kort' },
      ]),
    ).toEqual([
      ['input.namedMissing[0].party', 'icv.namedMissingNotACoUser'],
      ['input.namedMissing[2].party', 'icv.namedMissingTwice'],
      ['input.namedMissing[2].reason', 'icv.namedMissingReason'],
    ]);
  });
});

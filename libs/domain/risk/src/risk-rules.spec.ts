import { DomainError, toIsoDate } from '@mkib/domain-shared';
import {
  acceptanceAfterEdit,
  acceptanceOnRevision,
  addMonths,
  analysisMethod,
  analysisNumber,
  assertStep,
  checkAcceptancesSettled,
  checkFinalise,
  DEFAULT_RISK_SCALE,
  decideAcceptance,
  levelOf,
  riskMessages,
  supplementaryAnalysisDraft,
  RiskLevel,
  UpdateAnalysisCommand,
  validateAnswer,
  validateContent,
  validateDraft,
  validateOpenConsultation,
  validateResponse,
  validateRiskScale,
  THREAT_CATALOGUE,
} from './index';

const now = new Date();
const today = toIsoDate(now);
const dayOffset = (days: number) => toIsoDate(new Date(now.getTime() + days * 86_400_000));

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
}
const fieldsOf = (fn: () => unknown) => {
  const e = errorOf(fn);
  expect(e.code).toBe('BAD_USER_INPUT');
  return e.problems.map((p) => p.field);
};

describe('risk scale', () => {
  it('is 5 x 5 with Dutch labels and levels rising with the score', () => {
    expect(DEFAULT_RISK_SCALE.likelihood.map((s) => s.label)).toEqual([
      'Zeer klein',
      'Klein',
      'Gemiddeld',
      'Groot',
      'Zeer groot',
    ]);
    expect(DEFAULT_RISK_SCALE.impact[4].label).toBe('Catastrofaal');
    expect(levelOf(DEFAULT_RISK_SCALE, 1, 1)).toBe('LAAG');
    expect(levelOf(DEFAULT_RISK_SCALE, 3, 3)).toBe('MIDDEN');
    expect(levelOf(DEFAULT_RISK_SCALE, 4, 4)).toBe('HOOG');
    expect(levelOf(DEFAULT_RISK_SCALE, 5, 5)).toBe('ZEER_HOOG');
  });

  it('accepts the default as input and refuses a broken matrix', () => {
    expect(validateRiskScale(DEFAULT_RISK_SCALE)).toEqual(DEFAULT_RISK_SCALE);
    const falling = DEFAULT_RISK_SCALE.matrix.map((r) => [...r]);
    falling[4][4] = 'LAAG';
    expect(fieldsOf(() => validateRiskScale({ ...DEFAULT_RISK_SCALE, matrix: falling }))).toEqual(['matrix']);
    expect(fieldsOf(() => validateRiskScale({ ...DEFAULT_RISK_SCALE, matrix: [['LAAG']] }))).toEqual([
      'matrix',
    ]);
    expect(
      fieldsOf(() =>
        validateRiskScale({ ...DEFAULT_RISK_SCALE, levels: DEFAULT_RISK_SCALE.levels.slice(1) }),
      ),
    ).toEqual(['levels']);
  });
});

describe('drafting an analysis', () => {
  const facilities = [
    { code: 'GMS', usedBy: ['politie', 'ambulance'], bbn: 3 },
    { code: 'OIS', usedBy: ['politie'], bbn: 2 },
  ];
  const draft = { title: 'Analyse', description: '', facilityCodes: ['GMS'] };

  it('numbers per year and names the method', () => {
    expect(analysisNumber(2000 + 27, 4)).toBe(`RA-${2000 + 27}-004`);
    expect(analysisMethod([{ code: 'GMS', bbn: 3 }])).toBe('BIO2 + BBN3 (GMS)');
  });

  it('lets only the LMS analyse one shared facility', () => {
    expect(
      validateDraft({ ...draft, scope: 'GEDEELDE_VOORZIENING' }, { party: 'lms', facilities, today }).method,
    ).toBe('BIO2 + BBN3 (GMS)');
    expect(
      fieldsOf(() =>
        validateDraft({ ...draft, scope: 'GEDEELDE_VOORZIENING' }, { party: 'politie', facilities, today }),
      ),
    ).toEqual(['scope']);
    expect(
      fieldsOf(() =>
        validateDraft(
          { ...draft, scope: 'GEDEELDE_VOORZIENING', facilityCodes: ['GMS', 'OIS'] },
          { party: 'lms', facilities, today },
        ),
      ),
    ).toEqual(['facilityCodes']);
  });

  it('lets a party analyse only facilities it uses, with a due date not in the past', () => {
    const own = { ...draft, scope: 'EIGEN_GEBRUIK', facilityCodes: ['GMS', 'OIS'] };
    expect(validateDraft(own, { party: 'politie', facilities, today }).facilityCodes).toEqual(['GMS', 'OIS']);
    expect(fieldsOf(() => validateDraft(own, { party: 'ambulance', facilities, today }))).toEqual([
      'facilityCodes[1]',
    ]);
    expect(
      fieldsOf(() =>
        validateDraft({ ...own, dueDate: dayOffset(-1) }, { party: 'politie', facilities, today }),
      ),
    ).toEqual(['dueDate']);
    expect(
      fieldsOf(() =>
        validateDraft({ ...own, facilityCodes: ['X'] }, { party: 'politie', facilities, today }),
      ),
    ).toEqual(['facilityCodes[0]']);
  });

  it('gives the supplementary analysis a deadline months ahead', () => {
    const d = supplementaryAnalysisDraft({ code: 'GMS', name: 'GMS', bbn: 3 }, today);
    expect(d.dueDate).toBe(addMonths(today, 6));
    expect(d.method).toBe('BIO2 + BBN3 (GMS)');
    expect(addMonths(`${2000 + 31}-08-31`, 6)).toBe(`${2000 + 32}-02-29`);
  });
});

describe('content of an analysis', () => {
  const ctx = {
    facilityCodes: ['GMS'],
    scale: DEFAULT_RISK_SCALE,
    catalogue: [{ code: 'STATELIJKE_ACTOREN', name: 'Statelijke actoren', description: 'Spionage' }],
    today,
  };
  const treatment = {
    kind: 'MITIGEREN',
    description: 'Segmenteren',
    measures: [{ frameworkCode: 'BIO2', identifier: '8.22' }],
    owner: 'CISO',
    dueDate: dayOffset(30),
  };
  const valid: UpdateAnalysisCommand = {
    title: 'GMS',
    description: '',
    threats: [{ catalogueCode: 'STATELIJKE_ACTOREN' }, { name: 'Eigen', description: 'Eigen dreiging' }],
    risks: [
      {
        title: 'Inbraak',
        description: '',
        facilityCode: 'GMS',
        threatIndexes: [0, 1],
        inherent: { likelihood: 4, impact: 5 },
        residual: { likelihood: 2, impact: 3 },
        treatment,
      },
    ],
  };

  it('computes the levels and fills catalogue threats', () => {
    const c = validateContent(valid, ctx);
    expect(c.threats[0]).toEqual({
      id: null,
      catalogueCode: 'STATELIJKE_ACTOREN',
      name: 'Statelijke actoren',
      description: 'Spionage',
    });
    expect(c.risks[0].inherent.level).toBe('ZEER_HOOG');
    expect(c.risks[0].residual.level).toBe('MIDDEN');
  });

  it('names every problem of threats, scores, facility and treatment', () => {
    const bad: UpdateAnalysisCommand = {
      ...valid,
      threats: [{ catalogueCode: 'NOPE' }, { name: '', description: '' }],
      risks: [
        {
          ...valid.risks[0],
          facilityCode: 'OIS',
          threatIndexes: [-1, 5],
          inherent: { likelihood: 6, impact: 0 },
          treatment: { ...treatment, kind: 'ACCEPTEREN', owner: '', dueDate: dayOffset(-1) },
        },
      ],
    };
    expect(fieldsOf(() => validateContent(bad, ctx)).sort()).toEqual(
      [
        'threats[0].catalogueCode',
        'threats[1].name',
        'threats[1].description',
        'risks[0].facilityCode',
        'risks[0].threatIndexes[0]',
        'risks[0].threatIndexes[1]',
        'risks[0].inherent.likelihood',
        'risks[0].inherent.impact',
        'risks[0].treatment.owner',
        'risks[0].treatment.dueDate',
        'risks[0].treatment.measures',
      ].sort(),
    );
    expect(
      fieldsOf(() =>
        validateContent(
          {
            ...valid,
            risks: [{ ...valid.risks[0], threatIndexes: [], treatment: { ...treatment, measures: [] } }],
          },
          ctx,
        ),
      ),
    ).toEqual(['risks[0].threatIndexes', 'risks[0].treatment.measures']);
  });

  it('allows each step only in its state', () => {
    expect(() => assertStep('edit', 'CONCEPT', 'RA-1')).not.toThrow();
    expect(errorOf(() => assertStep('edit', 'CONSULTATIE', 'RA-1')).code).toBe('CONFLICT');
    expect(errorOf(() => assertStep('revise', 'CONCEPT', 'RA-1')).key).toBe('risk.analysis.wrongState');
  });
});

describe('consultation', () => {
  const base = {
    number: 'RA-1',
    scope: 'GEDEELDE_VOORZIENING' as const,
    state: 'CONSULTATIE' as const,
    dueDate: null,
    today,
  };
  const consultation = (
    respondBy: string,
    responses: {
      party: string;
      position: 'AKKOORD' | 'AKKOORD_MET_OPMERKINGEN' | 'NIET_AKKOORD';
      answer: string | null;
    }[],
  ) => ({
    respondBy,
    parties: ['ambulance', 'politie'],
    responses,
  });

  it('opens only on a shared facility in CONCEPT with risks and a deadline after today', () => {
    const open = {
      scope: 'GEDEELDE_VOORZIENING' as const,
      state: 'CONCEPT' as const,
      number: 'RA-1',
      riskCount: 1,
      respondBy: dayOffset(14),
      today,
    };
    expect(() => validateOpenConsultation(open)).not.toThrow();
    expect(errorOf(() => validateOpenConsultation({ ...open, respondBy: today })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(() => validateOpenConsultation({ ...open, riskCount: 0 })).key).toBe(
      'risk.consultation.noRisks',
    );
    expect(errorOf(() => validateOpenConsultation({ ...open, scope: 'EIGEN_GEBRUIK' })).key).toBe(
      'risk.consultation.onlyShared',
    );
  });

  it('[SK-4.2] refuses to finalise naming the parties that have not responded', () => {
    const e = errorOf(() =>
      checkFinalise({
        ...base,
        consultation: consultation(dayOffset(3), [{ party: 'politie', position: 'AKKOORD', answer: null }]),
      }),
    );
    expect(e.code).toBe('CONFLICT');
    expect(e.key).toBe('risk.analysis.responsesMissing');
    expect(e.message).toContain('ambulance');
    expect(e.message).not.toContain('politie');
    expect(e.message).toContain('Regionale Ambulancevoorzieningen');
  });

  it('accepts a past-deadline note only past the deadline with responses missing (SK-T3)', () => {
    const note = { pastDeadlineNote: 'Toelichting' };
    const answered = [
      { party: 'ambulance', position: 'AKKOORD' as const, answer: null },
      { party: 'politie', position: 'AKKOORD' as const, answer: null },
    ];
    for (const facts of [
      { ...base, consultation: consultation(dayOffset(3), answered) },
      { ...base, consultation: consultation(dayOffset(-1), answered) },
      { ...base, scope: 'EIGEN_GEBRUIK' as const, state: 'CONCEPT' as const, consultation: null },
    ]) {
      const e = errorOf(() => checkFinalise({ ...facts, ...note }));
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(() => checkFinalise({ ...facts, ...note }))).toEqual(['pastDeadlineNote']);
    }
    // Before the deadline with responses missing: wait (CONFLICT), note or not.
    const early = { ...base, consultation: consultation(dayOffset(3), []), ...note };
    expect(errorOf(() => checkFinalise(early)).key).toBe('risk.analysis.responsesMissing');
  });

  it('names the state and the step in words, not codes', () => {
    const e = errorOf(() => assertStep('revise', 'CONCEPT', 'RA-1'));
    expect(e.message).toContain('concept');
    expect(e.message).toContain('herzien');
    expect(e.message).not.toContain('revise');
  });

  it('[SK-4.2] past the deadline needs a note and counts as late', () => {
    const c = consultation(dayOffset(-1), []);
    expect(fieldsOf(() => checkFinalise({ ...base, consultation: c }))).toEqual(['pastDeadlineNote']);
    expect(checkFinalise({ ...base, consultation: c, pastDeadlineNote: ' Geen reactie ' })).toEqual({
      late: true,
      missing: ['ambulance', 'politie'],
      note: 'Geen reactie',
    });
  });

  it('refuses while a disagreement or remark is unanswered', () => {
    const responses: { party: string; position: 'AKKOORD' | 'NIET_AKKOORD'; answer: string | null }[] = [
      { party: 'politie', position: 'AKKOORD', answer: null },
      { party: 'ambulance', position: 'NIET_AKKOORD', answer: null },
    ];
    expect(
      errorOf(() => checkFinalise({ ...base, consultation: consultation(dayOffset(3), responses) })).key,
    ).toBe('risk.analysis.disagreementUnanswered');
    responses[1].answer = 'Aangepast';
    expect(checkFinalise({ ...base, consultation: consultation(dayOffset(3), responses) })).toEqual({
      late: false,
      missing: [],
      note: null,
    });
  });

  it('needs consultation for a shared facility, none for own use', () => {
    expect(errorOf(() => checkFinalise({ ...base, state: 'CONCEPT', consultation: null })).key).toBe(
      'risk.analysis.consultationRequired',
    );
    expect(
      checkFinalise({
        ...base,
        scope: 'EIGEN_GEBRUIK',
        state: 'CONCEPT',
        consultation: null,
        dueDate: dayOffset(-2),
      }).late,
    ).toBe(true);
  });

  it('wants reasoning for every position and answers only remarks', () => {
    expect(fieldsOf(() => validateResponse({ position: 'AKKOORD', reasoning: ' ' }))).toEqual(['reasoning']);
    expect(
      errorOf(() => validateAnswer({ answer: 'ok' }, { position: 'AKKOORD', party: 'politie' })).key,
    ).toBe('risk.consultation.nothingToAnswer');
  });
});

describe('acceptance', () => {
  const content = (over: { residual?: RiskLevel; title?: string; impact?: number } = {}) => ({
    title: over.title ?? 'Uitval',
    description: 'Storing',
    facilityCode: 'NETWERK',
    threats: ['DDoS'],
    inherent: { likelihood: 4, impact: over.impact ?? 4 },
    residual: { likelihood: 3, impact: 3, level: over.residual ?? 'HOOG' },
    treatment: {
      kind: 'ACCEPTEREN' as const,
      description: 'Aanvaarden',
      owner: 'CISO',
      dueDate: dayOffset(30),
    },
  });

  it('needs a decision only above the acceptance level, keeping an earlier one', () => {
    expect(acceptanceAfterEdit(content({ residual: 'MIDDEN' }), null, 'MIDDEN', 'a', now)).toBeNull();
    const proposed = acceptanceAfterEdit(content(), null, 'MIDDEN', 'a', now)!;
    expect(proposed).toMatchObject({ state: 'VOORGESTELD', proposedBy: 'a' });
    const kept = acceptanceAfterEdit(content(), { ...content(), acceptance: proposed }, 'MIDDEN', 'b', now);
    expect(kept).toBe(proposed);
  });

  it('four eyes: a decision does not survive a change of the risk, nor a revision', () => {
    const proposed = acceptanceAfterEdit(content(), null, 'MIDDEN', 'a', now)!;
    const approved = decideAcceptance(
      proposed,
      { approve: true, reasoning: 'Aanvaardbaar', reviewDate: dayOffset(90) },
      'b',
      today,
      now,
    );
    expect(acceptanceAfterEdit(content(), { ...content(), acceptance: approved }, 'MIDDEN', 'a', now)).toBe(
      approved,
    );
    for (const changed of [content({ title: 'Iets anders' }), content({ impact: 5 })])
      expect(
        acceptanceAfterEdit(changed, { ...content(), acceptance: approved }, 'MIDDEN', 'a', now),
      ).toMatchObject({ state: 'VOORGESTELD', proposedBy: 'a', decidedBy: null });
    expect(acceptanceOnRevision('ACCEPTEREN', 'HOOG', 'MIDDEN', 'c', now)).toMatchObject({
      state: 'VOORGESTELD',
      proposedBy: 'c',
    });
    expect(acceptanceOnRevision('ACCEPTEREN', 'MIDDEN', 'MIDDEN', 'c', now)).toBeNull();
  });

  it('four eyes: never the proposer, with reasoning and a review date after today', () => {
    const proposed = acceptanceAfterEdit(content(), null, 'LAAG', 'a', now)!;
    const input = { approve: true, reasoning: 'Aanvaardbaar', reviewDate: dayOffset(90) };
    expect(errorOf(() => decideAcceptance(proposed, input, 'a', today, now)).key).toBe(
      'risk.acceptance.ownProposal',
    );
    expect(
      fieldsOf(() =>
        decideAcceptance(proposed, { ...input, reasoning: '', reviewDate: today }, 'b', today, now),
      ),
    ).toEqual(['reasoning', 'reviewDate']);
    const decided = decideAcceptance(proposed, input, 'b', today, now);
    expect(decided).toMatchObject({ state: 'GOEDGEKEURD', decidedBy: 'b' });
    expect(errorOf(() => decideAcceptance(decided, input, 'c', today, now)).key).toBe(
      'risk.acceptance.notProposed',
    );
    expect(errorOf(() => checkAcceptancesSettled([{ title: 'R', acceptance: proposed }])).key).toBe(
      'risk.analysis.acceptancePending',
    );
    expect(() => checkAcceptancesSettled([{ title: 'R', acceptance: decided }])).not.toThrow();
  });

  it('has a message for every key it uses', () => {
    expect(Object.keys(riskMessages).length).toBeGreaterThan(40);
  });
});

describe('threat catalogue', () => {
  it('holds at least 15 threats with Dutch names, the state actors and the BBN3 threats', () => {
    expect(THREAT_CATALOGUE.length).toBeGreaterThanOrEqual(15);
    const codes = THREAT_CATALOGUE.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of [
      'STATELIJKE_ACTOREN',
      'SPIONAGE',
      'SABOTAGE',
      'INSIDER',
      'SUPPLY_CHAIN',
      'DDOS',
      'RANSOMWARE',
      'UITVAL_STROOM',
      'UITVAL_VERBINDING',
    ])
      expect(codes).toContain(code);
    for (const t of THREAT_CATALOGUE) expect(t.name && t.description && t.category && t.source).toBeTruthy();
  });
});

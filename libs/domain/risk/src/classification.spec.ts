import { addYears, DomainError, toIsoDate } from '@mkib/domain-shared';
import { classifyFacility, FacilityClassificationState } from './classification';
import { FACILITY_CODES } from '@mkib/domain-shared';
import { FACILITIES_IN_SCOPE, initialReviewDue } from './facilities';

// "Now" comes from the clock, never a literal: the rules take it as a parameter.
const now = new Date();
const today = toIsoDate(now);
const daysAfter = (iso: string, days: number) =>
  toIsoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));
const gms: FacilityClassificationState = {
  code: 'GMS',
  biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
  bbn: 2,
  reviewDue: initialReviewDue(today),
  supplementaryAnalysis: null,
};
const valid = {
  biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
  bbn: 3,
  rationale: 'Dreiging door statelijke actoren',
  reviewDue: addYears(today, 1),
};

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).problems.map((p) => p.field);
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

describe('facility classification rules', () => {
  it('[SK-4.3] raising a facility above BBN2 requires a supplementary risk analysis', () => {
    const outcome = classifyFacility(gms, valid, today, now);
    expect(outcome.raisedAboveBbn2).toBe(true);
    expect(outcome.next.bbn).toBe(3);
    expect(outcome.next.supplementaryAnalysis).toEqual(
      expect.objectContaining({ status: 'VEREIST', requiredSince: now.toISOString() }),
    );
  });

  it('[SK-4.3] re-classifying a facility that is already BBN3 does not trigger a new analysis', () => {
    const first = classifyFacility(gms, valid, today, now).next;
    const again = classifyFacility(
      first,
      { ...valid, rationale: 'herijking' },
      today,
      new Date(now.getTime() + 2 * 86_400_000),
    );
    expect(again.raisedAboveBbn2).toBe(false);
    expect(again.next.supplementaryAnalysis?.requiredSince).toBe(now.toISOString());
  });

  it('[SK-4.3] lowering to BBN2 marks the analysis as no longer required, keeping its history', () => {
    const raised = classifyFacility(gms, valid, today, now).next;
    const lowered = classifyFacility(raised, { ...valid, bbn: 2 }, today, now);
    expect(lowered.next.supplementaryAnalysis?.status).toBe('NIET_MEER_VEREIST');
  });

  it('staying at or below BBN2 opens nothing', () => {
    const outcome = classifyFacility(gms, { ...valid, bbn: 1 }, today, now);
    expect(outcome.raisedAboveBbn2).toBe(false);
    expect(outcome.next.supplementaryAnalysis).toBeNull();
  });

  it('requires a rationale', () => {
    expect(problemsOf(() => classifyFacility(gms, { ...valid, rationale: '   ' }, today, now))).toEqual([
      'rationale',
    ]);
  });

  it('rejects unknown BIV levels and BBN values, naming every field', () => {
    const fields = problemsOf(() =>
      classifyFacility(
        gms,
        {
          ...valid,
          biv: { beschikbaarheid: 'ZEER_HOOG', integriteit: 'HOOG', vertrouwelijkheid: '' },
          bbn: 4,
        },
        today,
        now,
      ),
    );
    expect(fields).toEqual(['biv.beschikbaarheid', 'biv.vertrouwelijkheid', 'bbn']);
  });

  it('[SK-2.2d] the review date lies after today and at most three years ahead', () => {
    expect(problemsOf(() => classifyFacility(gms, { ...valid, reviewDue: today }, today, now))).toEqual([
      'reviewDue',
    ]);
    expect(
      problemsOf(() =>
        classifyFacility(gms, { ...valid, reviewDue: daysAfter(addYears(today, 3), 1) }, today, now),
      ),
    ).toEqual(['reviewDue']);
    expect(
      problemsOf(() =>
        classifyFacility(gms, { ...valid, reviewDue: `${now.getUTCFullYear() + 1}-02-30` }, today, now),
      ),
    ).toEqual(['reviewDue']);
    expect(
      classifyFacility(gms, { ...valid, reviewDue: addYears(today, 3) }, today, now).next.reviewDue,
    ).toBe(addYears(today, 3));
  });
});

describe('the facilities in scope', () => {
  it('are seeded with a review date on the first 30 June at least a year after the seeding day', () => {
    const year = now.getUTCFullYear();
    expect(initialReviewDue(`${year}-06-30`)).toBe(`${year + 1}-06-30`);
    expect(initialReviewDue(`${year}-07-01`)).toBe(`${year + 2}-06-30`);
    expect(initialReviewDue(`${year}-01-15`)).toBe(`${year + 1}-06-30`);
    const due = initialReviewDue(today);
    expect(due > addYears(today, 1) || due === addYears(today, 1)).toBe(true);
    expect(due <= addYears(today, 2)).toBe(true);
  });

  it('[SK-T1] are the six facilities of the regulation, including components used outside the meldkamer', () => {
    // The shared vocabulary other contexts validate against names exactly the facilities of the register.
    expect(FACILITIES_IN_SCOPE.map((f) => f.code)).toEqual([...FACILITY_CODES]);
    expect(FACILITIES_IN_SCOPE.map((f) => f.code)).toEqual([
      'SPOEDVRAAG',
      'SPOEDRESPONS',
      'GMS',
      'OIS',
      'IVICT',
      'HUISVESTING',
    ]);
    const c2000 = FACILITIES_IN_SCOPE.find((f) => f.code === 'SPOEDRESPONS')!;
    expect(c2000.components.some((c) => c.kind === 'TERMINAL' && c.usedOutsideMeldkamer)).toBe(true);
  });

  it('[SK-T2] Defensie, not the KMar, is the hoofdgebruiker of C2000; elsewhere the KMar is', () => {
    const c2000 = FACILITIES_IN_SCOPE.find((f) => f.code === 'SPOEDRESPONS')!;
    expect(c2000.usedBy).toContain('defensie');
    expect(c2000.usedBy).not.toContain('kmar');
    for (const f of FACILITIES_IN_SCOPE.filter((x) => x.code !== 'SPOEDRESPONS')) {
      expect(f.usedBy).toContain('kmar');
      expect(f.usedBy).not.toContain('defensie');
    }
  });
});

import { addYears, DomainError, toIsoDate } from '@mkib/domain-shared';
import { classifyFacility, FacilityClassificationState } from './classification';

const now = new Date();
const today = toIsoDate(now);
const gms: FacilityClassificationState = {
  code: 'GMS',
  biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
  bbn: 2,
  reviewDue: addYears(today, 1),
  supplementaryAnalysis: null,
};

describe('a classification says its problems with message keys', () => {
  it('names the key and parameters of every problem', () => {
    let error: DomainError | undefined;
    try {
      classifyFacility(
        gms,
        {
          biv: { beschikbaarheid: 'ZEER_HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
          bbn: 4,
          rationale: ' ',
          reviewDue: addYears(today, 4),
        },
        today,
        now,
      );
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.problems.map((p) => [p.field, p.key, p.params])).toEqual([
      ['biv.beschikbaarheid', 'field.oneOf', { options: 'LAAG, MIDDEN, HOOG' }],
      ['bbn', 'risk.bbn.level', {}],
      ['rationale', 'risk.rationale.required', {}],
      ['reviewDue', 'risk.reviewDue.tooFar', { years: 3 }],
    ]);
  });
});

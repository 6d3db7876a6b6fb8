import { DomainError } from '@mkib/domain-shared';
import { completeTreatment } from './treatment-status';

const now = new Date();
const open = {
  kind: 'OVERDRAGEN' as const,
  status: 'OPEN' as const,
  analysisState: 'DEFINITIEF' as const,
  number: 'RA-1',
};
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return [(e as DomainError).code, (e as DomainError).key];
  }
  throw new Error('expected a refusal');
};

describe('completeTreatment ("gereed melden")', () => {
  it('completes an open treatment of a final analysis with the trimmed note', () => {
    expect(completeTreatment(open, '  Contract getekend ', 'so@politie', now)).toEqual({
      status: 'AFGEROND',
      completedBy: 'so@politie',
      completedAt: now,
      completionNote: 'Contract getekend',
    });
    expect(completeTreatment({ ...open, kind: 'ACCEPTEREN' }, 'n', 'x', now).status).toBe('AFGEROND');
  });

  it('refuses a missing note before any state conflict', () => {
    expect(refusal(() => completeTreatment({ ...open, kind: 'MITIGEREN' }, ' ', 'x', now))[0]).toBe(
      'BAD_USER_INPUT',
    );
  });

  it.each([
    [{ ...open, analysisState: 'CONCEPT' as const }, 'risk.treatment.analysisNotFinal'],
    [{ ...open, analysisState: 'VERVANGEN' as const }, 'risk.treatment.analysisNotFinal'],
    [{ ...open, kind: 'MITIGEREN' as const }, 'risk.treatment.mitigationIsFinding'],
    [{ ...open, status: 'AFGEROND' as const }, 'risk.treatment.alreadyCompleted'],
  ])('refuses %o with CONFLICT %s', (t, key) => {
    expect(refusal(() => completeTreatment(t, 'n', 'x', now))).toEqual(['CONFLICT', key]);
  });
});

import { DomainError } from '@mkib/domain-shared';
import {
  assertProgressPreparable,
  assertProgressSignable,
  assertProgressSubmittable,
  checkProgressReport,
  isProgressLate,
  progressPeriodsOf,
} from './progress';

/** A day relative to the clock (the domain may not import the testing lib; never a literal date). */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const refusal = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return [(e as DomainError).code, (e as DomainError).key];
  }
  return null;
};

describe('[SK-2.4] a progress report, four eyes', () => {
  const concept = { state: 'CONCEPT' as const, preparedBy: 'security-officer@politie' };

  it('is prepared while not submitted; a signed one may be prepared again', () => {
    expect(refusal(() => assertProgressPreparable(null))).toBeNull();
    expect(refusal(() => assertProgressPreparable({ ...concept, state: 'ONDERTEKEND' }))).toBeNull();
    expect(refusal(() => assertProgressPreparable({ ...concept, state: 'INGEDIEND' }))).toEqual([
      'CONFLICT',
      'icv.progress.submittedAlready',
    ]);
  });

  it('is signed by someone other than the preparer, once', () => {
    expect(refusal(() => assertProgressSignable(concept, 'accountable-official@politie'))).toBeNull();
    expect(refusal(() => assertProgressSignable(concept, 'security-officer@politie'))).toEqual([
      'CONFLICT',
      'icv.progress.ownReport',
    ]);
    expect(refusal(() => assertProgressSignable({ ...concept, state: 'ONDERTEKEND' }, 'x'))).toEqual([
      'CONFLICT',
      'icv.progress.signedAlready',
    ]);
  });

  it('is submitted only when signed, and only once', () => {
    expect(refusal(() => assertProgressSubmittable(concept))).toEqual(['CONFLICT', 'icv.progress.notSigned']);
    expect(refusal(() => assertProgressSubmittable({ ...concept, state: 'ONDERTEKEND' }))).toBeNull();
    expect(refusal(() => assertProgressSubmittable({ ...concept, state: 'INGEDIEND' }))).toEqual([
      'CONFLICT',
      'icv.progress.submittedAlready',
    ]);
  });

  it('needs a summary', () => {
    expect(checkProgressReport({ summary: '  ' }).map((p) => p.field)).toEqual(['input.summary']);
    expect(checkProgressReport({ summary: 'Op schema' })).toEqual([]);
  });

  it('is late when submitted after the report moment', () => {
    expect(isProgressLate(isoDay(), isoDay())).toBe(false);
    expect(isProgressLate(isoDay(1), isoDay())).toBe(true);
  });

  it('numbers the periods by the moments in date order', () => {
    expect(progressPeriodsOf([isoDay(200), isoDay(20)])).toEqual([
      { period: 1, due: isoDay(20) },
      { period: 2, due: isoDay(200) },
    ]);
  });
});

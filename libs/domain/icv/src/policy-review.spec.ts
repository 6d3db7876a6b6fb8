import { DomainError } from '@mkib/domain-shared';
import { assertPolicyReviewConfirmable, policyReviewYears, replacesPolicyReview } from './policy-review';

const keyOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return `${(e as DomainError).code} ${(e as DomainError).key}`;
  }
  return null;
};
const year = new Date().getUTCFullYear();

describe('[SK-3.1] policy changed: review', () => {
  it('marks the adoption year and the previous year while their ICVs are not submitted', () => {
    expect(policyReviewYears(year, () => false)).toEqual([year, year - 1]);
    expect(policyReviewYears(year, (y) => y === year - 1)).toEqual([year]);
    expect(policyReviewYears(year, () => true)).toEqual([]);
  });

  it('only the newest adopted version counts', () => {
    expect(replacesPolicyReview(null, { version: 2 })).toBe(true);
    expect(replacesPolicyReview({ policyVersion: 2 }, { version: 3 })).toBe(true);
    expect(replacesPolicyReview({ policyVersion: 3 }, { version: 3 })).toBe(false);
    expect(replacesPolicyReview({ policyVersion: 3 }, { version: 2 })).toBe(false);
  });

  it('is confirmed once, and only when there is a mark', () => {
    expect(keyOf(() => assertPolicyReviewConfirmable(null, year))).toBe(
      'CONFLICT icv.policyReview.nothingToConfirm',
    );
    expect(
      keyOf(() => assertPolicyReviewConfirmable({ policyVersion: 2, confirmedAt: new Date() }, year)),
    ).toBe('CONFLICT icv.policyReview.confirmedAlready');
    expect(() => assertPolicyReviewConfirmable({ policyVersion: 2, confirmedAt: null }, year)).not.toThrow();
  });
});

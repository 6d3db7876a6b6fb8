import { icvMessage as m } from './messages';

/**
 * "Policy changed: review" (SK-3.1, issue 15): when the BMB adopts a new version of the
 * information-security policy, every open self-assessment is to be reviewed against it by the party's
 * security officer. Open: the year's ICV is not submitted (a submitted one froze the assessment).
 */

/**
 * The years of a party's assessments a policy adopted in `adoptionYear` marks: that year's, and the
 * previous year's while its ICV is not submitted yet (the cycle of a year runs into the next).
 */
export function policyReviewYears(adoptionYear: number, submitted: (year: number) => boolean): number[] {
  return [adoptionYear, adoptionYear - 1].filter((year) => !submitted(year));
}

/** Only the newest adopted version counts: a later adoption replaces a mark, an older one (or a redelivery) does not. */
export function replacesPolicyReview(
  existing: { policyVersion: number } | null,
  adopted: { version: number },
): boolean {
  return !existing || existing.policyVersion < adopted.version;
}

/** The security officer confirms a mark once: CONFLICT without a mark, or when it is confirmed already. */
export function assertPolicyReviewConfirmable(
  review: { policyVersion: number; confirmedAt: Date | string | null } | null,
  year: number,
): void {
  if (!review) throw m.conflict('icv.policyReview.nothingToConfirm', { year });
  if (review.confirmedAt)
    throw m.conflict('icv.policyReview.confirmedAlready', { year, version: review.policyVersion });
}

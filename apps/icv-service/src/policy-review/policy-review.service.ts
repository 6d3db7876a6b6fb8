import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import {
  assertPolicyReviewConfirmable,
  givesIcv,
  policyReviewYears,
  replacesPolicyReview,
} from '@mkib/domain-icv';
import { Clock, toIsoTimestamp } from '@mkib/domain-shared';
import { Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { IcvEntity } from '../icv/icv.entity';
import { PartyRefEntity } from '../read-models/party-ref.entity';
import { PolicyReviewEntity } from './policy-review.entity';

export const toPolicyReview = (r: PolicyReviewEntity) => ({
  policyVersion: r.policyVersion,
  adoptedAt: toIsoTimestamp(r.adoptedAt)!,
  confirmedBy: r.confirmedBy,
  confirmedAt: toIsoTimestamp(r.confirmedAt),
});
export type PolicyReviewView = ReturnType<typeof toPolicyReview>;

/**
 * "Policy changed: review" (SK-3.1): an adopted policy version marks every open self-assessment of the
 * parties that give an ICV; the party's security officer confirms the review.
 */
@Injectable()
export class PolicyReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /**
   * Marks the open assessments for an adopted version (inside the consumer's transaction): the parties
   * that write ICVs (the LMS and the hoofdgebruikers, from the party register), the adoption's year and
   * the previous one while its ICV is not submitted (a submitted year's assessment is frozen and keeps no
   * new mark; a correction opens it again). Returns the marks set.
   */
  static async markOpenAssessments(
    manager: EntityManager,
    adopted: { version: number; adoptedAt: Date },
  ): Promise<{ party: string; year: number }[]> {
    const year = adopted.adoptedAt.getUTCFullYear();
    const parties = (await manager.getRepository(PartyRefEntity).find({ order: { code: 'ASC' } }))
      .filter((p) => givesIcv(p.kind))
      .map((p) => p.code);
    if (!parties.length) return [];
    // A submitted year's assessment is frozen: never marked. The current versions are read under a share
    // lock (not filtered on the state in the query), so a submission running now is waited for and seen.
    const submitted = new Set(
      (
        await manager.getRepository(IcvEntity).find({
          select: { id: true, party: true, year: true, state: true },
          where: { party: In(parties), year: In([year, year - 1]), state: Not('VERVANGEN' as const) },
          lock: { mode: 'pessimistic_read' },
        })
      )
        .filter((i) => i.state === 'INGEDIEND')
        .map((i) => `${i.party}|${i.year}`),
    );
    const reviews = manager.getRepository(PolicyReviewEntity);
    const existing = await reviews.find({
      where: { party: In(parties), year: In([year, year - 1]) },
      lock: { mode: 'pessimistic_write' },
    });
    const marked: { party: string; year: number }[] = [];
    for (const party of parties)
      for (const y of policyReviewYears(year, (yy) => submitted.has(`${party}|${yy}`))) {
        const current = existing.find((r) => r.party === party && r.year === y) ?? null;
        if (!replacesPolicyReview(current, adopted)) continue;
        await reviews.upsert(
          {
            party,
            year: y,
            policyVersion: adopted.version,
            adoptedAt: adopted.adoptedAt,
            confirmedBy: null,
            confirmedAt: null,
          },
          ['party', 'year'],
        );
        marked.push({ party, year: y });
      }
    return marked;
  }

  /** The marks of these assessments (party and year), in their order (null where none): one query. */
  async ofAssessments(
    keys: readonly { party: string; year: number }[],
  ): Promise<(PolicyReviewView | null)[]> {
    if (!keys.length) return [];
    const rows = await this.dataSource.getRepository(PolicyReviewEntity).find({
      where: keys.map((k) => ({ party: k.party, year: k.year })),
    });
    return keys.map((k) => {
      const row = rows.find((r) => r.party === k.party && r.year === k.year);
      return row ? toPolicyReview(row) : null;
    });
  }

  /** The security officer confirms their own party's assessment of a year was reviewed. */
  confirm(acting: ActingContext, principal: Principal, year: number): Promise<PolicyReviewView> {
    return this.unitOfWork.run(acting, async (tx) => {
      const party = principal.party;
      const reviews = tx.manager.getRepository(PolicyReviewEntity);
      const review = await reviews.findOne({
        where: { party, year },
        lock: { mode: 'pessimistic_write' },
      });
      assertPolicyReviewConfirmable(review, year);
      const change = { confirmedBy: acting.actor, confirmedAt: this.clock.now() };
      await reviews.update({ party, year }, change);
      await tx.audit('assessment.policy-review-confirmed', `${party}/${year}`, {
        party,
        year,
        policyVersion: review!.policyVersion,
      });
      return toPolicyReview(Object.assign(review!, change));
    });
  }
}

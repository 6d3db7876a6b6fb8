import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { PLAN_KEEPERS, WISH_PARTY_CODES } from '@mkib/domain-governance';
import { toIsoDay } from '@mkib/domain-shared';
import { OwedDeadline, ReminderSource, ReminderSources } from '../reminder/reminder-source';
import { PlanStatusEntity } from '../progress/plan-status.entity';
import { ProgressReportReceivedEntity } from '../progress/progress-report-received.entity';
import { BbpYearEntity } from './bbp-year.entity';
import { WishEntity } from './wish.entity';

/**
 * What the BBP calendar and the implementation plans still ask of whom (SK-2.3, SK-2.4, SK-3.2, SK-3.4):
 * - WENSEN: each party of art. 1e and the LMS without a wish, while the round is open (deadline: the wishes
 *   deadline);
 * - VOORTGANGSRAPPORTAGE: each plan keeper and progress-report moment without a report received;
 * - BBP_VASTSTELLING: the BMB, while the BBP is not adopted (NIET_VASTGESTELD too) (deadline: the adoption date);
 * - PLAN_BIJWERKEN: each plan in BIJWERKEN_VEREIST (deadline: its update due date; subject: the plan).
 * Without a year, the BBP years from last year on. Four queries per call, whatever the number of years,
 * parties or plans.
 */
@Injectable()
export class BbpReminderSource implements ReminderSource, OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: ReminderSources,
  ) {}

  onModuleInit() {
    this.sources.add(this);
  }

  async owed(query: { today: string; year: number | null; party: string | null }): Promise<OwedDeadline[]> {
    const { year, party } = query;
    const mine = (p: string) => party === null || p === party;
    // Without a year: the BBP years from last year on (an older year's calendar no longer asks anything).
    const bbps = await this.dataSource.getRepository(BbpYearEntity).find({
      where: year === null ? { year: MoreThanOrEqual(Number(query.today.slice(0, 4)) - 1) } : { year },
      order: { year: 'ASC' },
    });
    const owed: OwedDeadline[] = [];
    if (bbps.length) {
      const years = bbps.map((b) => b.year);
      const wishing = await this.dataSource
        .getRepository(WishEntity)
        .createQueryBuilder('w')
        .select('w.year', 'year')
        .addSelect('w.party', 'party')
        .distinct(true)
        .where('w.year IN (:...years)', { years })
        .andWhere('NOT w.withdrawn')
        .getRawMany<{ year: number; party: string }>();
      const wished = new Set(wishing.map((w) => `${w.year}:${w.party}`));
      const reported = new Set(
        (
          await this.dataSource
            .getRepository(ProgressReportReceivedEntity)
            .find({ select: { year: true, period: true, party: true }, where: { year: In(years) } })
        ).map((r) => `${r.year}:${r.period}:${r.party}`),
      );
      for (const b of bbps) {
        if (b.state === 'OPEN')
          for (const p of WISH_PARTY_CODES)
            if (mine(p) && !wished.has(`${b.year}:${p}`))
              owed.push({
                milestone: 'WENSEN',
                party: p,
                deadline: toIsoDay(b.wishesDeadline),
                subjectId: b.id,
                title: `Wensen voor het BBP ${b.year}`,
                year: b.year,
              });
        b.progressReportMoments.forEach((due, i) => {
          for (const p of PLAN_KEEPERS)
            if (mine(p) && !reported.has(`${b.year}:${i + 1}:${p}`))
              owed.push({
                milestone: 'VOORTGANGSRAPPORTAGE',
                party: p,
                deadline: due,
                subjectId: b.id,
                title: `Voortgangsrapportage ${b.year} periode ${i + 1}`,
                year: b.year,
              });
        });
        // Owed until adopted: a BBP the BMB did not adopt is consolidated and put before it again.
        if (mine('bmb') && b.state !== 'VASTGESTELD')
          owed.push({
            milestone: 'BBP_VASTSTELLING',
            party: 'bmb',
            deadline: toIsoDay(b.adoptionDate),
            subjectId: b.id,
            title: `Vaststelling BBP ${b.year}`,
            year: b.year,
          });
      }
    }
    const plans = await this.dataSource
      .getRepository(PlanStatusEntity)
      .find({ where: { state: 'BIJWERKEN_VEREIST', ...(party ? { party } : {}) }, order: { party: 'ASC' } });
    for (const p of plans) {
      if (!p.updateDueDate) continue;
      const deadline = toIsoDay(p.updateDueDate);
      if (year !== null && !deadline.startsWith(`${year}-`)) continue;
      owed.push({
        milestone: 'PLAN_BIJWERKEN',
        party: p.party,
        deadline,
        subjectId: p.planId,
        title: `Implementatieplan bijwerken naar beleidsversie ${p.policyVersion}`,
        year: Number(deadline.slice(0, 4)),
      });
    }
    return owed;
  }
}

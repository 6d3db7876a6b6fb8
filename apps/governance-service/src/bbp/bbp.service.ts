import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CalendarChanged, WishesSubmitted } from '@mkib/contracts';
import {
  assertCalendarChangeAllowed,
  assertConsolidationAllowed,
  assertSubmitForAdoptionAllowed,
  assertWishRoundOpen,
  bbpCalendar,
  BbpCalendarDates,
  bbpItemTitle,
  bbpStateAfterDecision,
  checkBbpCalendar,
  checkBbpIcvCycleYear,
  checkConsolidation,
  checkCycle,
  checkWish,
  Decision,
  governance as m,
  normaliseBbpCalendar,
  WISH_PARTY_CODES,
  wishIsLate,
  WishDisposition,
  WishPriority,
} from '@mkib/domain-governance';
import { badUserInput, Clock, FieldProblem, toIsoDay } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork, Transaction } from '@mkib/server-messaging';
import { insertIfAbsent } from '@mkib/server-persistence';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { CycleEntity } from '../cycle/cycle.entity';
import { cycleDates } from '../cycle/cycle.service';
import { OpenCycleInput } from '../cycle/open-cycle.input';
import { BbpYearEntity } from './bbp-year.entity';
import { PolicyVersionAdoptedEntity } from './policy-version-adopted.entity';
import { ProgressReportReceivedEntity } from '../progress/progress-report-received.entity';
import { WishEntity } from './wish.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CYCLE_NAMES = {
  MEDEGEBRUIKER_RAPPORTAGES: 'icvCycle.medegebruikerRapportages',
  ICV_INDIENING: 'icvCycle.icvIndiening',
  SMB_VERGADERING: 'icvCycle.smbVergadering',
  BMB_VERGADERING: 'icvCycle.bmbVergadering',
} as const;

export interface BbpYearInput extends BbpCalendarDates {
  year: number;
  icvCycle?: OpenCycleInput | null;
}

export interface WishInput {
  year: number;
  party?: string | null;
  subject: string;
  reasoning: string;
  estimatedCost: number;
  priority: WishPriority;
}

export interface BbpConsolidationInput {
  year: number;
  paragraph: string;
  dispositions: { wishId: string; disposition: WishDisposition; note?: string | null }[];
}

/** A BBP year's dates as kept (date columns as YYYY-MM-DD). */
export const bbpDates = (b: BbpYearEntity): BbpCalendarDates => ({
  wishesDeadline: toIsoDay(b.wishesDeadline),
  progressReportMoments: b.progressReportMoments,
  smbMeetings: b.smbMeetings,
  bmbMeetings: b.bmbMeetings,
  adoptionDate: toIsoDay(b.adoptionDate),
});

/**
 * The BBP year (SK-3.2, SK-3.4): the board secretary opens it with its whole calendar (and the ICV cycle
 * of the year before, whose deadlines fall in it), the parties submit wishes, the secretary consolidates
 * them and puts the BBP before the boards; the BMB's decision (AgendaService) adopts it.
 */
@Injectable()
export class BbpService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private get years() {
    return this.dataSource.getRepository(BbpYearEntity);
  }

  find(year: number): Promise<BbpYearEntity | null> {
    return this.years.findOneBy({ year });
  }

  list(): Promise<BbpYearEntity[]> {
    return this.years.find({ order: { year: 'DESC' } });
  }

  /** BBP years by id (the BBP items' subjects), in one query. */
  byIds(ids: readonly string[]): Promise<BbpYearEntity[]> {
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length ? this.years.findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  /** The policy version in force: the highest adopted, 1 (the seeded policy) before any adoption. */
  async policyVersionInForce(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const row = await manager
      .getRepository(PolicyVersionAdoptedEntity)
      .createQueryBuilder('v')
      .select('MAX(v.version)', 'version')
      .getRawOne<{ version: number | null }>();
    return row?.version ? Number(row.version) : 1;
  }

  /** The PDCA calendar of a year: the BBP's milestones and every cycle deadline in the year. */
  async calendar(year: number) {
    return (await this.calendars([year]))[0];
  }

  /** The calendars of these years, in two queries. */
  async calendars(years: readonly number[]) {
    if (!years.length) return [];
    const bbps = await this.years.findBy({ year: In([...years]) });
    const cycles = await this.dataSource
      .getRepository(CycleEntity)
      .findBy({ year: In([...new Set(years.flatMap((y) => [y - 1, y]))]) });
    return years.map((year) => {
      const bbp = bbps.find((b) => b.year === year);
      return bbpCalendar(
        year,
        bbp ? bbpDates(bbp) : null,
        cycles
          .filter((c) => c.year === year - 1 || c.year === year)
          .map((c) => ({ year: c.year, dates: cycleDates(c) })),
      );
    });
  }

  private calendarProblems(input: BbpYearInput): FieldProblem[] {
    const problems = checkBbpCalendar(input.year, input, this.clock.now().getUTCFullYear());
    if (input.icvCycle) {
      const own = checkBbpIcvCycleYear(input.year, input.icvCycle.year);
      problems.push(
        ...(own.length
          ? own
          : checkCycle(
              input.icvCycle.year,
              cycleDates(input.icvCycle),
              this.clock.now().getUTCFullYear(),
              CYCLE_NAMES,
            ).map((p) => (p.field === 'input.year' ? { ...p, field: 'input.icvCycle.year' } : p))),
      );
    }
    return problems;
  }

  async open(acting: ActingContext, input: BbpYearInput): Promise<BbpYearEntity> {
    const problems = this.calendarProblems(input);
    if (problems.length) throw badUserInput(problems);
    const dates = normaliseBbpCalendar(input);
    return this.unitOfWork.run(acting, async (tx) => {
      const now = this.clock.now();
      const years = tx.manager.getRepository(BbpYearEntity);
      const bbp = years.create({
        id: randomUUID(),
        year: input.year,
        policyVersion: await this.policyVersionInForce(tx.manager),
        state: 'OPEN',
        ...dates,
        paragraph: null,
        consolidatedBy: null,
        consolidatedAt: null,
        boardItemId: null,
        openedBy: acting.actor,
        openedAt: now,
        changedAt: now,
      });
      // Opened once: of calls at once, the one whose insert lands wins.
      if (!(await insertIfAbsent(years, bbp)))
        throw m.conflict('governance.bbp.openAlready', { year: input.year });
      if (input.icvCycle) await this.openOrMoveCycle(tx, acting, input.icvCycle, now);
      await tx.audit('bbp-year.opened', bbp.id, {
        year: bbp.year,
        policyVersion: bbp.policyVersion,
        ...dates,
      });
      await this.emitCalendar(tx, bbp, now);
      return bbp;
    });
  }

  updateCalendar(acting: ActingContext, input: BbpYearInput): Promise<BbpYearEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const years = tx.manager.getRepository(BbpYearEntity);
      const bbp = await years.findOne({ where: { year: input.year }, lock: { mode: 'pessimistic_write' } });
      if (!bbp) throw m.notFound('governance.bbp.notOpened', { year: input.year });
      const problems = this.calendarProblems(input);
      if (problems.length) throw badUserInput(problems);
      const before = bbpDates(bbp);
      const dates = normaliseBbpCalendar(input);
      // A report keeps its period: the moments a report was received for stay (their dates may move).
      const reported = await tx.manager
        .getRepository(ProgressReportReceivedEntity)
        .createQueryBuilder('r')
        .select('MAX(r.period)', 'period')
        .where('r.year = :year', { year: bbp.year })
        .getRawOne<{ period: number | null }>();
      assertCalendarChangeAllowed(
        bbp.year,
        bbp.state,
        before,
        dates,
        this.clock.today(),
        Number(reported?.period ?? 0),
      );
      const now = this.clock.now();
      await years.update({ id: bbp.id }, { ...dates, changedAt: now });
      if (input.icvCycle) await this.openOrMoveCycle(tx, acting, input.icvCycle, now);
      Object.assign(bbp, dates, { changedAt: now });
      await tx.audit('bbp-year.calendar-moved', bbp.id, { year: bbp.year, before, after: dates });
      await this.emitCalendar(tx, bbp, now);
      return bbp;
    });
  }

  /** The ICV cycle of the year before: opened with the cycle's rules, or its dates moved when open. */
  private async openOrMoveCycle(tx: Transaction, acting: ActingContext, input: OpenCycleInput, now: Date) {
    const cycles = tx.manager.getRepository(CycleEntity);
    const dates = {
      medegebruikerRapportages: input.medegebruikerRapportages,
      icvIndiening: input.icvIndiening,
      smbVergadering: input.smbVergadering,
      bmbVergadering: input.bmbVergadering,
    };
    const existing = await cycles.findOne({
      where: { year: input.year },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) {
      await cycles.update({ year: input.year }, dates);
      await tx.audit('cycle.moved', String(input.year), {
        before: cycleDates(existing),
        after: cycleDates(input),
      });
      return;
    }
    const cycle = cycles.create({ year: input.year, ...dates, openedBy: acting.actor, openedAt: now });
    if (!(await insertIfAbsent(cycles, cycle)))
      throw m.conflict('governance.cycle.openAlready', { year: input.year });
    await tx.audit('cycle.opened', String(input.year), cycleDates(input));
  }

  private async emitCalendar(tx: Transaction, bbp: BbpYearEntity, now: Date) {
    const d = bbpDates(bbp);
    await tx.emit(CalendarChanged, bbp.id, {
      year: bbp.year,
      policyVersion: bbp.policyVersion,
      wishesDeadline: d.wishesDeadline,
      progressReportMoments: d.progressReportMoments,
      smbMeetings: d.smbMeetings,
      bmbMeetings: d.bmbMeetings,
      adoptionDate: d.adoptionDate,
      changedAt: now.toISOString(),
    });
  }

  // --- wishes -------------------------------------------------------------------------------------------

  /** The wishes of a year the caller may read: its own party's; the boards, the LMS and the auditor all. */
  wishes(principal: Principal, year: number): Promise<WishEntity[]> {
    const scope = partyScope(principal, 'wish.read');
    return this.dataSource.getRepository(WishEntity).find({
      where: scope.all ? { year } : { year, party: scope.party },
      order: { party: 'ASC', submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Per year and party: wishes not withdrawn, and how many of them late (one query for every year asked). */
  async wishCounts(years: readonly number[]) {
    if (!years.length) return [];
    const rows = await this.dataSource
      .getRepository(WishEntity)
      .createQueryBuilder('w')
      .select('w.year', 'year')
      .addSelect('w.party', 'party')
      .addSelect('COUNT(*)', 'submitted')
      .addSelect('COUNT(*) FILTER (WHERE w.late)', 'late')
      .where('w.year IN (:...years)', { years: [...years] })
      .andWhere('NOT w.withdrawn')
      .groupBy('w.year')
      .addGroupBy('w.party')
      .getRawMany<{ year: number; party: string; submitted: string; late: string }>();
    return rows.map((r) => ({
      year: Number(r.year),
      party: r.party,
      submitted: Number(r.submitted),
      late: Number(r.late),
    }));
  }

  /** The party a wish is of: a board secretary names it; anyone else submits for their own party. */
  private wishParty(principal: Principal, party: string | null | undefined): string {
    const scope = partyScope(principal, 'wish.submit');
    // Given, a party is named: an empty name is refused, not read as "my own".
    if (party != null && !party.trim())
      throw badUserInput([m.problem('input.party', 'governance.wish.partyRequired')]);
    if (!scope.all) {
      if (party != null && party !== scope.party)
        throw m.notFound('governance.party.notFound', { code: party });
      return scope.party;
    }
    if (party == null) throw badUserInput([m.problem('input.party', 'governance.wish.partyRequired')]);
    if (!WISH_PARTY_CODES.includes(party))
      throw badUserInput([
        m.problem('input.party', 'governance.wish.party', { parties: WISH_PARTY_CODES.join(', ') }),
      ]);
    return party;
  }

  async submitWish(principal: Principal, acting: ActingContext, input: WishInput): Promise<WishEntity> {
    const party = this.wishParty(principal, input.party);
    const problems = checkWish(input);
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      // Shared lock: consolidation (which takes the year's row for update) waits for the wishes in flight.
      const bbp = await tx.manager
        .getRepository(BbpYearEntity)
        .findOne({ where: { year: input.year }, lock: { mode: 'pessimistic_read' } });
      assertWishRoundOpen(input.year, bbp?.state ?? null);
      const now = this.clock.now();
      const wish = tx.manager.getRepository(WishEntity).create({
        id: randomUUID(),
        year: input.year,
        party,
        subject: input.subject.trim(),
        reasoning: input.reasoning.trim(),
        estimatedCost: input.estimatedCost,
        priority: input.priority,
        submittedBy: acting.actor,
        submittedAt: now,
        late: wishIsLate(this.clock.today(), toIsoDay(bbp!.wishesDeadline)),
        withdrawn: false,
        withdrawnBy: null,
        withdrawnAt: null,
        disposition: null,
        dispositionNote: null,
      });
      await tx.manager.getRepository(WishEntity).insert(wish);
      await tx.audit('wish.submitted', wish.id, {
        year: wish.year,
        party,
        subject: wish.subject,
        estimatedCost: wish.estimatedCost,
        priority: wish.priority,
        late: wish.late,
      });
      await this.emitWish(tx, wish);
      return wish;
    });
  }

  async withdrawWish(principal: Principal, acting: ActingContext, id: string): Promise<WishEntity> {
    // A malformed id names no wish: NOT_FOUND, as for a wish of another party.
    if (!UUID.test(id)) throw m.notFound('governance.wish.notFound', { id });
    const scope = partyScope(principal, 'wish.submit');
    return this.unitOfWork.run(acting, async (tx) => {
      const wishes = tx.manager.getRepository(WishEntity);
      const wish = await wishes.findOne({
        where: scope.all ? { id } : { id, party: scope.party },
        lock: { mode: 'pessimistic_write' },
      });
      if (!wish) throw m.notFound('governance.wish.notFound', { id });
      const bbp = await tx.manager
        .getRepository(BbpYearEntity)
        .findOne({ where: { year: wish.year }, lock: { mode: 'pessimistic_read' } });
      if (wish.withdrawn) throw m.conflict('governance.wish.withdrawnAlready');
      assertWishRoundOpen(wish.year, bbp?.state ?? null);
      const change = { withdrawn: true, withdrawnBy: acting.actor, withdrawnAt: this.clock.now() };
      await wishes.update({ id }, change);
      Object.assign(wish, change);
      await tx.audit('wish.withdrawn', wish.id, {
        year: wish.year,
        party: wish.party,
        subject: wish.subject,
      });
      await this.emitWish(tx, wish);
      return wish;
    });
  }

  private emitWish(tx: Transaction, wish: WishEntity) {
    return tx.emit(WishesSubmitted, wish.id, {
      wishId: wish.id,
      year: wish.year,
      party: wish.party,
      subject: wish.subject,
      priority: wish.priority,
      estimatedCost: wish.estimatedCost,
      late: wish.late,
      withdrawn: wish.withdrawn,
      submittedBy: wish.submittedBy,
      submittedAt: new Date(wish.submittedAt).toISOString(),
    });
  }

  // --- consolidation and adoption -----------------------------------------------------------------------

  consolidate(acting: ActingContext, input: BbpConsolidationInput): Promise<BbpYearEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const years = tx.manager.getRepository(BbpYearEntity);
      const bbp = await years.findOne({ where: { year: input.year }, lock: { mode: 'pessimistic_write' } });
      if (!bbp) throw m.notFound('governance.bbp.notOpened', { year: input.year });
      const wishes = await tx.manager.getRepository(WishEntity).findBy({ year: input.year });
      const problems = checkConsolidation(input, wishes);
      if (problems.length) throw badUserInput(problems);
      assertConsolidationAllowed(bbp.year, bbp.state);
      for (const d of input.dispositions)
        await tx.manager
          .getRepository(WishEntity)
          .update({ id: d.wishId }, { disposition: d.disposition, dispositionNote: d.note?.trim() || null });
      const change = {
        state: 'GECONSOLIDEERD' as const,
        paragraph: input.paragraph.trim(),
        consolidatedBy: acting.actor,
        consolidatedAt: this.clock.now(),
      };
      await years.update({ id: bbp.id }, change);
      await tx.audit('bbp-year.consolidated', bbp.id, {
        year: bbp.year,
        dispositions: input.dispositions.map((d) => ({ wishId: d.wishId, disposition: d.disposition })),
      });
      return Object.assign(bbp, change);
    });
  }

  submitForAdoption(acting: ActingContext, year: number): Promise<BbpYearEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const years = tx.manager.getRepository(BbpYearEntity);
      const bbp = await years.findOne({ where: { year }, lock: { mode: 'pessimistic_write' } });
      if (!bbp) throw m.notFound('governance.bbp.notOpened', { year });
      assertSubmitForAdoptionAllowed(bbp.year, bbp.state);
      const id = randomUUID();
      const title = bbpItemTitle(year);
      await tx.manager.getRepository(AgendaItemEntity).insert({
        id,
        kind: 'BBP',
        subjectId: bbp.id,
        title,
        year,
        party: 'smb',
        submittedAt: this.clock.now(),
        sourceEventId: randomUUID(),
      });
      await years.update({ id: bbp.id }, { state: 'VOORGELEGD', boardItemId: id });
      await tx.audit('agenda-item.added', id, { kind: 'BBP', subjectId: bbp.id, party: 'smb', year, title });
      await tx.audit('bbp-year.submitted', bbp.id, { year, agendaItemId: id });
      return Object.assign(bbp, { state: 'VOORGELEGD' as const, boardItemId: id });
    });
  }
}

/**
 * The BMB decided the BBP's agenda item: the BBP is adopted (VASTGESTELD) or not, in the decision's unit
 * of work (AgendaService.decide calls this).
 */
export async function applyBbpDecision(
  tx: Transaction,
  item: Pick<AgendaItemEntity, 'id' | 'subjectId' | 'year'>,
  decision: Decision,
) {
  const state = bbpStateAfterDecision(decision);
  await tx.manager.getRepository(BbpYearEntity).update({ id: item.subjectId }, { state });
  await tx.audit('bbp-year.decided', item.subjectId, { year: item.year, agendaItemId: item.id, state });
}

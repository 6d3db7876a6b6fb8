import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, LessThan, Not } from 'typeorm';
import { PlanUpdated } from '@mkib/contracts';
import {
  carriedOverLines,
  checkPlanLine,
  FIRST_POLICY_VERSION,
  givesIcv,
  icvMessage as m,
  IcvException,
  isOverdue,
  normaliseOwner,
  PlanExceptionRef,
  PlanLineKind,
  PlanLineStatus,
  planRollUp,
  planUpdateDueDate,
} from '@mkib/domain-icv';
import { badUserInput, Clock, FieldProblem, toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import { AUTHORISATION_TABLE, Principal, readablePartyOrNotFound } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { insertIfAbsent } from '@mkib/server-persistence';
import { FindingEntity } from '../assessment/finding.entity';
import { IcvEntity } from '../icv/icv.entity';
import { PartyRefEntity } from '../read-models/party-ref.entity';
import {
  ImplementationPlanEntity,
  PlanLineEntity,
  PolicyVersionSeenEntity,
  RiskTreatmentViewEntity,
} from './plan.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id of a party's plan for a policy version, the same wherever it is made: the empty plan view
 * before its first line, the row its first save creates, the row an adoption opens (name-based, v5 form).
 */
export function planIdOf(party: string, policyVersion: number): string {
  const h = createHash('sha256').update(`icv.implementation_plan|${party}|${policyVersion}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The GraphQL shape of a line (type `PlanLine`); party and link ids feed its batched fields. */
export const toPlanLine = (l: PlanLineEntity, today: string) => ({
  id: l.id,
  party: l.party,
  kind: l.kind,
  measure:
    l.kind === 'MAATREGEL' && l.frameworkCode && l.identifier
      ? { frameworkCode: l.frameworkCode, identifier: l.identifier }
      : null,
  policyRule: l.policyRule,
  description: l.description,
  owner: l.owner,
  dueDate: toIsoDay(l.dueDate),
  status: l.status,
  overdue: isOverdue({ status: l.status, dueDate: toIsoDay(l.dueDate), owner: l.owner }, today),
  carriedOver: l.carriedOver,
  findingIds: l.findingIds,
  exceptionRefs: l.exceptions,
  riskTreatmentIds: l.riskTreatmentIds,
  updatedBy: l.updatedBy,
  updatedAt: toIsoTimestamp(l.updatedAt)!,
});
export type PlanLineView = ReturnType<typeof toPlanLine>;

const rollUpOf = (lines: PlanLineEntity[], today: string) =>
  planRollUp(
    lines.map((l) => ({ status: l.status, dueDate: toIsoDay(l.dueDate), owner: l.owner })),
    today,
  );

/** The GraphQL shape of a risk treatment a line addresses (`PlanLineTreatment`). */
export const toPlanLineTreatment = (t: RiskTreatmentViewEntity) => ({
  treatmentId: t.treatmentId,
  analysisId: t.analysisId,
  analysisNumber: t.analysisNumber,
  riskTitle: t.riskTitle,
  kind: t.kind,
  description: t.description,
  dueDate: toIsoDay(t.dueDate),
});

/** An exception reference resolved against the party's current ICV of that year (null fields when absent). */
export const toPlanLineException = (ref: PlanExceptionRef, exceptions: IcvException[]) => {
  const e = exceptions.find((x) =>
    x.measures.some((r) => r.frameworkCode === ref.frameworkCode && r.identifier === ref.identifier),
  );
  return { ...ref, explanation: e?.explanation ?? null, plannedDate: e?.plannedDate ?? null };
};

export interface PlanLineInput {
  id?: string | null;
  kind: PlanLineKind;
  measure?: { frameworkCode: string; identifier: string } | null;
  policyRule?: string | null;
  description: string;
  owner?: string | null;
  dueDate: string;
  status: PlanLineStatus;
  findingIds?: string[] | null;
  exceptions?: PlanExceptionRef[] | null;
  riskTreatmentIds?: string[] | null;
}

/** The policy version in force as icv learned it: the newest adopted one, or the seeded version 1. */
export async function policyVersionInForce(manager: EntityManager): Promise<number> {
  const [row] = await manager
    .getRepository(PolicyVersionSeenEntity)
    .find({ order: { version: 'DESC' }, take: 1 });
  return row?.version ?? FIRST_POLICY_VERSION;
}

/** Announces a plan as it now stands (counts only), in the unit of work that changed it. */
async function emitPlanUpdated(tx: Transaction, plan: ImplementationPlanEntity, lines: PlanLineEntity[]) {
  const now = tx.clock.now();
  const asOf = toIsoDay(now);
  const r = rollUpOf(lines, asOf);
  await tx.emit(PlanUpdated, plan.party, {
    planId: plan.id,
    party: plan.party,
    policyVersion: plan.policyVersion,
    state: plan.state,
    updateDueDate: plan.state === 'BIJWERKEN_VEREIST' ? toIsoDay(plan.updateDueDate!) : null,
    asOf,
    total: r.total,
    done: r.done,
    onTrack: r.onTrack,
    overdue: r.overdue,
    withoutOwner: r.withoutOwner,
    updatedAt: now.toISOString(),
  });
}

/**
 * Implementation plans (SK-2.3, SK-4.1, SK-5.1): the LMS and each hoofdgebruiker keep a plan per policy
 * version; an adopted version opens a new plan that must be brought up to date (BIJWERKEN_VEREIST).
 */
/**
 * The plan keepers (art. 2.3, 2.4): the parties that may manage a plan, i.e. the authorisation table's
 * PLAN_KEEPERS, itself the list libs/domain/governance/src/bbp.ts keeps as the source of truth (governance's
 * "missing" reports and progress reminders use it; a spec in governance holds the two equal). icv opens
 * plans for the parties of its register that give an ICV (hoofdgebruiker, beheerder) AND are in that list,
 * so a register change alone cannot make icv's plans drift from governance's view and the permissions.
 */
const PLAN_KEEPER_CODES: ReadonlySet<string> = new Set(
  AUTHORISATION_TABLE['implementation-plan.manage'].grants.flatMap((g) => g.parties ?? []),
);
export const keepsPlan = (ref: { code: string; kind: string }) =>
  givesIcv(ref.kind) && PLAN_KEEPER_CODES.has(ref.code);

/**
 * The party's plans, one unit of work at a time: a transaction-scoped advisory lock per party (released at
 * commit or rollback), taken by every plan change and by an adoption for each party it opens a plan for.
 */
async function lockPartyPlans(manager: EntityManager, party: string) {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`icv.plan|${party}`]);
}

@Injectable()
export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return toIsoDay(this.clock.now());
  }

  /**
   * Opens the plans for an adopted policy version (inside the consumer's unit of work): for every plan
   * keeper (the LMS and the hoofdgebruikers of the party register that are PLAN_KEEPERS, see keepsPlan) a plan in BIJWERKEN_VEREIST, due
   * PLAN_UPDATE_DAYS after the adoption day, with the open lines of its previous plan carried over
   * (links kept); `icv.plan.updated` per plan. Once per (party, version); an older version opens none.
   */
  static async openForAdoptedVersion(
    tx: Transaction,
    adopted: { version: number; previousVersion: number; adoptedAt: Date },
  ): Promise<string[]> {
    const manager = tx.manager;
    const inForce = await policyVersionInForce(manager);
    await insertIfAbsent(manager.getRepository(PolicyVersionSeenEntity), {
      version: adopted.version,
      adoptedAt: adopted.adoptedAt,
    });
    if (adopted.version < inForce) return [];
    const parties = (await manager.getRepository(PartyRefEntity).find({ order: { code: 'ASC' } }))
      .filter(keepsPlan)
      .map((p) => p.code);
    const plans = manager.getRepository(ImplementationPlanEntity);
    const linesRepo = manager.getRepository(PlanLineEntity);
    const now = tx.clock.now();
    const opened: string[] = [];
    for (const party of parties) {
      // Serialised with the party's plan changes (see lockCurrentPlan): a first line saved at this moment,
      // before the party had any plan, is waited for and carried over too.
      await lockPartyPlans(manager, party);
      // Locked: a line saved to it at this moment is waited for, and carried over.
      const previous = await plans.findOne({
        where: { party, policyVersion: LessThan(adopted.version) },
        order: { policyVersion: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      const plan: ImplementationPlanEntity = {
        id: planIdOf(party, adopted.version),
        party,
        policyVersion: adopted.version,
        state: 'BIJWERKEN_VEREIST',
        updateDueDate: planUpdateDueDate(toIsoDay(adopted.adoptedAt)),
        previousPolicyVersion: previous?.policyVersion ?? adopted.previousVersion,
        confirmedBy: null,
        confirmedAt: null,
        createdAt: now,
      };
      if (!(await insertIfAbsent(plans, plan))) continue;
      const carried = previous
        ? carriedOverLines(
            await linesRepo.find({ where: { planId: previous.id }, order: { createdAt: 'ASC' } }),
          )
        : [];
      const lines: PlanLineEntity[] = carried.map((l, i) => ({
        ...l,
        id: randomUUID(),
        planId: plan.id,
        // Keeps their order: one millisecond apart.
        createdAt: new Date(now.getTime() + i),
      }));
      if (lines.length) await linesRepo.insert(lines);
      await emitPlanUpdated(tx, plan, lines);
      opened.push(party);
    }
    return opened;
  }

  /** Own party, or any plan keeper for the auditor; another party's plan is as unknown as a missing one. */
  async readableParty(principal: Principal, party: string | null): Promise<string> {
    const notFound = (wanted: string) => m.notFound('icv.plan.notFound', { party: wanted });
    const who = readablePartyOrNotFound(principal, 'implementation-plan.read', party, notFound);
    if (who !== principal.party) {
      const ref = await this.dataSource.getRepository(PartyRefEntity).findOneBy({ code: who });
      if (!ref || !keepsPlan(ref)) throw notFound(who);
    }
    return who;
  }

  /** A party's plan of a policy version (the one in force by default): an empty ACTUEEL one before any line. */
  async plan(party: string, policyVersion: number | null = null, manager = this.dataSource.manager) {
    const inForce = await policyVersionInForce(manager);
    const version = policyVersion ?? inForce;
    const row = await manager
      .getRepository(ImplementationPlanEntity)
      .findOneBy({ party, policyVersion: version });
    if (!row && version !== inForce) throw m.notFound('icv.plan.versionNotFound', { party, version });
    const lines = row
      ? await manager.getRepository(PlanLineEntity).find({
          where: { planId: row.id },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    const versions = (
      await manager.getRepository(ImplementationPlanEntity).find({
        select: { policyVersion: true },
        where: { party },
        order: { policyVersion: 'DESC' },
      })
    ).map((p) => p.policyVersion);
    if (!versions.includes(inForce)) versions.unshift(inForce);
    versions.sort((a, b) => b - a);
    const today = this.today();
    const state = row?.state ?? 'ACTUEEL';
    return {
      id: row?.id ?? planIdOf(party, version),
      party,
      policyVersion: version,
      state,
      updateDueDate: state === 'BIJWERKEN_VEREIST' && row?.updateDueDate ? toIsoDay(row.updateDueDate) : null,
      previousPolicyVersion: row?.previousPolicyVersion ?? null,
      lines: lines.map((l) => toPlanLine(l, today)),
      rollUp: rollUpOf(lines, today),
      confirmedBy: row?.confirmedBy ?? null,
      confirmedAt: toIsoTimestamp(row?.confirmedAt ?? null),
      versions,
    };
  }

  /** The counts of each party's current plan as of today (one query for them all). */
  async currentRollUps(parties: readonly string[], manager: EntityManager = this.dataSource.manager) {
    const inForce = await policyVersionInForce(manager);
    const ids = parties.map((p) => planIdOf(p, inForce));
    const lines = ids.length
      ? await manager.getRepository(PlanLineEntity).find({ where: { planId: In(ids) } })
      : [];
    const today = this.today();
    return {
      policyVersion: inForce,
      rollUps: parties.map((p, i) =>
        rollUpOf(
          lines.filter((l) => l.planId === ids[i]),
          today,
        ),
      ),
    };
  }

  /**
   * The current plan of the caller's party, created (empty, ACTUEEL) on its first change, locked. An
   * adoption that committed while the lock was awaited moved the current plan on: then that one is taken.
   */
  private async lockCurrentPlan(tx: Transaction, party: string): Promise<ImplementationPlanEntity> {
    const plans = tx.manager.getRepository(ImplementationPlanEntity);
    // One at a time with an adoption opening this party's plans (openForAdoptedVersion): either the
    // adoption waits and carries this change over, or this change waits and sees the new version.
    await lockPartyPlans(tx.manager, party);
    for (;;) {
      const inForce = await policyVersionInForce(tx.manager);
      await insertIfAbsent(plans, {
        id: planIdOf(party, inForce),
        party,
        policyVersion: inForce,
        state: 'ACTUEEL',
        updateDueDate: null,
        previousPolicyVersion: null,
        confirmedBy: null,
        confirmedAt: null,
        createdAt: tx.clock.now(),
      });
      const plan = (await plans.findOne({
        where: { party, policyVersion: inForce },
        lock: { mode: 'pessimistic_write' },
      }))!;
      if ((await policyVersionInForce(tx.manager)) === inForce) return plan;
    }
  }

  /** A line of the caller's own party, or NOT_FOUND (also for another party's: it confirms nothing). */
  private async ownLine(party: string, id: string, manager: EntityManager): Promise<PlanLineEntity> {
    const row = UUID.test(id) ? await manager.getRepository(PlanLineEntity).findOneBy({ id }) : null;
    if (!row || row.party !== party) throw m.notFound('icv.plan.lineNotFound', { id });
    return row;
  }

  /** CONFLICT unless the line belongs to the (locked) current plan. */
  private async assertInPlan(line: PlanLineEntity, plan: ImplementationPlanEntity, manager: EntityManager) {
    if (line.planId === plan.id) return;
    const of = await manager.getRepository(ImplementationPlanEntity).findOneBy({ id: line.planId });
    throw m.conflict('icv.plan.notCurrent', {
      version: of?.policyVersion ?? '?',
      current: plan.policyVersion,
    });
  }

  /** Which findings and treatments named are not the party's own (never saying whose they are). */
  private async linkProblems(party: string, input: PlanLineInput): Promise<FieldProblem[]> {
    const findingIds = [...new Set(input.findingIds ?? [])];
    const treatmentIds = [...new Set(input.riskTreatmentIds ?? [])];
    const ownFindings = new Set(
      findingIds.length
        ? (
            await this.dataSource.getRepository(FindingEntity).find({
              select: { id: true },
              where: { id: In(findingIds), party },
            })
          ).map((f) => f.id)
        : [],
    );
    const ownTreatments = new Set(
      treatmentIds.length
        ? (
            await this.dataSource.getRepository(RiskTreatmentViewEntity).find({
              select: { treatmentId: true },
              where: { treatmentId: In(treatmentIds), ownerParty: party },
            })
          ).map((t) => t.treatmentId)
        : [],
    );
    return [
      ...(input.findingIds ?? []).flatMap((id, i) =>
        ownFindings.has(id) ? [] : [m.problem(`input.findingIds[${i}]`, 'icv.plan.unknownFinding')],
      ),
      ...(input.riskTreatmentIds ?? []).flatMap((id, i) =>
        ownTreatments.has(id) ? [] : [m.problem(`input.riskTreatmentIds[${i}]`, 'icv.plan.unknownTreatment')],
      ),
    ];
  }

  /** Adds or changes a line of the caller's current plan. */
  async saveLine(acting: ActingContext, principal: Principal, input: PlanLineInput) {
    const party = principal.party;
    // An id given (even an empty one) names a line: an unknown one is NOT_FOUND, never a new line.
    if (input.id != null) await this.ownLine(party, input.id, this.dataSource.manager);
    const own = checkPlanLine(input);
    if (own.length) throw badUserInput(own);
    const links = await this.linkProblems(party, input);
    if (links.length) throw badUserInput(links);
    await this.unitOfWork.run(acting, async (tx) => {
      const plan = await this.lockCurrentPlan(tx, party);
      const repo = tx.manager.getRepository(PlanLineEntity);
      const now = this.clock.now();
      const existing = input.id != null ? await this.ownLine(party, input.id, tx.manager) : null;
      if (existing) await this.assertInPlan(existing, plan, tx.manager);
      const maatregel = input.kind === 'MAATREGEL';
      const line: PlanLineEntity = {
        id: existing?.id ?? randomUUID(),
        planId: plan.id,
        party,
        kind: input.kind,
        frameworkCode: maatregel ? input.measure!.frameworkCode : null,
        identifier: maatregel ? input.measure!.identifier : null,
        policyRule: maatregel ? null : input.policyRule!.trim(),
        description: input.description.trim(),
        owner: normaliseOwner(input.owner),
        dueDate: input.dueDate,
        status: input.status,
        carriedOver: existing?.carriedOver ?? false,
        findingIds: [...new Set(input.findingIds ?? [])],
        exceptions: (input.exceptions ?? []).map((e) => ({
          year: e.year,
          frameworkCode: e.frameworkCode,
          identifier: e.identifier,
        })),
        riskTreatmentIds: [...new Set(input.riskTreatmentIds ?? [])],
        createdAt: existing?.createdAt ?? now,
        updatedBy: acting.actor,
        updatedAt: now,
      };
      await repo.save(line);
      const lines = await repo.find({ where: { planId: plan.id } });
      await emitPlanUpdated(tx, plan, lines);
      await tx.audit(existing ? 'plan-line.changed' : 'plan-line.added', line.id, {
        party,
        policyVersion: plan.policyVersion,
        kind: line.kind,
        ref: maatregel ? `${line.frameworkCode}:${line.identifier}` : line.policyRule,
        status: line.status,
        dueDate: line.dueDate,
        owner: line.owner,
        findings: line.findingIds.length,
        exceptions: line.exceptions.length,
        riskTreatments: line.riskTreatmentIds.length,
      });
    });
    return this.plan(party);
  }

  /** Removes a line of the caller's current plan. */
  async removeLine(acting: ActingContext, principal: Principal, id: string) {
    const party = principal.party;
    await this.ownLine(party, id, this.dataSource.manager);
    await this.unitOfWork.run(acting, async (tx) => {
      const plan = await this.lockCurrentPlan(tx, party);
      const line = await this.ownLine(party, id, tx.manager);
      await this.assertInPlan(line, plan, tx.manager);
      const repo = tx.manager.getRepository(PlanLineEntity);
      await repo.delete({ id });
      await emitPlanUpdated(tx, plan, await repo.find({ where: { planId: plan.id } }));
      await tx.audit('plan-line.removed', id, {
        party,
        policyVersion: plan.policyVersion,
        kind: line.kind,
        ref: line.kind === 'MAATREGEL' ? `${line.frameworkCode}:${line.identifier}` : line.policyRule,
      });
    });
    return this.plan(party);
  }

  /** The plan is brought up to date with its policy version: BIJWERKEN_VEREIST -> ACTUEEL. */
  async confirm(acting: ActingContext, principal: Principal) {
    const party = principal.party;
    await this.unitOfWork.run(acting, async (tx) => {
      const inForce = await policyVersionInForce(tx.manager);
      const plans = tx.manager.getRepository(ImplementationPlanEntity);
      const plan = await plans.findOne({
        where: { party, policyVersion: inForce },
        lock: { mode: 'pessimistic_write' },
      });
      if (!plan || plan.state === 'ACTUEEL')
        throw m.conflict('icv.plan.confirmedAlready', { version: inForce });
      plan.state = 'ACTUEEL';
      plan.confirmedBy = acting.actor;
      plan.confirmedAt = this.clock.now();
      await plans.save(plan);
      const lines = await tx.manager.getRepository(PlanLineEntity).find({ where: { planId: plan.id } });
      await emitPlanUpdated(tx, plan, lines);
      await tx.audit('implementation-plan.confirmed', plan.id, {
        party,
        policyVersion: plan.policyVersion,
        updateDueDate: plan.updateDueDate ? toIsoDay(plan.updateDueDate) : null,
        late: !!plan.updateDueDate && toIsoDay(plan.confirmedAt) > toIsoDay(plan.updateDueDate),
      });
    });
    return this.plan(party);
  }

  // --- batches (one query per kind, however many lines a request resolves) ---

  /** Findings by id (null where none). */
  async findingsByIds(ids: readonly string[]): Promise<(FindingEntity | null)[]> {
    const rows = await this.dataSource.getRepository(FindingEntity).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }

  /** Treatments by id (null where risk dropped them in a later analysis version). */
  async treatmentsByIds(ids: readonly string[]): Promise<(RiskTreatmentViewEntity | null)[]> {
    const rows = await this.dataSource
      .getRepository(RiskTreatmentViewEntity)
      .findBy({ treatmentId: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.treatmentId === id) ?? null);
  }

  /** The exceptions of each (party, year)'s current ICV. */
  async exceptionsOf(keys: readonly { party: string; year: number }[]): Promise<IcvException[][]> {
    const rows = await this.dataSource.getRepository(IcvEntity).find({
      select: { party: true, year: true, exceptions: true, state: true },
      where: keys.map((k) => ({ party: k.party, year: k.year, state: Not('VERVANGEN' as const) })),
    });
    return keys.map((k) => rows.find((r) => r.party === k.party && r.year === k.year)?.exceptions ?? []);
  }

  /** For each finding: the lines of the current plans (policy version in force) that address it. */
  async linesAddressing(findingIds: readonly string[]): Promise<PlanLineView[][]> {
    const manager = this.dataSource.manager;
    const inForce = await policyVersionInForce(manager);
    const rows: PlanLineEntity[] = await manager
      .getRepository(PlanLineEntity)
      .createQueryBuilder('l')
      .innerJoin(ImplementationPlanEntity, 'p', 'p.id = l.plan_id')
      .where('p.policy_version = :inForce', { inForce })
      .andWhere('l.finding_ids ?| :ids', { ids: [...findingIds] })
      .orderBy('l.created_at', 'ASC')
      .getMany();
    const today = this.today();
    return findingIds.map((id) =>
      rows.filter((r) => r.findingIds.includes(id)).map((r) => toPlanLine(r, today)),
    );
  }
}

export type PlanView = Awaited<ReturnType<PlanService['plan']>>;

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, In, Raw } from 'typeorm';
import { DecisionTaken } from '@mkib/contracts';
import {
  AgendaItemKind,
  assertAdviceAllowed,
  assertDecisionAllowed,
  checkBoardDecision,
  COMMON_AGENDA_KINDS,
  Decision,
  governance as m,
  INSTRUCTABLE_PARTY_KINDS,
} from '@mkib/domain-governance';
import { Clock, badUserInput, fieldRules } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { applyBbpDecision } from '../bbp/bbp.service';
import { freezeProgressRollUp } from '../progress/progress.service';
import { InstructionService } from '../instruction/instruction.service';
import { PartyEntity } from '../party/party.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { BoardItemKinds } from './board-item-kinds';
import { DecisionInput } from './decision.input';

/** Advice and decision texts: a real sentence, at most a page. */
const TEXT = { min: 10, max: 4_000 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The boards' agenda (SK-3.1, SK-3.5): one item per submitted ICV version and per policy change proposal;
 * the SMB advises, then the BMB decides, and every decision is published (governance.decision.taken).
 * The ICV API (`recordAdvice`, `recordDecision`) and the API of any kind (`adviseBoardItem`,
 * `decideBoardItem`) share one code path; the first sees ICV items only.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly instructions: InstructionService,
    private readonly kinds: BoardItemKinds,
  ) {}

  private get items() {
    return this.dataSource.getRepository(AgendaItemEntity);
  }

  /** The ICV items of a year: a party sees its own; the boards, the LMS and the auditor all. */
  agenda(principal: Principal, year: number): Promise<AgendaItemEntity[]> {
    const scope = partyScope(principal, 'agenda.read');
    return this.items.find({
      where: scope.all ? { kind: 'ICV', year } : { kind: 'ICV', year, party: scope.party },
      order: { party: 'ASC', version: 'ASC' },
    });
  }

  /** Every ICV item of a year, for the reminders: who submitted, and what the boards still owe. */
  ofYear(year: number): Promise<Pick<AgendaItemEntity, 'party' | 'advice' | 'decision' | 'superseded'>[]> {
    return this.items.find({
      select: { party: true, advice: true, decision: true, superseded: true },
      where: { kind: 'ICV', year },
    });
  }

  /** The policy change proposals on the agenda of a year, oldest first (the meeting pack). */
  policyChangesOf(year: number): Promise<AgendaItemEntity[]> {
    return this.items.find({ where: { kind: 'POLICY_CHANGE', year }, order: { submittedAt: 'ASC' } });
  }

  /**
   * What the caller may see of the agenda across kinds: the boards, the LMS and the auditor everything; a
   * party its own ICV items and the common kinds (COMMON_AGENDA_KINDS: policy changes, the BBP,
   * investigations, escalations, working groups' reports); progress roll-ups, signals, wishes and free
   * items are the boards'.
   */
  private visible(principal: Principal, where: FindOptionsWhere<AgendaItemEntity>) {
    const scope = partyScope(principal, 'agenda.read');
    if (scope.all) return [where];
    const clauses: FindOptionsWhere<AgendaItemEntity>[] = [];
    for (const kind of COMMON_AGENDA_KINDS)
      if (where.kind === undefined || where.kind === kind) clauses.push({ ...where, kind });
    if (where.kind === undefined || where.kind === 'ICV')
      clauses.push({ ...where, kind: 'ICV', party: scope.party });
    if (where.kind === undefined || where.kind === 'ESCALATION')
      clauses.push({
        ...where,
        kind: 'ESCALATION',
        // raw SQL: the escalations this party raised or was asked in (the escalation part's table).
        subjectId: Raw(
          (alias) =>
            `${alias} IN (SELECT e.id FROM governance.escalation e
               WHERE e.raised_by_party = :party OR :party = ANY(e.parties))`,
          { party: scope.party },
        ),
      });
    return clauses;
  }

  /** Items of any kind, newest first: one kind, one year or both. */
  boardItems(
    principal: Principal,
    filter: { kind?: AgendaItemKind | null; year?: number | null },
  ): Promise<AgendaItemEntity[]> {
    const where: FindOptionsWhere<AgendaItemEntity> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.year != null) where.year = filter.year;
    const visible = this.visible(principal, where);
    if (!visible.length) return Promise.resolve([]);
    return this.items.find({ where: visible, order: { submittedAt: 'DESC', id: 'ASC' } });
  }

  /** Items by id as the caller may see them (one query for a request's references); unseen ones are left out. */
  boardItemsByIds(principal: Principal, ids: readonly string[]): Promise<AgendaItemEntity[]> {
    const valid = ids.filter((id) => UUID.test(id));
    const visible = this.visible(principal, { id: In(valid) });
    if (!valid.length || !visible.length) return Promise.resolve([]);
    return this.items.find({ where: visible });
  }

  /** One item as the caller may see it: NOT_FOUND for an unknown id and for what it may not see. */
  async boardItem(principal: Principal, id: string): Promise<AgendaItemEntity> {
    if (!UUID.test(id)) throw badUserInput([m.problem('id', 'governance.agendaItem.invalidId')]);
    const [item] = await this.boardItemsByIds(principal, [id]);
    if (!item) throw m.notFound('governance.agendaItem.notFound', { id });
    return item;
  }

  /** The POLICY_CHANGE items of these change proposals, in one query. */
  policyChangeItemsOf(proposalIds: readonly string[]): Promise<AgendaItemEntity[]> {
    const valid = proposalIds.filter((id) => UUID.test(id));
    if (!valid.length) return Promise.resolve([]);
    return this.items.find({ where: { kind: 'POLICY_CHANGE', subjectId: In(valid) } });
  }

  /** The item locked for the change; `kind` limits what the caller's API knows (NOT_FOUND otherwise). */
  private async lockedItem(
    manager: EntityManager,
    id: string,
    field: string,
    kind: AgendaItemKind | null,
  ): Promise<AgendaItemEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id))
      throw badUserInput([m.problem(field, 'governance.agendaItem.invalidId')]);
    const item = await manager
      .getRepository(AgendaItemEntity)
      .findOne({ where: kind ? { id, kind } : { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw m.notFound('governance.agendaItem.notFound', { id });
    return item;
  }

  /** The SMB's advice on a submitted ICV (the ICV API). */
  recordAdvice(acting: ActingContext, agendaItemId: string, advice: string): Promise<AgendaItemEntity> {
    return this.advise(acting, agendaItemId, advice, 'ICV');
  }

  /** The SMB's advice on an item of any kind. */
  adviseBoardItem(acting: ActingContext, agendaItemId: string, advice: string): Promise<AgendaItemEntity> {
    return this.advise(acting, agendaItemId, advice, null);
  }

  /** The BMB's decision on an ICV (the ICV API). */
  recordDecision(acting: ActingContext, input: DecisionInput): Promise<AgendaItemEntity> {
    return this.decide(acting, input, 'ICV');
  }

  /** The BMB's decision on an item of any kind. */
  decideBoardItem(acting: ActingContext, input: DecisionInput): Promise<AgendaItemEntity> {
    return this.decide(acting, input, null);
  }

  private advise(
    acting: ActingContext,
    agendaItemId: string,
    advice: string,
    only: AgendaItemKind | null,
  ): Promise<AgendaItemEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const item = await this.lockedItem(tx.manager, agendaItemId, 'agendaItemId', only);
      // The item first (NOT_FOUND), then the input.
      const problems = fieldRules.text('advice', advice, TEXT);
      if (problems.length) throw badUserInput(problems);
      assertAdviceAllowed({ kind: item.kind, superseded: item.superseded, advised: item.advice !== null });
      const change = { advice: advice.trim(), advisedBy: acting.actor, advisedAt: this.clock.now() };
      await tx.manager.getRepository(AgendaItemEntity).update({ id: item.id }, change);
      await tx.audit(item.kind === 'ICV' ? 'icv.advised' : 'agenda-item.advised', item.id, {
        kind: item.kind,
        subjectId: item.subjectId,
        party: item.party,
        year: item.year,
        ...(item.kind === 'ICV' ? { version: item.version } : { title: item.title }),
        advice: change.advice,
      });
      return Object.assign(item, change);
    });
  }

  private decide(
    acting: ActingContext,
    input: DecisionInput,
    only: AgendaItemKind | null,
  ): Promise<AgendaItemEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const item = await this.lockedItem(tx.manager, input.agendaItemId, 'input.agendaItemId', only);
      // The item first (NOT_FOUND), then the input.
      const problems = [
        ...checkBoardDecision(item.kind, input),
        ...fieldRules.text('input.text', input.text, TEXT),
      ];
      if (problems.length) throw badUserInput(problems);
      if (item.superseded) throw m.conflict('governance.agendaItem.supersededDecision');
      assertDecisionAllowed({
        kind: item.kind,
        icvSubmitted: true,
        advised: item.advice !== null,
        decided: item.decision !== null,
      });
      const now = this.clock.now();
      const addressee = input.instruction ? await this.addressee(tx.manager, item, input) : null;
      const handler = this.kinds.of(item.kind);
      await handler?.beforeDecision?.(tx, item, input, now);
      const change = {
        decision: input.decision as Decision,
        decisionText: input.text.trim(),
        decidedBy: acting.actor,
        decidedAt: now,
      };
      await tx.manager.getRepository(AgendaItemEntity).update({ id: item.id }, change);
      const instructionId = input.instruction
        ? await this.instructions.issue(
            tx.manager,
            {
              agendaItemId: item.id,
              party: addressee!,
              description: input.instruction.description,
              dueDate: input.instruction.dueDate,
            },
            acting.actor,
            now,
          )
        : null;
      await tx.audit(item.kind === 'ICV' ? 'icv.decided' : 'agenda-item.decided', item.id, {
        kind: item.kind,
        subjectId: item.subjectId,
        party: item.party,
        year: item.year,
        ...(item.kind === 'ICV' ? { version: item.version } : { title: item.title }),
        decision: input.decision,
        instructionId,
      });
      await tx.emit(DecisionTaken, item.id, {
        agendaItemId: item.id,
        kind: item.kind,
        subjectId: item.subjectId,
        party: item.party,
        year: item.year,
        title: item.title,
        decision: change.decision,
        decisionText: change.decisionText,
        decidedBy: acting.actor,
        decidedAt: now.toISOString(),
        advice: item.advice!,
        advisedAt: new Date(item.advisedAt!).toISOString(),
        instructionId,
        instructionDescription: input.instruction ? input.instruction.description.trim() : null,
        instructionParty: addressee,
      });
      // The BBP is governance's own subject: adopted (or not) in the decision's unit of work.
      if (item.kind === 'BBP') await applyBbpDecision(tx, item, change.decision);
      // A period's reports: the roll-up the decision took note of stays as it was.
      if (item.kind === 'PROGRESS_REPORTS') await freezeProgressRollUp(tx, item);
      await handler?.afterDecision?.(tx, item, change.decision, instructionId, now);
      return Object.assign(item, change);
    });
  }

  /**
   * The party an aanwijzing goes to: the one the decision names, else the item's own party (an ICV's);
   * a party that implements the policy (not a board or the ministry). BAD_USER_INPUT otherwise.
   */
  private async addressee(
    manager: EntityManager,
    item: AgendaItemEntity,
    input: DecisionInput,
  ): Promise<string> {
    const named = input.instruction?.party?.trim() || null;
    // An ICV's aanwijzing always goes to the party that submitted it.
    const code = item.kind === 'ICV' ? item.party : (named ?? item.party);
    const party = code
      ? await manager
          .getRepository(PartyEntity)
          .findOne({ where: { code }, select: { code: true, kind: true } })
      : null;
    if (
      !party ||
      !INSTRUCTABLE_PARTY_KINDS.includes(party.kind) ||
      (item.kind === 'ICV' && named && named !== item.party)
    )
      throw badUserInput([m.problem('input.instruction.party', 'governance.instruction.addressee')]);
    return party.code;
  }
}

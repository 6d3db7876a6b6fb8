import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  assertInstructionFollowsAdvice,
  checkStandaloneInstruction,
  governance as m,
  INSTRUCTABLE_PARTY_KINDS,
  reportInstructionDone,
  reviewInstruction,
} from '@mkib/domain-governance';
import { Clock, badUserInput, fieldRules } from '@mkib/domain-shared';
import { partyScope, Principal, readablePartyOrNotFound } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { PartyEntity } from '../party/party.entity';
import { InstructionEntity } from './instruction.entity';

export interface IssueInstructionInput {
  party: string;
  description: string;
  dueDate: string;
  reason: string;
  boardItemId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A done report: a real sentence, at most a page. */
const REPORT = { min: 10, max: 4_000 };

const unknownInstruction = (id: string) => m.notFound('governance.instruction.notFound', { id });

/**
 * Improvement instructions (aanwijzingen, SK-3.6): issued with a BMB decision, reported done by the
 * party, closed or sent back by the board.
 */
@Injectable()
export class InstructionService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private get instructions() {
    return this.dataSource.getRepository(InstructionEntity);
  }

  /** A party sees the instructions to it; the boards, the LMS and the auditor all. */
  list(principal: Principal): Promise<InstructionEntity[]> {
    const scope = partyScope(principal, 'agenda.read');
    return this.instructions.find({
      where: scope.all ? {} : { party: scope.party },
      order: { issuedAt: 'ASC' },
    });
  }

  /** Instructions by id as the caller may see them (the scoping of `list`), in one query. */
  byIds(principal: Principal, ids: readonly string[]): Promise<InstructionEntity[]> {
    const valid = ids.filter((id) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
    );
    if (!valid.length) return Promise.resolve([]);
    const scope = partyScope(principal, 'agenda.read');
    return this.instructions.find({
      where: scope.all ? { id: In(valid) } : { id: In(valid), party: scope.party },
    });
  }

  /** The instructions of these agenda items (issued by their decision), in one query. */
  ofAgendaItems(agendaItemIds: readonly string[]): Promise<InstructionEntity[]> {
    return this.instructions.find({
      where: { agendaItemId: In([...agendaItemIds]) },
      order: { issuedAt: 'ASC' },
    });
  }

  /**
   * The BMB gives a party an aanwijzing outside an ICV decision (SK-3.6): to a party that implements the
   * policy, with a reason, optionally following a board item the SMB advised on. Tracked as every
   * instruction (reportDone, review, the AANWIJZING reminders). Nothing is published: no decision is taken.
   */
  issueStandalone(acting: ActingContext, input: IssueInstructionInput): Promise<InstructionEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      // The record first: the board item it follows (NOT_FOUND), then the input, then the state.
      const followed =
        input.boardItemId != null ? await this.followedItem(tx.manager, input.boardItemId) : null;
      const problems = checkStandaloneInstruction(input, this.clock.today());
      const code = typeof input.party === 'string' ? input.party.trim() : '';
      const party = code
        ? await tx.manager
            .getRepository(PartyEntity)
            .findOne({ where: { code }, select: { code: true, kind: true } })
        : null;
      if (!party || !INSTRUCTABLE_PARTY_KINDS.includes(party.kind))
        problems.push(m.problem('input.party', 'governance.instruction.addressee'));
      if (problems.length) throw badUserInput(problems);
      if (followed) assertInstructionFollowsAdvice({ advised: followed.advice !== null });
      const now = this.clock.now();
      const instruction = tx.manager.getRepository(InstructionEntity).create({
        id: randomUUID(),
        agendaItemId: null,
        followsItemId: followed?.id ?? null,
        reason: input.reason.trim(),
        party: party!.code,
        description: input.description.trim(),
        dueDate: input.dueDate,
        state: 'OPEN',
        issuedBy: acting.actor,
        issuedAt: now,
        doneReport: null,
        reportedBy: null,
        reportedAt: null,
        reviewedBy: null,
        reviewedAt: null,
      });
      await tx.manager.getRepository(InstructionEntity).insert(instruction);
      await tx.audit('instruction.issued', instruction.id, {
        party: instruction.party,
        description: instruction.description,
        dueDate: instruction.dueDate,
        reason: instruction.reason,
        followsItemId: instruction.followsItemId,
      });
      return instruction;
    });
  }

  /** The board item a standalone aanwijzing follows, locked so its advice cannot change meanwhile. */
  private async followedItem(manager: EntityManager, id: string): Promise<AgendaItemEntity> {
    if (typeof id !== 'string' || !UUID.test(id))
      throw m.notFound('governance.agendaItem.notFound', { id: String(id).slice(0, 100) });
    const item = await manager
      .getRepository(AgendaItemEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!item) throw m.notFound('governance.agendaItem.notFound', { id });
    return item;
  }

  /** Issues an instruction inside the decision's transaction; returns its id. */
  async issue(
    manager: EntityManager,
    instruction: { agendaItemId: string; party: string; description: string; dueDate: string },
    actor: string,
    now: Date,
  ): Promise<string> {
    const id = randomUUID();
    await manager.getRepository(InstructionEntity).insert({
      id,
      agendaItemId: instruction.agendaItemId,
      party: instruction.party,
      description: instruction.description.trim(),
      dueDate: instruction.dueDate,
      state: 'OPEN',
      issuedBy: actor,
      issuedAt: now,
    });
    return id;
  }

  private async locked(manager: EntityManager, id: string): Promise<InstructionEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id))
      throw badUserInput([m.problem('instructionId', 'governance.instruction.invalidId')]);
    const instruction = await manager
      .getRepository(InstructionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!instruction) throw unknownInstruction(id);
    return instruction;
  }

  /**
   * The party reports its instruction done; another party's instruction is as unknown as a missing one,
   * whatever the report says (NOT_FOUND before the report is checked).
   */
  reportDone(
    acting: ActingContext,
    principal: Principal,
    instructionId: string,
    report: string,
  ): Promise<InstructionEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const instruction = await this.locked(tx.manager, instructionId);
      readablePartyOrNotFound(principal, 'instruction.report-done', instruction.party, () =>
        unknownInstruction(instructionId),
      );
      // Only the party whose instruction it is learns what is wrong with its report.
      const problems = fieldRules.text('report', report, REPORT);
      if (problems.length) throw badUserInput(problems);
      const change = {
        state: reportInstructionDone(instruction.state),
        doneReport: report.trim(),
        reportedBy: acting.actor,
        reportedAt: this.clock.now(),
      };
      await tx.manager.getRepository(InstructionEntity).update({ id: instruction.id }, change);
      await tx.audit('instruction.reported-done', instruction.id, {
        party: instruction.party,
        report: change.doneReport,
      });
      return Object.assign(instruction, change);
    });
  }

  /** The board closes a reported instruction, or sends it back. */
  review(acting: ActingContext, instructionId: string, accept: boolean): Promise<InstructionEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const instruction = await this.locked(tx.manager, instructionId);
      const change = {
        state: reviewInstruction(instruction.state, accept),
        reviewedBy: acting.actor,
        reviewedAt: this.clock.now(),
      };
      await tx.manager.getRepository(InstructionEntity).update({ id: instruction.id }, change);
      await tx.audit(accept ? 'instruction.closed' : 'instruction.reopened', instruction.id, {
        party: instruction.party,
      });
      return Object.assign(instruction, change);
    });
  }
}

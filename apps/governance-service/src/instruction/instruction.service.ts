import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { governance as m, reportInstructionDone, reviewInstruction } from '@mkib/domain-governance';
import { Clock, badUserInput, fieldRules } from '@mkib/domain-shared';
import { partyScope, Principal, readablePartyOrNotFound } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { InstructionEntity } from './instruction.entity';

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

  /** The instructions of these agenda items, in one query. */
  ofAgendaItems(agendaItemIds: readonly string[]): Promise<InstructionEntity[]> {
    return this.instructions.find({
      where: { agendaItemId: In([...agendaItemIds]) },
      order: { issuedAt: 'ASC' },
    });
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

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertDecisionAllowed, checkDecision, Decision, governance as m } from '@mkib/domain-governance';
import { Clock, badUserInput, fieldRules } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { InstructionService } from '../instruction/instruction.service';
import { AgendaItemEntity } from './agenda-item.entity';
import { DecisionInput } from './decision.input';

/** Advice and decision texts: a real sentence, at most a page. */
const TEXT = { min: 10, max: 4_000 };

/** The boards' agenda (SK-3.5): one item per submitted ICV version, the SMB advises, then the BMB decides. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly instructions: InstructionService,
  ) {}

  private get items() {
    return this.dataSource.getRepository(AgendaItemEntity);
  }

  /** A party sees its own items; the boards, the LMS and the auditor all. */
  agenda(principal: Principal, year: number): Promise<AgendaItemEntity[]> {
    const scope = partyScope(principal, 'agenda.read');
    return this.items.find({
      where: scope.all ? { year } : { year, party: scope.party },
      order: { party: 'ASC', version: 'ASC' },
    });
  }

  /** Every item of a year, for the reminders: who submitted, and what the boards still owe. */
  ofYear(year: number): Promise<Pick<AgendaItemEntity, 'party' | 'advice' | 'decision' | 'superseded'>[]> {
    return this.items.find({
      select: { party: true, advice: true, decision: true, superseded: true },
      where: { year },
    });
  }

  private async lockedItem(manager: EntityManager, id: string): Promise<AgendaItemEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id))
      throw badUserInput([m.problem('agendaItemId', 'governance.agendaItem.invalidId')]);
    const item = await manager
      .getRepository(AgendaItemEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw m.notFound('governance.agendaItem.notFound', { id });
    return item;
  }

  recordAdvice(acting: ActingContext, agendaItemId: string, advice: string): Promise<AgendaItemEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const item = await this.lockedItem(tx.manager, agendaItemId);
      // The item first (NOT_FOUND), then the input.
      const problems = fieldRules.text('advice', advice, TEXT);
      if (problems.length) throw badUserInput(problems);
      if (item.superseded) throw m.conflict('governance.agendaItem.supersededAdvice');
      if (item.advice) throw m.conflict('governance.advice.givenAlready');
      const change = { advice: advice.trim(), advisedBy: acting.actor, advisedAt: this.clock.now() };
      await tx.manager.getRepository(AgendaItemEntity).update({ id: item.id }, change);
      await tx.audit('icv.advised', item.id, {
        party: item.party,
        year: item.year,
        version: item.version,
        advice: change.advice,
      });
      return Object.assign(item, change);
    });
  }

  recordDecision(acting: ActingContext, input: DecisionInput): Promise<AgendaItemEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const item = await this.lockedItem(tx.manager, input.agendaItemId);
      // The item first (NOT_FOUND), then the input.
      const problems = [...checkDecision(input), ...fieldRules.text('input.text', input.text, TEXT)];
      if (problems.length) throw badUserInput(problems);
      if (item.superseded) throw m.conflict('governance.agendaItem.supersededDecision');
      assertDecisionAllowed({
        icvSubmitted: true,
        advised: item.advice !== null,
        decided: item.decision !== null,
      });
      const now = this.clock.now();
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
            { agendaItemId: item.id, party: item.party, ...input.instruction },
            acting.actor,
            now,
          )
        : null;
      await tx.audit('icv.decided', item.id, {
        party: item.party,
        year: item.year,
        version: item.version,
        decision: input.decision,
        instructionId,
      });
      return Object.assign(item, change);
    });
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Brackets, DataSource, In } from 'typeorm';
import {
  assertEscalationDecidable,
  assertPositionAllowed,
  checkEscalation,
  checkEscalationPosition,
  escalationItemTitle,
  governance as m,
  missingPositions,
  PositionStance,
  RaiseEscalationInput,
} from '@mkib/domain-governance';
import { badUserInput, Clock, toIsoDay } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { BoardItemKinds } from '../agenda/board-item-kinds';
import { PartyEntity } from '../party/party.entity';
import { EscalationEntity, EscalationPositionEntity } from './escalation.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface EscalationPositionInput {
  escalationId: string;
  stance: PositionStance;
  reasoning: string;
}

/** The position as the audit keeps it (before/after on a change). */
const positionAudit = (p: EscalationPositionEntity) => ({ stance: p.stance, reasoning: p.reasoning });

/**
 * Escalations (SK-3.8): a hoofdgebruiker, the LMS or the board secretary raises a decision point the
 * parties cannot agree on; it becomes an ESCALATION item on the boards' agenda in the same unit of work.
 * Each party asked records its position (EENS/ONEENS with reasoning), changeable until the BMB decided.
 * The SMB advises and the BMB decides through the one mechanism (AgendaService); this service's
 * BoardItemKindHandler refuses the decision while positions are missing before the deadline, and closes
 * the escalation (BESLOTEN) with the decision.
 *
 * Visibility (SK-T3): the boards, the LMS (its operators) and the auditor/evaluator read every escalation
 * with every position; a party reads those it raised or is asked in, with only its own position.
 */
@Injectable()
export class EscalationService implements OnModuleInit {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly kinds: BoardItemKinds,
  ) {}

  onModuleInit() {
    this.kinds.register({
      kind: 'ESCALATION',
      beforeDecision: async (tx, item) => {
        const escalation = await tx.manager
          .getRepository(EscalationEntity)
          .findOne({ where: { id: item.subjectId }, lock: { mode: 'pessimistic_write' } });
        if (!escalation) return;
        const positions = await tx.manager
          .getRepository(EscalationPositionEntity)
          .find({ select: { party: true }, where: { escalationId: escalation.id } });
        const missing = missingPositions(
          escalation.parties,
          positions.map((p) => p.party),
        );
        const names = missing.length
          ? await tx.manager.getRepository(PartyEntity).findBy({ code: In(missing) })
          : [];
        assertEscalationDecidable(
          missing,
          this.clock.today(),
          toIsoDay(escalation.positionsDue),
          (code) => names.find((p) => p.code === code)?.name ?? code,
        );
      },
      afterDecision: async (tx, item, decision) => {
        await tx.manager
          .getRepository(EscalationEntity)
          .update({ id: item.subjectId }, { state: 'BESLOTEN' });
        await tx.audit('escalation.decided', item.subjectId, { agendaItemId: item.id, decision });
      },
    });
  }

  private get escalations() {
    return this.dataSource.getRepository(EscalationEntity);
  }

  /** What the caller may read: every escalation, or those its party raised or is asked in. */
  list(principal: Principal): Promise<EscalationEntity[]> {
    const scope = partyScope(principal, 'escalation.read');
    const q = this.escalations.createQueryBuilder('e').orderBy('e.raised_at', 'DESC').addOrderBy('e.id');
    if (!scope.all)
      q.where(
        new Brackets((w) =>
          w.where('e.raised_by_party = :party', { party: scope.party }).orWhere(':party = ANY(e.parties)', {
            party: scope.party,
          }),
        ),
      );
    return q.getMany();
  }

  /** One escalation as the caller may read it: NOT_FOUND for an unknown id and for one it may not see. */
  async get(principal: Principal, id: string): Promise<EscalationEntity> {
    const e = UUID.test(id) ? await this.escalations.findOneBy({ id }) : null;
    if (!e || !this.mayRead(principal, e)) throw m.notFound('governance.escalation.notFound', { id });
    return e;
  }

  private mayRead(principal: Principal, e: Pick<EscalationEntity, 'raisedByParty' | 'parties'>) {
    const scope = partyScope(principal, 'escalation.read');
    return scope.all || e.raisedByParty === scope.party || e.parties.includes(scope.party);
  }

  /** Every position of these escalations (one query); the resolver shows a party its own only. */
  positionsOf(ids: readonly string[]): Promise<EscalationPositionEntity[]> {
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length
      ? this.dataSource
          .getRepository(EscalationPositionEntity)
          .find({ where: { escalationId: In(valid) }, order: { recordedAt: 'ASC', party: 'ASC' } })
      : Promise.resolve([]);
  }

  async raise(principal: Principal, acting: ActingContext, input: RaiseEscalationInput) {
    const scope = partyScope(principal, 'escalation.raise');
    // The board secretary raises on behalf of the boards and need not be asked.
    const raisingParty = scope.all ? null : scope.party;
    const today = this.clock.today();
    const problems = checkEscalation(input, today, raisingParty);
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const now = this.clock.now();
      const id = randomUUID();
      const itemId = randomUUID();
      const escalation = tx.manager.getRepository(EscalationEntity).create({
        id,
        title: input.title.trim(),
        question: input.question.trim(),
        raisedBy: acting.actor,
        raisedByParty: raisingParty ?? principal.party,
        raisedAt: now,
        positionsDue: input.positionsDue,
        state: 'OPEN',
        parties: [...input.parties],
        boardItemId: itemId,
      });
      await tx.manager.getRepository(EscalationEntity).insert(escalation);
      const title = escalationItemTitle(input.title);
      const year = Number(today.slice(0, 4));
      await tx.manager.getRepository(AgendaItemEntity).insert({
        id: itemId,
        kind: 'ESCALATION',
        subjectId: id,
        title,
        year,
        party: escalation.raisedByParty,
        submittedAt: now,
        sourceEventId: randomUUID(),
      });
      await tx.audit('escalation.raised', id, {
        title: escalation.title,
        parties: escalation.parties,
        positionsDue: escalation.positionsDue,
        raisedByParty: escalation.raisedByParty,
        agendaItemId: itemId,
      });
      await tx.audit('agenda-item.added', itemId, {
        kind: 'ESCALATION',
        subjectId: id,
        party: escalation.raisedByParty,
        year,
        title,
      });
      return escalation;
    });
  }

  async recordPosition(principal: Principal, acting: ActingContext, input: EscalationPositionInput) {
    const id = input.escalationId;
    if (!UUID.test(id ?? '')) throw m.notFound('governance.escalation.notFound', { id });
    const scope = partyScope(principal, 'escalation.position');
    const party = scope.all ? principal.party : scope.party;
    return this.unitOfWork.run(acting, async (tx) => {
      const escalation = await tx.manager
        .getRepository(EscalationEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      // Record first: one the party may not read is NOT_FOUND, never FORBIDDEN.
      if (!escalation || !this.mayRead(principal, escalation))
        throw m.notFound('governance.escalation.notFound', { id });
      const problems = checkEscalationPosition(input);
      if (problems.length) throw badUserInput(problems);
      assertPositionAllowed(escalation, party);
      await this.savePosition(tx, escalation, party, input, acting.actor);
      return escalation;
    });
  }

  private async savePosition(
    tx: Transaction,
    escalation: EscalationEntity,
    party: string,
    input: EscalationPositionInput,
    actor: string,
  ) {
    const positions = tx.manager.getRepository(EscalationPositionEntity);
    const before = await positions.findOneBy({ escalationId: escalation.id, party });
    const after = positions.create({
      escalationId: escalation.id,
      party,
      stance: input.stance,
      reasoning: input.reasoning.trim(),
      recordedBy: actor,
      recordedAt: this.clock.now(),
    });
    if (before) await positions.update({ escalationId: escalation.id, party }, after);
    else await positions.insert(after);
    await tx.audit('escalation-position.recorded', escalation.id, {
      party,
      ...(before ? { before: positionAudit(before), after: positionAudit(after) } : positionAudit(after)),
    });
  }
}

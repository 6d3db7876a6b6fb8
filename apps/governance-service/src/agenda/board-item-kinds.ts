import { Injectable } from '@nestjs/common';
import type { AgendaItemKind, Decision } from '@mkib/domain-governance';
import type { Transaction } from '@mkib/server-messaging';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { DecisionInput } from './decision.input';

/**
 * What the part of governance that owns a kind of agenda item does around the boards' one advice and
 * decision mechanism (AgendaService): an investigation is commissioned by the decision, an escalation may
 * not be decided while positions are missing before its deadline, a working group's report is noted. Each
 * part registers its handler in its onModuleInit (Nest has no multi-providers), as ReminderSources do.
 * Every hook runs inside the decision's (or advice's) unit of work, after the item was locked.
 */
export interface BoardItemKindHandler {
  kind: AgendaItemKind;
  /** Refuses the decision by throwing a DomainError (CONFLICT, BAD_USER_INPUT); nothing is written then. */
  beforeDecision?(tx: Transaction, item: AgendaItemEntity, input: DecisionInput, now: Date): Promise<void>;
  /** Acts on the decision (the subject's state), in the decision's unit of work. */
  afterDecision?(
    tx: Transaction,
    item: AgendaItemEntity,
    decision: Decision,
    instructionId: string | null,
    now: Date,
  ): Promise<void>;
}

@Injectable()
export class BoardItemKinds {
  private readonly handlers = new Map<AgendaItemKind, BoardItemKindHandler>();
  register(handler: BoardItemKindHandler) {
    if (this.handlers.has(handler.kind)) throw new Error(`two handlers for agenda items of ${handler.kind}`);
    this.handlers.set(handler.kind, handler);
  }
  of(kind: AgendaItemKind): BoardItemKindHandler | undefined {
    return this.handlers.get(kind);
  }
}

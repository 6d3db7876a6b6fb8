import { toIsoTimestamp } from '@mkib/domain-shared';
import { InstructionEntity } from './instruction.entity';

/** The GraphQL shape of an instruction, kept apart from the entity. */
export const toInstruction = (i: InstructionEntity) => ({
  id: i.id,
  agendaItemId: i.agendaItemId,
  /** The board item whose decision issued it, or whose advice it follows (Instruction.boardItem). */
  boardItemId: i.agendaItemId ?? i.followsItemId,
  reason: i.reason,
  issuedAt: toIsoTimestamp(i.issuedAt),
  party: i.party,
  description: i.description,
  dueDate: i.dueDate,
  state: i.state,
  issuedBy: i.issuedBy,
  doneReport: i.doneReport,
  reportedBy: i.reportedBy,
  reviewedBy: i.reviewedBy,
});

import { InstructionEntity } from './instruction.entity';

/** The GraphQL shape of an instruction, kept apart from the entity. */
export const toInstruction = (i: InstructionEntity) => ({
  id: i.id,
  agendaItemId: i.agendaItemId,
  party: i.party,
  description: i.description,
  dueDate: i.dueDate,
  state: i.state,
  issuedBy: i.issuedBy,
  doneReport: i.doneReport,
  reportedBy: i.reportedBy,
  reviewedBy: i.reviewedBy,
});

/** `DecisionInput` of the schema: the BMB's decision on an agenda item, with its instruction if any. */
export interface DecisionInput {
  agendaItemId: string;
  decision: string;
  text: string;
  /** Required with AANVAARD_MET_AANWIJZING (`InstructionInput`). */
  instruction?: { description: string; dueDate: string } | null;
}

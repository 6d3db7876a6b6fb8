import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
/** `DecisionInput` of the schema: the BMB's decision on an agenda item, with its instruction if any. */
export interface DecisionInput {
  agendaItemId: string;
  decision: string;
  text: string;
  /** Required with AANVAARD_MET_AANWIJZING (`InstructionInput`). */
  instruction?: { description: string; dueDate: string; party?: string | null } | null;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const decisionInputMatchesSchema: MatchesSchema<DecisionInput, schema.DecisionInput> = true;

import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * The BMB decided an agenda item after the SMB's advice (SK-3.1, SK-3.5): an ICV, a policy change
 * proposal, a year's BBP (governance marks it adopted), a period's progress reports, an investigation
 * (commissioned), an escalation, a working group's report, a signal, the wishes, a free item. The context that owns the subject acts on it (policy publishes an adopted
 * version); others may keep it as a record to link to (a policy change triggered by an ICV outcome or a
 * BMB instruction).
 */
export const DecisionTaken = defineEvent({
  type: 'governance.decision.taken',
  context: 'governance',
  schemaVersion: 1,
  schema: z.object({
    agendaItemId: z.string().uuid(),
    kind: z.enum([
      'ICV',
      'POLICY_CHANGE',
      'BBP',
      'PROGRESS_REPORTS',
      'INVESTIGATION',
      'ESCALATION',
      'WORKING_GROUP_REPORT',
      'SIGNAL',
      'WISHES',
      'FREE',
    ]),
    /** The subject's id in its own context: the ICV's id, the change proposal's id. */
    subjectId: z.string().uuid(),
    /** The party the item concerns (the submitting party of an ICV; the LMS for a policy change). */
    party: z.string().min(1).nullable(),
    year: z.number().int(),
    title: z.string(),
    decision: z.enum(['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD']),
    decisionText: z.string(),
    decidedBy: z.string().min(1),
    decidedAt: z.string(),
    /** The SMB's advice came first: a decision never precedes it. */
    advice: z.string().min(1),
    advisedAt: z.string(),
    /** The instruction (aanwijzing) issued with the decision, if any. */
    instructionId: z.string().uuid().nullable(),
    instructionDescription: z.string().nullable(),
    /** The party the instruction is addressed to (the item's party unless the decision named another). */
    instructionParty: z.string().min(1).nullable().optional(),
  }),
});
export type DecisionTakenData = z.infer<typeof DecisionTaken.schema>;

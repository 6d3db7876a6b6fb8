import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * The LMS put a change proposal of the information-security policy before the boards (SK-3.1, SK-4.4):
 * governance puts it on the SMB agenda, where the SMB advises and the BMB adopts or rejects it.
 */
export const PolicyChangeProposed = defineEvent({
  type: 'policy.change.proposed',
  context: 'policy',
  schemaVersion: 1,
  schema: z.object({
    proposalId: z.string().uuid(),
    /** Numbered per policy, 1, 2, … */
    number: z.number().int().min(1),
    title: z.string().min(1),
    /** What the proposal changes, in one paragraph, for the agenda. */
    summary: z.string(),
    /** What triggered it (SK-4.4). */
    triggerKind: z.enum([
      'JAARAANSCHRIJVING',
      'RISK_ANALYSIS',
      'HOOFDGEBRUIKER_REQUEST',
      'BMB_INSTRUCTION',
      'ICV_OUTCOME',
      'EVALUATION',
    ]),
    /** The policy version in force when it was proposed. */
    baseVersion: z.number().int().min(1),
    /** True when it carries a BBN profile, common-catalogue or supplementary-measures change. */
    carriesRequirementChanges: z.boolean(),
    /** Hoofdgebruikers that did not respond to the consultation. */
    awaitingResponse: z.array(z.string()),
    submittedAt: z.string(),
  }),
});
export type PolicyChangeProposedData = z.infer<typeof PolicyChangeProposed.schema>;

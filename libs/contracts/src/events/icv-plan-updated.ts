import { z } from 'zod';
import { defineEvent } from '../envelope';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * An organisation's implementation plan changed (SK-2.3): a line saved or removed, the plan confirmed up to
 * date, or a new plan opened because a policy version was adopted (state BIJWERKEN_VEREIST with its
 * update deadline). Published whole as counts, never the lines' content: governance reminds of the plan
 * update and shows the boards the counts (SK-3.3, SK-T3).
 */
export const PlanUpdated = defineEvent({
  type: 'icv.plan.updated',
  context: 'icv',
  schemaVersion: 1,
  schema: z.object({
    planId: z.string().uuid(),
    party: z.string().min(1),
    policyVersion: z.number().int().min(1),
    state: z.enum(['ACTUEEL', 'BIJWERKEN_VEREIST']),
    /** The update deadline while BIJWERKEN_VEREIST; null otherwise. */
    updateDueDate: day.nullable(),
    /** The counts as of `asOf` (the day of the change): see PlanRollUp in the icv schema. */
    asOf: day,
    total: z.number().int().min(0),
    done: z.number().int().min(0),
    onTrack: z.number().int().min(0),
    overdue: z.number().int().min(0),
    withoutOwner: z.number().int().min(0),
    updatedAt: z.string(),
  }),
});
export type PlanUpdatedData = z.infer<typeof PlanUpdated.schema>;

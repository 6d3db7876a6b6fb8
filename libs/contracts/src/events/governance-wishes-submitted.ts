import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * A party submitted an information-security wish for a year's BBP (SK-3.4), or withdrew one (`withdrawn`).
 * The wish's content stays in governance; this tells others that the party took part in the round.
 */
export const WishesSubmitted = defineEvent({
  type: 'governance.wishes.submitted',
  context: 'governance',
  schemaVersion: 1,
  schema: z.object({
    wishId: z.string().uuid(),
    year: z.number().int(),
    party: z.string().min(1),
    subject: z.string().min(1),
    priority: z.enum(['HOOG', 'MIDDEN', 'LAAG']),
    estimatedCost: z.number().int().min(0),
    /** Submitted after the wishes deadline (accepted, marked for the secretary). */
    late: z.boolean(),
    withdrawn: z.boolean(),
    submittedBy: z.string().min(1),
    submittedAt: z.string(),
  }),
});
export type WishesSubmittedData = z.infer<typeof WishesSubmitted.schema>;

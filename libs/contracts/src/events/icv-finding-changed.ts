import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * A finding was recorded, progressed or closed (icv). Other contexts keep what they need of it from this
 * event, never by querying icv: risk puts the open findings in a party's plan of action and milestones
 * (OSCAL POA&M); governance (later) reminds of their due dates.
 */
export const FindingChanged = defineEvent({
  type: 'icv.finding.changed',
  context: 'icv',
  schemaVersion: 1,
  schema: z.object({
    findingId: z.string().uuid(),
    party: z.string().min(1),
    year: z.number().int(),
    frameworkCode: z.string().min(1),
    identifier: z.string().min(1),
    description: z.string(),
    action: z.string(),
    owner: z.string(),
    dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    status: z.enum(['OPEN', 'AFGEROND']),
    /** Set when the finding came from a risk treatment (risk.analysis.finalised). */
    riskTreatmentId: z.string().uuid().nullable(),
    changedAt: z.string(),
  }),
});
export type FindingChangedData = z.infer<typeof FindingChanged.schema>;

import { z } from 'zod';
import { defineEvent } from '../envelope';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * An organisation submitted its signed progress report on its implementation plan for a period of the BBP
 * calendar (SK-2.4). governance collects the reports of a period onto the SMB agenda and rolls them up
 * across parties; it stops reminding that party of that period.
 */
export const ProgressReported = defineEvent({
  type: 'icv.progress.reported',
  context: 'icv',
  schemaVersion: 1,
  schema: z.object({
    reportId: z.string().uuid(),
    party: z.string().min(1),
    year: z.number().int(),
    period: z.number().int().min(1),
    /** The period's report moment. */
    due: day,
    policyVersion: z.number().int().min(1),
    /** The plan's counts frozen when the report was signed. */
    total: z.number().int().min(0),
    done: z.number().int().min(0),
    onTrack: z.number().int().min(0),
    overdue: z.number().int().min(0),
    withoutOwner: z.number().int().min(0),
    signedBy: z.string().min(1),
    submittedBy: z.string().min(1),
    submittedAt: z.string(),
    /** Submitted after the report moment. */
    late: z.boolean(),
  }),
});
export type ProgressReportedData = z.infer<typeof ProgressReported.schema>;

import { z } from 'zod';
import { defineEvent } from '../envelope';

/** A co-user reported its implementation status for a year (SK-5.4); the cycle stops reminding it. */
export const CoUserReportSubmitted = defineEvent({
  type: 'icv.co-user-report.submitted',
  context: 'icv',
  schemaVersion: 1,
  schema: z.object({
    party: z.string().min(1),
    year: z.number().int(),
    reportsTo: z.string().min(1),
    status: z.enum(['GEIMPLEMENTEERD', 'DEELS', 'NIET']),
  }),
});
export type CoUserReportSubmittedData = z.infer<typeof CoUserReportSubmitted.schema>;

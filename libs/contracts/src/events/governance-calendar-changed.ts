import { z } from 'zod';
import { defineEvent } from '../envelope';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The PDCA calendar of a BBP year was set or moved (SK-3.2, SK-2.4): published whole. icv learns the
 * progress-report moments (the periods a progress report is for) from it, never by querying governance.
 */
export const CalendarChanged = defineEvent({
  type: 'governance.calendar.changed',
  context: 'governance',
  schemaVersion: 1,
  schema: z.object({
    year: z.number().int(),
    policyVersion: z.number().int().min(1),
    wishesDeadline: day,
    /** Period n (1-based) is reported on by the n-th moment. */
    progressReportMoments: z.array(day),
    smbMeetings: z.array(day),
    bmbMeetings: z.array(day),
    adoptionDate: day,
    changedAt: z.string(),
  }),
});
export type CalendarChangedData = z.infer<typeof CalendarChanged.schema>;

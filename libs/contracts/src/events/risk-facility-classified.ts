import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * A facility's classification as it now stands (every classification, and once for each seeded
 * facility): other contexts keep the BBN and the hoofdgebruikers of each facility, e.g. the policy
 * context to know which measures apply to whom (SK-2.2b).
 */
export const FacilityClassified = defineEvent({
  type: 'risk.facility.classified',
  context: 'risk',
  schemaVersion: 1,
  schema: z.object({
    facilityCode: z.string().min(1),
    bbn: z.number().int().min(1).max(3),
    usedBy: z.array(z.string().min(1)),
    /** When the BIV rating must be re-calibrated (YYYY-MM-DD); absent in events published before it travelled. */
    reviewDue: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  }),
});
export type FacilityClassifiedData = z.infer<typeof FacilityClassified.schema>;

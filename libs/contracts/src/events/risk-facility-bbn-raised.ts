import { z } from 'zod';
import { defineEvent } from '../envelope';

/** A facility was raised above BBN2: a supplementary risk analysis is now required (SK-4.3). */
export const FacilityBbnRaised = defineEvent({
  type: 'risk.facility.bbn-raised',
  context: 'risk',
  schemaVersion: 1,
  schema: z.object({
    facilityCode: z.string().min(1),
    previousBbn: z.number().int().min(1).max(3),
    newBbn: z.number().int().min(1).max(3),
    supplementaryAnalysisRequired: z.literal(true),
    reviewDue: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
});
export type FacilityBbnRaisedData = z.infer<typeof FacilityBbnRaised.schema>;

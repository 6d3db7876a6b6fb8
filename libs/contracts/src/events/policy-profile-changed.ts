import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * What applies to the facilities changed (SK-2.2b): the LMS published a new BBN profile version, recorded
 * the measures a facility's supplementary analysis added, or a party changed its extra frameworks.
 */
export const ProfileChanged = defineEvent({
  type: 'policy.profile.changed',
  context: 'policy',
  schemaVersion: 1,
  schema: z.object({
    change: z.enum(['BBN_PROFILE_PUBLISHED', 'SUPPLEMENTARY_MEASURES_SET', 'PARTY_FRAMEWORKS_CHANGED']),
    /** The BBN profile version in force after the change. */
    profileVersion: z.number().int().min(1),
    /** Set when one facility's supplementary measures changed. */
    facilityCode: z.string().min(1).nullable(),
    /** Set when one party's extra frameworks changed. */
    party: z.string().min(1).nullable(),
    /** Measures per BBN level (1, 2, 3) of the profile in force, cumulative. */
    applicableCounts: z.array(z.number().int().min(0)).length(3),
  }),
});
export type ProfileChangedData = z.infer<typeof ProfileChanged.schema>;

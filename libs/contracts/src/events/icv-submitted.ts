import { z } from 'zod';
import { defineEvent } from '../envelope';

/** An organisation submitted its signed in-control statement for a year: it goes on the SMB's agenda (SK-3.5). */
export const IcvSubmitted = defineEvent({
  type: 'icv.submitted',
  context: 'icv',
  schemaVersion: 1,
  schema: z.object({
    icvId: z.string().uuid(),
    party: z.string().min(1),
    year: z.number().int(),
    version: z.number().int().min(1),
    statement: z.enum(['IN_CONTROL', 'IN_CONTROL_MET_UITZONDERINGEN', 'NIET_IN_CONTROL']),
    scope: z.enum(['BEHEERORGANISATIE', 'ORGANISATIE_EN_MEDEGEBRUIKERS']),
    exceptionCount: z.number().int().min(0),
    /** The exceptions with their improvement measures, for the boards' papers. */
    exceptions: z
      .array(
        z.object({
          subject: z.string(),
          description: z.string(),
          improvement: z.string(),
          dueDate: z.string(),
        }),
      )
      .default([]),
    signedBy: z.string().min(1),
    /** The self-assessment behind it: share of applicable measures implemented, overall and per facility. */
    compliance: z
      .object({
        percentImplemented: z.number().int().min(0).max(100),
        byFacility: z.array(
          z.object({ facilityCode: z.string(), percentImplemented: z.number().int().min(0).max(100) }),
        ),
      })
      .default({ percentImplemented: 0, byFacility: [] }),
    /** A correction replaces this earlier version on the agenda. */
    replacesVersion: z.number().int().min(1).nullable(),
  }),
});
export type IcvSubmittedData = z.infer<typeof IcvSubmitted.schema>;

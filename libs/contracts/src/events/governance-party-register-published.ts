import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * The party register as it stands (published whole: it is small). Other contexts keep the part they
 * need, e.g. the icv context which medegebruikers report to which hoofdgebruiker (SK-5.4).
 */
export const PartyRegisterPublished = defineEvent({
  type: 'governance.party-register.published',
  context: 'governance',
  schemaVersion: 1,
  schema: z.object({
    parties: z
      .array(
        z.object({
          code: z.string().min(1),
          kind: z.enum([
            'HOOFDGEBRUIKER',
            'BEHEERDER',
            'MEDEGEBRUIKER',
            'BIJZONDERE_GEBRUIKER',
            'BESTUURSORGAAN',
            'MINISTERIE',
          ]),
          /** For a medegebruiker its hoofdgebruiker; for a bijzondere gebruiker the LMS; else null. */
          reportsTo: z.string().min(1).nullable(),
          // Optional since issue 18 (SK-5.4: the LMS keeps the register): the name and a co-user's
          // registration. A consumer reading an older event sees them absent.
          name: z.string().min(1).optional(),
          category: z.enum(['MEDEGEBRUIKER', 'TIJDELIJK', 'BIJZONDERE_GEBRUIKER']).nullable().optional(),
          /** YYYY-MM-DD */
          admittedOn: z.string().nullable().optional(),
          /** YYYY-MM-DD: the last day of the admission. */
          endsOn: z.string().nullable().optional(),
          /** Shared facility codes the co-user uses. */
          facilities: z.array(z.string().min(1)).optional(),
          reportingArrangement: z.string().nullable().optional(),
          /** YYYY-MM-DD */
          reportDue: z.string().nullable().optional(),
        }),
      )
      .min(1),
    /** Who represents which party on the SMB and the BMB (optional since issue 18). */
    representatives: z
      .array(z.object({ party: z.string().min(1), smb: z.array(z.string()), bmb: z.array(z.string()) }))
      .optional(),
  }),
});
export type PartyRegisterPublishedData = z.infer<typeof PartyRegisterPublished.schema>;

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
        }),
      )
      .min(1),
  }),
});
export type PartyRegisterPublishedData = z.infer<typeof PartyRegisterPublished.schema>;

import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * The measures that now apply to one party (SK-2.2b): for each facility it uses (the LMS: every facility
 * it manages) the BBN profile's measures and, above BBN2, the supplementary ones; plus the leaves of the
 * extra frameworks it attached (no facility). The icv context assesses against this list.
 * Each measure carries its title, text and framework version (optional fields, additive: consumers of
 * the shape without them keep working, and events without them still parse).
 */
export const ApplicabilityChanged = defineEvent({
  type: 'policy.applicability.changed',
  context: 'policy',
  schemaVersion: 1,
  schema: z.object({
    party: z.string().min(1),
    profileVersion: z.number().int().min(1),
    measures: z.array(
      z.object({
        frameworkCode: z.string().min(1),
        identifier: z.string().min(1),
        /** The facilities through which it applies; empty for a party's own extra framework. */
        facilities: z.array(z.string().min(1)),
        /**
         * The requirement as the catalogue reads at publication, and its framework's version label: the
         * icv context copies them into a submitted year's snapshot. Optional (added within schema
         * version 1): events published before carry none.
         */
        title: z.string().nullable().optional(),
        text: z.string().nullable().optional(),
        frameworkVersion: z.string().nullable().optional(),
      }),
    ),
  }),
});
export type ApplicabilityChangedData = z.infer<typeof ApplicabilityChanged.schema>;

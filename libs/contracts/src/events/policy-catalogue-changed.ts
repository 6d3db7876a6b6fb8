import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * A framework of the control catalogue was created, replaced or merged into, or mappings between
 * frameworks changed (SK-2.1). Consumers (the ICV cycle) re-check what they measured against it.
 */
export const CatalogueChanged = defineEvent({
  type: 'policy.catalogue.changed',
  context: 'policy',
  schemaVersion: 1,
  schema: z.object({
    change: z.enum(['FRAMEWORK_CREATED', 'FRAMEWORK_REPLACED', 'FRAMEWORK_MERGED', 'MAPPINGS_IMPORTED']),
    /** The frameworks the change touched. */
    frameworkCodes: z.array(z.string().min(1)).min(1),
    /** Null for the common catalogue; a party code for that party's own extra framework. */
    ownerParty: z.string().min(1).nullable(),
    added: z.number().int().min(0),
    updated: z.number().int().min(0),
    removed: z.number().int().min(0),
  }),
});
export type CatalogueChangedData = z.infer<typeof CatalogueChanged.schema>;

import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * The BMB adopted a change proposal and policy published the new version of the information-security
 * policy (SK-3.1): the changes it carries are in force from now. icv marks every party's open
 * self-assessment "policy changed: review"; implementation plans hook into this event too.
 */
export const PolicyVersionAdopted = defineEvent({
  type: 'policy.version.adopted',
  context: 'policy',
  schemaVersion: 1,
  schema: z.object({
    version: z.number().int().min(2),
    previousVersion: z.number().int().min(1),
    proposalId: z.string().uuid(),
    title: z.string().min(1),
    /** The governance agenda item whose BMB decision adopted it. */
    agendaItemId: z.string().uuid(),
    adoptedAt: z.string(),
    /** The BBN profile version in force with this policy version. */
    bbnProfileVersion: z.number().int().min(1),
    /** How many sections, norms and rules changed. */
    changeCount: z.number().int().min(0),
    carriesRequirementChanges: z.boolean(),
  }),
});
export type PolicyVersionAdoptedData = z.infer<typeof PolicyVersionAdopted.schema>;

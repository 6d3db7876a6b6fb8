import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
import type { ClassifyFacilityCommand } from '@mkib/domain-risk';

/** `ClassifyFacilityInput` of the schema: the facility and its new classification. */
export interface ClassifyFacilityInput extends ClassifyFacilityCommand {
  facilityCode: string;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const classifyFacilityInputMatchesSchema: MatchesSchema<
  ClassifyFacilityInput,
  schema.ClassifyFacilityInput
> = true;

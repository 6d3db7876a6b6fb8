import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
import type { BbnProfileLevel, RequirementRef } from '@mkib/domain-policy';

/** `PublishBbnProfileInput` of the SDL. */
export interface PublishBbnProfileInput {
  levels: BbnProfileLevel[];
  rationale: string;
}

/** `SetSupplementaryMeasuresInput` of the SDL. */
export interface SetSupplementaryMeasuresInput {
  facilityCode: string;
  measures: RequirementRef[];
  rationale: string;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const publishBbnProfileInputMatchesSchema: MatchesSchema<
  PublishBbnProfileInput,
  schema.PublishBbnProfileInput
> = true;
export const setSupplementaryMeasuresInputMatchesSchema: MatchesSchema<
  SetSupplementaryMeasuresInput,
  schema.SetSupplementaryMeasuresInput
> = true;

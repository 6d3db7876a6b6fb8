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

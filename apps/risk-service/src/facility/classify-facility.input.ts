import type { ClassifyFacilityCommand } from '@mkib/domain-risk';

/** `ClassifyFacilityInput` of the schema: the facility and its new classification. */
export interface ClassifyFacilityInput extends ClassifyFacilityCommand {
  facilityCode: string;
}

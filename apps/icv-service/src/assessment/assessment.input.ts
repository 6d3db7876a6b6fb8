import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
/** GraphQL `AssessmentEntryInput`. */
export interface AssessmentEntryInput {
  frameworkCode: string;
  identifier: string;
  status: string;
  justification?: string | null;
}

/** GraphQL `AssessMeasuresInput`. */
export interface AssessMeasuresInput {
  year: number;
  entries: AssessmentEntryInput[];
}

/** GraphQL `FindingInput`. */
export interface FindingInput {
  year: number;
  frameworkCode: string;
  identifier: string;
  description: string;
  action: string;
  owner: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** GraphQL `FindingProgressInput`. */
export interface FindingProgressInput {
  action: string;
  owner: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** GraphQL `EvidenceInput`. */
export interface EvidenceInput {
  year: number;
  frameworkCode: string;
  identifier: string;
  filename: string;
  contentType: string;
  contentBase64: string;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const assessmentEntryInputMatchesSchema: MatchesSchema<
  AssessmentEntryInput,
  schema.AssessmentEntryInput
> = true;
export const assessMeasuresInputMatchesSchema: MatchesSchema<
  AssessMeasuresInput,
  schema.AssessMeasuresInput
> = true;
export const findingInputMatchesSchema: MatchesSchema<FindingInput, schema.FindingInput> = true;
export const evidenceInputMatchesSchema: MatchesSchema<EvidenceInput, schema.EvidenceInput> = true;
export const findingProgressInputMatchesSchema: MatchesSchema<
  FindingProgressInput,
  schema.FindingProgressInput
> = true;

import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
import type { MeasureRef, NamedMissing, Statement } from '@mkib/domain-icv';

/** GraphQL `IcvExceptionInput`. */
export interface IcvExceptionInput {
  measures: MeasureRef[];
  explanation: string;
  plannedDate: string;
}

/** GraphQL `UpdateIcvInput`. */
export interface UpdateIcvInput {
  year: number;
  statement?: Statement | null;
  exceptions: IcvExceptionInput[];
  namedMissing: NamedMissing[];
}

/** GraphQL `MissingReportExplanationInput`. */
export interface MissingReportExplanationInput {
  party: string;
  explanation: string;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const updateIcvInputMatchesSchema: MatchesSchema<UpdateIcvInput, schema.UpdateIcvInput> = true;
export const missingReportExplanationInputMatchesSchema: MatchesSchema<
  MissingReportExplanationInput,
  schema.MissingReportExplanationInput
> = true;

import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
import type { MedegebruikerStatus } from '@mkib/domain-icv';

/** GraphQL `CoUserReportInput` (name kept, see docs/glossary.md). */
export interface MedegebruikerReportInput {
  year: number;
  status: MedegebruikerStatus;
  summary: string;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const medegebruikerReportInputMatchesSchema: MatchesSchema<
  MedegebruikerReportInput,
  schema.CoUserReportInput
> = true;

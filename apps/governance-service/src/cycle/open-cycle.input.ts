import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
/** `OpenCycleInput` of the schema: the year and its four deadlines (YYYY-MM-DD). */
export interface OpenCycleInput {
  year: number;
  medegebruikerRapportages: string;
  icvIndiening: string;
  smbVergadering: string;
  bmbVergadering: string;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const openCycleInputMatchesSchema: MatchesSchema<OpenCycleInput, schema.OpenCycleInput> = true;

import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
import type {
  FrameworkImportRequest,
  ImportCounts,
  ImportFormat,
  ImportMode,
  ImportProblem,
} from '@mkib/domain-policy';

/** `ImportFrameworkInput` of the SDL: the resolver's argument and the service's input. */
export interface ImportFrameworkInput extends FrameworkImportRequest {
  /** True (the default) only checks and reports; false imports everything or nothing. */
  dryRun: boolean;
}

/** `ImportMappingsInput` of the SDL. */
export interface ImportMappingsInput {
  content: string;
  replace: boolean;
  dryRun: boolean;
}

/** `ImportReport` of the SDL. */
export interface ImportReport extends ImportCounts {
  dryRun: boolean;
  imported: boolean;
  frameworkCode: string;
  format: ImportFormat;
  mode: ImportMode;
  problems: ImportProblem[];
}

/** The arguments of `requirements(...)`. */
export interface RequirementsArgs {
  frameworkCode: string;
  search: string | null;
  kind: string | null;
  status: string | null;
  limit: number;
  offset: number;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const importFrameworkInputMatchesSchema: MatchesSchema<
  ImportFrameworkInput,
  schema.ImportFrameworkInput
> = true;
export const importMappingsInputMatchesSchema: MatchesSchema<
  ImportMappingsInput,
  schema.ImportMappingsInput
> = true;

import type { MatchesSchema } from '@mkib/server-graphql';
import type * as schema from '../generated/schema-types';
import type { IcvException, NamedMissing, Statement } from '@mkib/domain-icv';

/** GraphQL `UpdateIcvInput`. */
export interface UpdateIcvInput {
  year: number;
  statement?: Statement | null;
  exceptions: IcvException[];
  namedMissing: NamedMissing[];
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const updateIcvInputMatchesSchema: MatchesSchema<UpdateIcvInput, schema.UpdateIcvInput> = true;

import type { IcvException, NamedMissing, Statement } from '@mkib/domain-icv';

/** GraphQL `UpdateIcvInput`. */
export interface UpdateIcvInput {
  year: number;
  statement?: Statement | null;
  exceptions: IcvException[];
  namedMissing: NamedMissing[];
}

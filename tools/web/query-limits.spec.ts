import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DocumentNode, validate, Kind } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import * as documents from '../../libs/web/data-access/src/gql/graphql';
import { QUERY_LIMITS } from '../../apps/gateway/src/gateway';

/**
 * Every operation the web sends stays within the gateway's query limits (depth and cost, GraphQL Armor):
 * a screen whose query the gateway refuses shows only "something went wrong".
 */
const ROOT = join(__dirname, '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'apps/gateway/supergraph.graphql'), 'utf8'), {
  assumeValidSDL: true,
});
const operations = Object.entries(documents).filter(
  ([name, doc]) =>
    name.endsWith('Document') &&
    (doc as DocumentNode).definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION),
) as [string, DocumentNode][];

describe('web operations within the gateway limits', () => {
  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations.map(([name, doc]) => [name, doc]))('%s', (_name, doc) => {
    const errors = validate(schema, doc as DocumentNode, [
      maxDepthRule({ n: QUERY_LIMITS.maxDepth }),
      costLimitRule({ maxCost: QUERY_LIMITS.maxCost }),
    ]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { createErrorFormatter, ErrorLogger } from './errors';
import { unavailableStatusPlugin } from './unavailable';

/** The GraphQL module of a subgraph: schema-first from the committed SDL, federation v2, one error shape. */
export function subgraphGraphQLModule(options: {
  schemaFiles: string[];
  logger: ErrorLogger;
  development: boolean;
}): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    typePaths: options.schemaFiles,
    path: '/graphql',
    context: ({ req }: { req: unknown }) => ({ req }),
    // Guards run on field resolvers too: `_entities` (a gateway's __resolveReference call) is a field
    // resolver, and without this a subgraph would answer it without checking the token.
    fieldResolverEnhancers: ['guards'],
    formatError: createErrorFormatter(options.logger),
    introspection: options.development,
    includeStacktraceInErrorResponses: false,
    playground: false,
    csrfPrevention: true,
    // No automatic persisted queries: no client uses them, and a hash-only request must not get a code
    // outside the stable set (PERSISTED_QUERY_NOT_FOUND).
    persistedQueries: false,
    // A service called directly gets no gateway limits: at least no unbounded document (the gateway's
    // plans stay far below this; over it graphql-js answers 400 GRAPHQL_PARSE_FAILED).
    parseOptions: { maxTokens: 20_000 },
    // The composition root owns shutdown; Apollo's own signal handling races it.
    stopOnTerminationSignals: false,
    // No Apollo Studio: traces would only add bytes to every subgraph response.
    // Its database down and nothing to return: HTTP 503 with Retry-After (unavailable.ts).
    plugins: [ApolloServerPluginInlineTraceDisabled(), unavailableStatusPlugin],
  });
}

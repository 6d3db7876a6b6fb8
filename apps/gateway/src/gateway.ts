import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Router } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { isDomainError } from '@mkib/domain-shared';
import { createTokenVerifier, Principal } from '@mkib/server-auth';
import { createErrorFormatter } from '@mkib/server-graphql';
import { createLogger } from '@mkib/server-observability';

export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

export interface GatewayConfig {
  /** Subgraph name (as in subgraphs.json) to its GraphQL URL. */
  subgraphUrls: Record<string, string>;
  issuer: string;
  jwksUrl?: string;
  development: boolean;
  supergraphSdl?: string;
}

interface GatewayContext {
  authorization: string;
  correlationId: string;
  principal: Principal;
}

/**
 * The GraphQL gateway on the supergraph composed at build time. It checks the token itself before
 * planning a query, and forwards the token (never a trusted identity header) so each subgraph checks it
 * again.
 */
export async function createGateway(
  config: GatewayConfig,
): Promise<{ router: Router; stop(): Promise<void> }> {
  const logger = createLogger('gateway');
  const verify = createTokenVerifier({ issuer: config.issuer, jwksUrl: config.jwksUrl });
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      return new RemoteGraphQLDataSource<GatewayContext>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          if (context.correlationId) request.http?.headers.set('x-correlation-id', context.correlationId);
        },
      });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    introspection: config.development,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // The composition root owns shutdown; Apollo's own signal handling races it.
    stopOnTerminationSignals: false,
  });
  await server.start();

  const router = express.Router();
  router.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const authorization = req.headers.authorization ?? '';
        const correlationId = (req.headers['x-correlation-id'] as string | undefined) || randomUUID();
        try {
          const principal = await verify(authorization || undefined);
          return { authorization, correlationId, principal };
        } catch (err) {
          if (isDomainError(err)) {
            throw new GraphQLError(err.message, { extensions: { code: err.code, http: { status: 401 } } });
          }
          throw err;
        }
      },
    }),
  );
  return { router, stop: () => server.stop() };
}

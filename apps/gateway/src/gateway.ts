import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Router } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { isDomainError } from '@mkib/domain-shared';
import { createTokenVerifier, Principal } from '@mkib/server-auth';
import {
  createErrorFormatter,
  createSubgraphFetcher,
  subgraphUnavailable,
  unavailableStatusPlugin,
  withDrainRetry,
  withReadRetry,
} from '@mkib/server-graphql';
import { createLogger } from '@mkib/server-observability';

export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

export interface GatewayConfig {
  /** Subgraph name (as in subgraphs.json) to its GraphQL URL. */
  subgraphUrls: Record<string, string>;
  issuer: string;
  jwksUrl?: string;
  development: boolean;
  supergraphSdl?: string;
  /** Browser origins other than the platform's own that may call the API (CORS allow-list). */
  corsOrigins?: string[];
  /** Requests per identity per minute; default 600. */
  rateLimitPerMinute?: number;
  /** Retry a query once when a subgraph connection is reset (second line of defence); default on. */
  retryReads?: boolean;
}

/** Limits that keep one query from exhausting the services (GraphQL Armor). */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxCost: 1000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  // Catalogue imports (CSV, OSCAL) travel in the request: up to 2,000,000 characters of file.
  maxBodyBytes: 2_500_000,
};

/** A fixed one-minute window per identity: enough to stop a runaway script, cheap to keep in memory. */
export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return (identity: string): boolean => {
    const t = now();
    const w = windows.get(identity);
    if (!w || t - w.start >= 60_000) {
      if (windows.size > 10_000) windows.clear();
      windows.set(identity, { start: t, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= perMinute;
  };
}

/**
 * A document whose operation cannot be chosen (several without `operationName`, or an unknown name) is a
 * bad request: without this the gateway's executor throws and Apollo answers HTTP 500.
 */
const operationResolution: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        throw new GraphQLError(
          request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : 'Must provide operation name if query contains multiple operations.',
          { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
        );
      },
    };
  },
};

interface GatewayContext {
  authorization: string;
  correlationId: string;
  principal: Principal;
  /** A mutation's idempotency key, passed on as is: the owning subgraph checks and keeps it. */
  idempotencyKey?: string;
}

/**
 * The GraphQL gateway on the supergraph composed at build time. It checks the token itself before
 * planning a query, and forwards the token (never a trusted identity header) so each subgraph checks it
 * again.
 */
export async function createGateway(
  config: GatewayConfig,
): Promise<{ router: Router; subgraphUrls: Record<string, string>; stop(): Promise<void> }> {
  const logger = createLogger('gateway');
  const verify = createTokenVerifier({ issuer: config.issuer, jwksUrl: config.jwksUrl });
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      // Keep-alive that agrees with the subgraphs' servers (keep-alive.ts): the gateway closes idle
      // connections first, so it never writes on one a subgraph is closing.
      const fetcher = createSubgraphFetcher(url);
      return new RemoteGraphQLDataSource<GatewayContext>({
        url,
        fetcher: withDrainRetry(
          config.retryReads === false
            ? fetcher
            : withReadRetry(fetcher, (err) =>
                logger.warn({ subgraph: name, err: String(err) }, 'subgraph connection reset: query retried'),
              ),
          () => logger.info({ subgraph: name }, 'subgraph draining: request sent again on a new connection'),
        ),
        // A subgraph that is down answers SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR (unavailable.ts).
        didEncounterError(error) {
          throw subgraphUnavailable(error, name);
        },
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          if (context.correlationId) request.http?.headers.set('x-correlation-id', context.correlationId);
          if (context.idempotencyKey !== undefined)
            request.http?.headers.set('idempotency-key', context.idempotencyKey);
        },
      });
    },
  });
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Armor's token plugin parses again in a hook and throws there: Apollo answers that with HTTP 500,
    // also for a plain syntax error. graphql-js counts tokens itself (parseOptions below), and Apollo
    // answers its syntax errors with 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // Field suggestions ("did you mean …") reveal the schema: only in development.
    blockFieldSuggestion: { enabled: !config.development },
  });
  const protection = armor.protect();
  const perMinute = config.rateLimitPerMinute ?? 600;
  // A mistyped setting (NaN, 0) would refuse nearly every request: the gateway does not start on it.
  if (!Number.isInteger(perMinute) || perMinute < 1)
    throw new Error(`the rate limit must be a whole number of requests per minute above 0, not ${perMinute}`);
  const allowRequest = createRateLimiter(perMinute);
  const corsOrigins = new Set(config.corsOrigins ?? []);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...protection,
    plugins: [...protection.plugins, operationResolution, unavailableStatusPlugin],
    validationRules: [...protection.validationRules],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: createErrorFormatter(logger),
    introspection: config.development,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // No automatic persisted queries: no client uses them, and a hash-only request must not get a code
    // outside the stable set (PERSISTED_QUERY_NOT_FOUND).
    persistedQueries: false,
    // The composition root owns shutdown; Apollo's own signal handling races it.
    stopOnTerminationSignals: false,
  });
  await server.start();

  const router = express.Router();
  router.use('/graphql', (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const origin = req.headers.origin;
    if (origin && corsOrigins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'authorization, content-type, x-correlation-id, idempotency-key',
      );
      res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });
  router.use(
    '/graphql',
    express.json({ limit: QUERY_LIMITS.maxBodyBytes }),
    (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      const type = (err as { type?: string } | null)?.type;
      if (type === 'entity.too.large' || type === 'entity.parse.failed') {
        res.status(type === 'entity.too.large' ? 413 : 400).json({
          errors: [
            {
              message:
                type === 'entity.too.large'
                  ? `The request body is larger than ${QUERY_LIMITS.maxBodyBytes} bytes.`
                  : 'The request body is not valid JSON.',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
        return;
      }
      next(err);
    },
    expressMiddleware(server, {
      context: async ({ req }) => {
        const authorization = req.headers.authorization ?? '';
        const correlationId = (req.headers['x-correlation-id'] as string | undefined) || randomUUID();
        try {
          const principal = await verify(authorization || undefined);
          if (!allowRequest(`${principal.party}/${principal.subject}`)) {
            throw new GraphQLError('Too many requests from this account: wait a minute and try again.', {
              extensions: { code: 'RATE_LIMITED', http: { status: 429 } },
            });
          }
          const idempotencyKey = req.headers['idempotency-key'];
          return {
            authorization,
            correlationId,
            principal,
            ...(idempotencyKey !== undefined
              ? { idempotencyKey: Array.isArray(idempotencyKey) ? idempotencyKey.join(', ') : idempotencyKey }
              : {}),
          };
        } catch (err) {
          if (err instanceof GraphQLError) throw err;
          if (isDomainError(err)) {
            throw new GraphQLError(err.message, { extensions: { code: err.code, http: { status: 401 } } });
          }
          throw err;
        }
      },
    }),
  );
  return { router, subgraphUrls: config.subgraphUrls, stop: () => server.stop() };
}

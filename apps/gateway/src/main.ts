// The gateway as its own process (distributed mode).
//   MKIB_SUBGRAPH_URLS=policy=http://127.0.0.1:4000/graphql,risk=http://127.0.0.1:4001/graphql,icv=…,governance=…
import express from 'express';
import { applyServerKeepAlive } from '@mkib/server-graphql';
import { createLogger } from '@mkib/server-observability';
import {
  HealthRegistry,
  mountHealth,
  remoteReadiness,
  anySubgraphReady,
  shutdownTimeoutFromEnvironment,
  trackHttpServer,
} from '@mkib/server-runtime';
import { createGateway } from './gateway';

function required(name: string, example: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set (for example ${name}=${example}).`);
    process.exit(2);
  }
  return value;
}

async function main() {
  const subgraphUrls = Object.fromEntries(
    required(
      'MKIB_SUBGRAPH_URLS',
      'risk=http://127.0.0.1:4001/graphql,governance=http://127.0.0.1:4002/graphql',
    )
      .split(',')
      .map((pair) => pair.split('=') as [string, string]),
  );
  const gateway = await createGateway({
    subgraphUrls,
    issuer: required('MKIB_OIDC_ISSUER', 'https://keycloak.example/realms/meldkamer'),
    jwksUrl: process.env.MKIB_OIDC_JWKS_URL || undefined,
    development: process.env.NODE_ENV !== 'production',
    corsOrigins: (process.env.MKIB_CORS_ORIGINS ?? '').split(',').filter(Boolean),
    rateLimitPerMinute: process.env.MKIB_RATE_LIMIT_PER_MINUTE
      ? Number(process.env.MKIB_RATE_LIMIT_PER_MINUTE)
      : undefined,
    retryReads: process.env.MKIB_GATEWAY_RETRY !== 'off',
  });
  const logger = createLogger('gateway');
  const app = express();
  app.disable('x-powered-by');
  // Each subgraph's /health/ready (short timeout) shows in /health: one that is down degrades the gateway,
  // whose queries on the others still work (and those on it answer 503 + Retry-After). Ready while at
  // least one subgraph is: taking every gateway pod out of its Service for one subgraph's outage would
  // turn it into a full outage without Retry-After.
  const health = new HealthRegistry({ service: 'gateway' });
  const subgraphChecks = Object.entries(subgraphUrls).map(
    ([name, url]) => [name, remoteReadiness(url)] as const,
  );
  for (const [name, check] of subgraphChecks) health.add(name, check, { readiness: false });
  health.add('subgraphs', anySubgraphReady(subgraphChecks.map(([, check]) => check)), { readiness: true });
  mountHealth(app, health);
  app.use(gateway.router);
  const port = Number(process.env.MKIB_PORT ?? 4000);
  const host = process.env.MKIB_HOST ?? '127.0.0.1';
  const server = app.listen(port, host, () => {
    health.markStarted();
    console.log(`MKIB gateway listening on http://${host}:${port}/graphql`);
  });
  // An ingress in front reuses connections too: keep them open longer than it keeps an idle one.
  applyServerKeepAlive(server);
  const http = trackHttpServer(server, {
    logger,
    timeoutMs: shutdownTimeoutFromEnvironment(),
    onDraining: () => health.markDraining(),
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: draining requests');
    setTimeout(() => process.exit(1), shutdownTimeoutFromEnvironment() + 10_000).unref();
    // Requests in flight finish (and their subgraph calls) before the gateway itself stops.
    await http.drain();
    await gateway.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('the gateway could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});

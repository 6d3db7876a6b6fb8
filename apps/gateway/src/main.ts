// The gateway as its own process (distributed mode).
//   MKIB_SUBGRAPH_URLS=policy=http://127.0.0.1:4000/graphql,risk=http://127.0.0.1:4001/graphql,icv=…,governance=…
import express from 'express';
import { applyServerKeepAlive } from '@mkib/server-graphql';
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
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => res.json({ status: 'ok' }));
  app.use(gateway.router);
  const port = Number(process.env.MKIB_PORT ?? 4000);
  const server = app.listen(port, process.env.MKIB_HOST ?? '127.0.0.1', () => {
    console.log(`MKIB gateway listening on http://${process.env.MKIB_HOST ?? '127.0.0.1'}:${port}/graphql`);
  });
  // An ingress in front reuses connections too: keep them open longer than it keeps an idle one.
  applyServerKeepAlive(server);
  const stop = async () => {
    await gateway.stop();
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err) => {
  console.error('the gateway could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});

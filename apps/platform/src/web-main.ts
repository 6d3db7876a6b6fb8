// The web front end on its own (distributed mode): the shell, the remotes and their run-time manifest.
// The Ingress sends /graphql to the gateway and everything else here.
import express from 'express';
import { join } from 'node:path';
import { SHELL_CLIENT_ID } from '@mkib/server-auth';
import { createLogger } from '@mkib/server-observability';
import {
  HealthRegistry,
  mountHealth,
  shutdownTimeoutFromEnvironment,
  trackHttpServer,
} from '@mkib/server-runtime';
import { webRouter } from './web';

const issuer = process.env.MKIB_OIDC_ISSUER;
if (!issuer) {
  console.error('MKIB_OIDC_ISSUER is not set: the URL of the Keycloak realm meldkamer');
  process.exit(2);
}
const app = express();
app.disable('x-powered-by');
// Static files only: no dependency to check; the probes still tell starting and draining apart.
const health = new HealthRegistry({ service: 'web' });
mountHealth(app, health);
app.use(
  webRouter({
    webDir: process.env.MKIB_WEB_DIR ?? join(__dirname, '..', '..', '..', 'dist', 'apps'),
    issuer,
    clientId: SHELL_CLIENT_ID,
  }),
);
const port = Number(process.env.MKIB_PORT ?? 8080);
const host = process.env.MKIB_HOST ?? '127.0.0.1';
const server = app.listen(port, host, () => {
  health.markStarted();
  console.log(`MKIB web front end listening on http://${host}:${port}/`);
});
const http = trackHttpServer(server, {
  logger: createLogger('web'),
  timeoutMs: shutdownTimeoutFromEnvironment(),
  onDraining: () => health.markDraining(),
});
const stop = () => void http.drain().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

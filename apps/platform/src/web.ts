import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The micro-frontends the shell loads; registered at run time so one build serves every deployment. */
export const REMOTES = [
  {
    name: 'web_admin',
    path: 'web-admin',
    title: { nl: 'Beheer (LMS)', en: 'Administration (LMS)' },
    // Fixed parties only: a co-user's remote derives from the register (apps/shell/src/workspace.ts);
    // bijzondere gebruikers report to the LMS and send their report from here.
    parties: ['lms'],
  },
  {
    name: 'web_politie',
    path: 'web-politie',
    title: { nl: 'Politie', en: 'Police' },
    parties: ['politie'],
  },
  {
    name: 'web_ambulance',
    path: 'web-ambulance',
    title: { nl: 'Ambulancezorg', en: 'Ambulance care' },
    parties: ['ambulance'],
  },
  {
    name: 'web_brandweer',
    path: 'web-brandweer',
    title: { nl: 'Brandweer', en: 'Fire service' },
    parties: ['brandweer'],
  },
  {
    name: 'web_kmar',
    path: 'web-kmar',
    title: { nl: 'Koninklijke Marechaussee', en: 'Royal Marechaussee' },
    parties: ['kmar'],
  },
  {
    name: 'web_defensie',
    path: 'web-defensie',
    title: { nl: 'Defensie (C2000)', en: 'Defence (C2000)' },
    parties: ['defensie'],
  },
  {
    name: 'web_boards',
    path: 'web-boards',
    title: { nl: 'SMB en BMB', en: 'SMB and BMB' },
    parties: ['smb', 'bmb', 'jenv'],
  },
];

const securityHeaders = (issuerOrigin: string): Record<string, string> => ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ${issuerOrigin}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'`,
});

/** Serves the shell at `/`, each remote under `/remotes/<path>/`, and the run-time manifest. */
export function webRouter(params: { webDir: string; issuer: string; clientId: string }): Router {
  const router = express.Router();
  // The shell exchanges the sign-in code at the issuer's token endpoint, which may be another origin (Keycloak).
  const headers = securityHeaders(new URL(params.issuer).origin);
  router.use((_req, res, next) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    next();
  });
  router.get('/remotes.json', (_req, res) => {
    res.json(REMOTES.map((r) => ({ ...r, entry: `/remotes/${r.path}/remoteEntry.js` })));
  });
  router.get('/config.json', (_req, res) => {
    res.json({ issuer: params.issuer, clientId: params.clientId, graphqlUrl: '/graphql' });
  });
  for (const r of REMOTES) {
    router.use(
      `/remotes/${r.path}`,
      express.static(join(params.webDir, r.path), { index: false, fallthrough: false }),
    );
  }
  const shellDir = join(params.webDir, 'shell');
  router.use(express.static(shellDir, { index: false }));
  router.get(/^\/(?!graphql|realms|health).*/, (_req, res) => {
    const index = join(shellDir, 'index.html');
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text')
        .send('The web front end is not built. Run `npm start` (it builds first) or `npm run build:web`.');
      return;
    }
    res.sendFile(index);
  });
  return router;
}

import express, { Router } from 'express';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, JWK } from 'jose';
import { Clock, SystemClock, withoutControlCharacters } from '@mkib/domain-shared';
import { API_AUDIENCE, realmIssuer, REALM, SHELL_CLIENT_ID } from '@mkib/server-auth';
import { createLogger } from '@mkib/server-observability';
import { currentAccounts, DEMO_ACCOUNTS, DemoAccount, RegisteredCoUser } from './demo-accounts';
import { loginPage } from './login-page';
import { createIssuerStore, IssuerSqlClient } from './sql-adapter';
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle, LoginThrottlePolicy } from './login-throttle';

/** The resource indicator of the API; access tokens for it carry audience `mkib-api`, as Keycloak's do. */
export const API_RESOURCE = 'urn:mkib:api';

export interface DevIssuerOptions {
  /** The origin browsers and tools use, e.g. http://localhost:8080. */
  publicUrl: string;
  /** Where the signing and cookie keys are kept across restarts (git-ignored). */
  dataDir: string;
  /** Password of every demo account. */
  demoPassword: string;
  accessTokenTtlSeconds?: number;
  /** The platform clock: the sign-in throttle counts its delays and lockouts on it. */
  clock?: Clock;
  throttle?: LoginThrottlePolicy;
  /**
   * Keep sessions, grants, interactions and tokens in this database (table `issuer.oidc_payload`), so
   * they survive a restart. Without it they live in memory only.
   */
  sql?: IssuerSqlClient;
  /**
   * The co-users of the party register (admitted, not ended), read at each sign-in: each signs in as
   * `medegebruiker@<code>` (SK-5.4). Without it the seeded co-users' static demo accounts stand.
   */
  registeredCoUsers?: () => Promise<RegisteredCoUser[]>;
}

/** A failed sign-in or a lockout, as the composition root records it in a hash-chained audit log. */
export interface SignInAuditEvent {
  outcome: 'failure' | 'lockout';
  /** The name as typed (trimmed, lower case, at most 100 characters). */
  account: string;
  /** The account's party when the name is a known account, else null. */
  party: string | null;
  clientAddress: string;
  /** For a lockout: what was locked (the account or the client address) and for how long. */
  lockedOut?: { by: 'account' | 'address'; seconds: number };
}

export interface DevIssuer {
  issuer: string;
  jwksUrl: string;
  /** Mount at the origin's root: serves `/realms/meldkamer/...`. */
  router: Router;
  accounts: DemoAccount[];
  /**
   * Where failed sign-ins and lockouts are audited; the composition root sets it once the services run.
   * Until then (and if recording fails) they are only in the structured log.
   */
  auditSignIns(sink: (event: SignInAuditEvent) => Promise<void>): void;
  /** Stops the clean-up of expired sessions (before the database closes). */
  stop(): void;
}

interface IssuerKeys {
  signing: JWK;
  cookies: string[];
}

async function loadOrCreateKeys(dataDir: string): Promise<IssuerKeys> {
  const file = join(dataDir, 'issuer-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as IssuerKeys;
  mkdirSync(dataDir, { recursive: true });
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  const keys: IssuerKeys = {
    signing: { ...jwk, alg: 'RS256', use: 'sig', kid: `dev-${randomBytes(6).toString('hex')}` },
    cookies: [randomBytes(32).toString('base64url')],
  };
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

/**
 * Headers on every page and endpoint of the issuer: its pages are never framed (clickjacking of the
 * sign-in form), never sniffed, and leak no referrer.
 */
const ISSUER_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
/** The sign-in page is plain HTML with inline style only: it may load nothing else. */
const LOGIN_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The built-in OpenID Connect issuer of the all-in-one mode, on `oidc-provider` (a certified OpenID
 * Provider library). It mirrors the Keycloak realm: the same issuer path, endpoint paths, audience and
 * claims (`realm_access.roles`, `party`, `preferred_username`), so services cannot tell them apart.
 */
export async function createDevIssuer(options: DevIssuerOptions): Promise<DevIssuer> {
  const accounts = async () =>
    currentAccounts(options.registeredCoUsers ? await options.registeredCoUsers() : null);
  const findDemoAccount = async (username: string) => {
    const name = username.trim().toLowerCase();
    return (await accounts()).find((a) => a.username === name);
  };
  const { default: Provider } = await import('oidc-provider');
  const issuer = realmIssuer(options.publicUrl);
  const keys = await loadOrCreateKeys(options.dataDir);
  const origin = options.publicUrl.replace(/\/$/, '');
  const store = options.sql ? await createIssuerStore(options.sql) : null;

  const provider = new Provider(issuer, {
    ...(store ? { adapter: store.adapter } : {}),
    clients: [
      {
        client_id: SHELL_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        redirect_uris: [`${origin}/auth/callback`],
        post_logout_redirect_uris: [`${origin}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [keys.signing as any] },
    cookies: { keys: keys.cookies },
    pkce: { required: () => true },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
      revocation: '/protocol/openid-connect/revoke',
      introspection: '/protocol/openid-connect/token/introspect',
    },
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'party'] },
    conformIdTokenClaims: false,
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string[]) =>
          oneOf ? oneOf[0] : API_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource !== API_RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: 'api',
            audience: API_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenTtlSeconds ?? 3600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = await findDemoAccount(sub);
      if (!account) return undefined;
      return {
        accountId: account.username,
        claims: async () => ({
          sub: account.username,
          name: account.name,
          preferred_username: account.username,
          party: account.party,
        }),
      };
    },
    // Access tokens carry what Keycloak's protocol mappers put there for this realm.
    extraTokenClaims: async (
      _ctx: unknown,
      token: { kind: string; accountId?: string; clientId?: string },
    ) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const account = await findDemoAccount(token.accountId);
      if (!account) return undefined;
      return {
        typ: 'Bearer',
        azp: token.clientId,
        preferred_username: account.username,
        name: account.name,
        party: account.party,
        realm_access: { roles: account.roles },
        email: account.email,
        // As Keycloak's demo users (emailVerified: true): the platform takes only a verified address.
        email_verified: true,
        ...(account.responsibleParty ? { responsible_party: account.responsibleParty } : {}),
      };
    },
    // First-party client: consent is implied, as in Keycloak with consent turned off for the shell.
    loadExistingGrant: async (ctx: any) => {
      const grantId =
        ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid profile');
      grant.addOIDCClaims(['name', 'preferred_username', 'party']);
      grant.addResourceScope(API_RESOURCE, 'api');
      await grant.save();
      return grant;
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/realms/${REALM}/interaction/${interaction.uid}`,
    },
    renderError: async (ctx: any, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Aanmelden mislukt</title><body><h1>Aanmelden mislukt</h1><p>${escapeHtml(out.error_description ?? out.error ?? 'onbekende fout')}</p><p><a href="/">Terug naar MKIB</a></p></body></html>`;
    },
  } as any);
  provider.proxy = true;

  const router = express.Router();
  const base = `/realms/${REALM}`;
  const form = express.urlencoded({ extended: false, limit: '8kb' });
  const clock = options.clock ?? new SystemClock();
  const throttle = new LoginThrottle(options.throttle ?? DEFAULT_LOGIN_THROTTLE);
  let auditSink: ((event: SignInAuditEvent) => Promise<void>) | null = null;
  const audit = async (event: SignInAuditEvent) => {
    if (!auditSink) return;
    // The sign-in answer does not depend on the audit: a failure to record it is logged, not shown.
    await auditSink(event).catch((err: unknown) =>
      logger.error({ err: String(err), account: event.account }, 'sign-in event not audited'),
    );
  };
  const logger = createLogger('dev-issuer');

  router.use(base, (_req, res, next) => {
    for (const [k, v] of Object.entries(ISSUER_HEADERS)) res.setHeader(k, v);
    next();
  });
  const sendLoginPage = (res: express.Response, status: number, page: Parameters<typeof loginPage>[0]) =>
    res
      .status(status)
      .set({ 'Content-Security-Policy': LOGIN_PAGE_CSP, 'Cache-Control': 'no-store' })
      .type('html')
      .send(loginPage(page));

  router.get(`${base}/interaction/:uid`, async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      sendLoginPage(res, 200, { uid: details.uid, base, accounts: await accounts() });
    } catch (err) {
      next(err);
    }
  });

  router.post(`${base}/interaction/:uid/login`, form, async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const username = String(req.body?.username ?? '');
      const password = String(req.body?.password ?? '');
      const page = { uid: details.uid, base, accounts: await accounts(), username };
      // Security events: who tried (as typed, bounded), from where, and what came of it. Never the password.
      const event = {
        event: 'login',
        // Controls and lone surrogates out: the name is logged and audited, never refused here.
        account: withoutControlCharacters(username).trim().toLowerCase().slice(0, 100),
        clientAddress: req.ip ?? 'unknown',
      };
      const now = clock.now().getTime();

      // Refused before the password is looked at, so a guesser learns nothing while it must wait.
      const verdict = throttle.check(username, event.clientAddress, now);
      if (!verdict.allowed) {
        const retryAfterSeconds = Math.ceil(verdict.retryAfterMs / 1000);
        logger.warn(
          { ...event, outcome: 'refused', reason: verdict.reason, by: verdict.by, retryAfterSeconds },
          'security event: sign-in refused by the throttle',
        );
        res.set('Retry-After', String(retryAfterSeconds));
        sendLoginPage(res, 429, { ...page, error: { waitSeconds: retryAfterSeconds } });
        return;
      }

      const account = await findDemoAccount(username);
      if (!account || !sameSecret(password, options.demoPassword)) {
        const { locked } = throttle.failed(username, event.clientAddress, now);
        const knownAccount = !!account;
        if (locked) {
          const lockoutSeconds = Math.ceil(throttle.policy[locked].lockoutMs / 1000);
          await audit({
            outcome: 'lockout',
            account: event.account,
            party: account?.party ?? null,
            clientAddress: event.clientAddress,
            lockedOut: { by: locked, seconds: lockoutSeconds },
          });
          logger.warn(
            { ...event, knownAccount, outcome: 'lockout', by: locked, lockoutSeconds },
            `security event: sign-in failed; ${locked} locked out`,
          );
          res.set('Retry-After', String(lockoutSeconds));
          sendLoginPage(res, 429, { ...page, error: { waitSeconds: lockoutSeconds } });
          return;
        }
        logger.warn({ ...event, knownAccount, outcome: 'failure' }, 'security event: sign-in failed');
        await audit({
          outcome: 'failure',
          account: event.account,
          party: account?.party ?? null,
          clientAddress: event.clientAddress,
        });
        sendLoginPage(res, 401, { ...page, error: 'credentials' });
        return;
      }
      throttle.succeeded(username);
      logger.info({ ...event, outcome: 'success' }, 'security event: signed in');
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.username } },
        { mergeWithLastSubmission: false },
      );
    } catch (err) {
      next(err);
    }
  });

  router.use(base, provider.callback());

  return {
    issuer,
    jwksUrl: `${issuer}/protocol/openid-connect/certs`,
    router,
    accounts: DEMO_ACCOUNTS,
    auditSignIns(sink) {
      auditSink = sink;
    },
    stop() {
      store?.stop();
    },
  };
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

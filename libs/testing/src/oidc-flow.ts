import { createHash, randomBytes } from 'node:crypto';
import { realmIssuer, SHELL_CLIENT_ID } from '@mkib/server-auth';

/** A minimal cookie jar: enough for one sign-in against one origin. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface SignInResult {
  accessToken: string;
  idToken: string;
  expiresIn: number;
}

/**
 * Signs in through the issuer's own authorisation code flow with PKCE, as a browser would, but
 * submitting the login form directly. Works against the development issuer; used by `npm run token` and
 * the tests.
 */
export async function signIn(params: {
  baseUrl: string;
  username: string;
  password: string;
  clientId?: string;
}): Promise<SignInResult> {
  const base = params.baseUrl.replace(/\/$/, '');
  const clientId = params.clientId ?? SHELL_CLIENT_ID;
  const discovery = (await (await fetch(`${realmIssuer(base)}/.well-known/openid-configuration`)).json()) as {
    authorization_endpoint: string;
    token_endpoint: string;
  };
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(16).toString('base64url');
  const redirectUri = `${base}/auth/callback`;
  const auth = new URL(discovery.authorization_endpoint);
  auth.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: redirectUri,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();

  const jar = new CookieJar();
  const get = async (url: string) => {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.store(res);
    return res;
  };
  const absolute = (location: string) => new URL(location, base).toString();

  let res = await get(auth.toString());
  let location = res.headers.get('location');
  if (!location) throw new Error(`sign-in did not redirect to the login page (HTTP ${res.status})`);
  const interaction = absolute(location);
  res = await get(interaction);
  if (res.status !== 200) throw new Error(`login page answered HTTP ${res.status}`);
  res = await fetch(`${interaction}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: params.username, password: params.password }).toString(),
  });
  jar.store(res);
  if (res.status === 401)
    throw new Error(`sign-in refused for ${params.username}: unknown account or wrong password`);
  if (res.status === 429)
    throw new Error(
      `sign-in refused for ${params.username}: too many failed attempts, retry after ${res.headers.get('retry-after')} s`,
    );
  location = res.headers.get('location');
  for (let hops = 0; location && !location.startsWith(redirectUri) && hops < 10; hops++) {
    res = await get(absolute(location));
    location = res.headers.get('location');
  }
  if (!location?.startsWith(redirectUri)) throw new Error('sign-in did not come back to the redirect URI');
  const callback = new URL(location);
  if (callback.searchParams.get('state') !== state) throw new Error('state mismatch');
  const code = callback.searchParams.get('code');
  if (!code)
    throw new Error(
      `no authorisation code: ${callback.searchParams.get('error_description') ?? callback.search}`,
    );

  const tokenRes = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
    }).toString(),
  });
  const body = (await tokenRes.json()) as {
    access_token?: string;
    id_token?: string;
    expires_in?: number;
    error_description?: string;
  };
  if (!tokenRes.ok || !body.access_token)
    throw new Error(`token request failed: ${body.error_description ?? tokenRes.status}`);
  return { accessToken: body.access_token, idToken: body.id_token ?? '', expiresIn: body.expires_in ?? 0 };
}

/**
 * A token from the real Keycloak for a development user, by the password grant of the tests-only client
 * `mkib-test` (which exists only in the development realm that tools/keycloak imports).
 */
export async function keycloakPasswordGrant(
  issuer: string,
  username: string,
  password = 'demo',
): Promise<string> {
  const res = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'mkib-test',
      username,
      password,
      scope: 'openid',
    }),
  });
  const body = (await res.json()) as { access_token?: string; error_description?: string };
  if (!body.access_token)
    throw new Error(`Keycloak refused ${username}: ${body.error_description ?? res.status}`);
  return body.access_token;
}

/**
 * A token from a Keycloak realm by the browser's flow: authorisation code with PKCE for the shell's
 * client `mkib-shell`, submitting Keycloak's own login form. Works on any realm made from
 * k8s/keycloak/realm-meldkamer.json for an account without a second factor; `publicUrl` must be the
 * MKIB_PUBLIC_URL the realm was imported with (its redirect URI is `${publicUrl}/auth/callback`).
 */
export async function keycloakCodeFlow(params: {
  issuer: string;
  username: string;
  password: string;
  publicUrl: string;
  clientId?: string;
}): Promise<SignInResult> {
  const issuer = params.issuer.replace(/\/$/, '');
  const clientId = params.clientId ?? SHELL_CLIENT_ID;
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const redirectUri = `${params.publicUrl.replace(/\/$/, '')}/auth/callback`;
  const auth = new URL(`${issuer}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: redirectUri,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state,
  }).toString();
  const jar = new CookieJar();
  let res = await fetch(auth, { redirect: 'manual' });
  jar.store(res);
  const page = await res.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(page)?.[1];
  if (!action)
    throw new Error(
      `Keycloak did not show its login form (HTTP ${res.status}); is ${redirectUri} a redirect URI of ` +
        `${clientId}? Set MKIB_PUBLIC_URL to the URL the realm was imported with`,
    );
  res = await fetch(action.replaceAll('&amp;', '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: params.username, password: params.password, credentialId: '' }),
  });
  const location = res.headers.get('location');
  if (!location?.startsWith(redirectUri))
    throw new Error(`Keycloak refused ${params.username} (HTTP ${res.status}): wrong account or password?`);
  const callback = new URL(location);
  if (callback.searchParams.get('state') !== state) throw new Error('state mismatch');
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no authorisation code: ${callback.searchParams.get('error_description')}`);
  const tokenRes = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
    }),
  });
  const body = (await tokenRes.json()) as {
    access_token?: string;
    id_token?: string;
    expires_in?: number;
    error_description?: string;
  };
  if (!body.access_token)
    throw new Error(`token request failed: ${body.error_description ?? tokenRes.status}`);
  return { accessToken: body.access_token, idToken: body.id_token ?? '', expiresIn: body.expires_in ?? 0 };
}

/**
 * A Keycloak token for `npm run token`: the password grant of the development realm's tests-only client
 * `mkib-test` when the realm has it (tools/keycloak imports it), else the browser's code flow.
 */
export async function keycloakToken(params: {
  issuer: string;
  username: string;
  password: string;
  publicUrl: string;
}): Promise<string> {
  const res = await fetch(`${params.issuer.replace(/\/$/, '')}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'mkib-test',
      username: params.username,
      password: params.password,
      scope: 'openid',
    }),
  });
  const body = (await res.json().catch(() => ({}))) as {
    access_token?: string;
    error?: string;
    error_description?: string;
  };
  if (body.access_token) return body.access_token;
  // No such client (a realm without the development additions): sign in as a browser would.
  if (body.error === 'invalid_client' || body.error === 'unauthorized_client')
    return (await keycloakCodeFlow(params)).accessToken;
  throw new Error(`Keycloak refused ${params.username}: ${body.error_description ?? res.status}`);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { SHELL_CLIENT_ID } from '@mkib/server-auth';
// The development realm's users are made by the Keycloak tool, a script rather than a library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEV_PASSWORD, LOCKOUT_PROBE_USER, TEST_CLIENT_ID } from '../../../tools/keycloak/keycloak';

/**
 * The real Keycloak (started by the infra project's global setup) locks an account out after the realm's
 * `failureFactor` wrong passwords, as the realm as code sets it (issue 13, point 4). Only the dedicated
 * user LOCKOUT_PROBE_USER is locked, so the other infra tests keep their demo accounts.
 */
const kcIssuer = () => process.env.MKIB_KEYCLOAK_ISSUER!;
const realm = JSON.parse(
  readFileSync(join(__dirname, '../../../k8s/keycloak/realm-meldkamer.json'), 'utf8'),
) as { bruteForceProtected: boolean; failureFactor: number; quickLoginCheckMilliSeconds?: number };

/** The password grant of the tests-only client: what Keycloak answers, token or error. */
async function passwordGrant(username: string, password: string) {
  const res = await fetch(`${kcIssuer()}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: TEST_CLIENT_ID, username, password }),
  });
  const body = (await res.json()) as { access_token?: string; error?: string; error_description?: string };
  return {
    status: res.status,
    token: !!body.access_token,
    error: body.error,
    description: body.error_description,
  };
}

/**
 * Signs in on Keycloak's own login form as a browser would (the shell's authorisation code request):
 * whether it sent the browser back to the shell with a code.
 */
async function loginForm(username: string, password: string): Promise<{ signedIn: boolean; page: string }> {
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const redirectUri = `http://127.0.0.1:${process.env.MKIB_INFRA_PLATFORM_PORT}/auth/callback`;
  const auth = new URL(`${kcIssuer()}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: SHELL_CLIENT_ID,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri,
    code_challenge: createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url'),
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('base64url'),
  }).toString();
  const formPage = await fetch(auth, { redirect: 'manual' });
  keep(formPage);
  const html = await formPage.text();
  const action = /id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  if (!action) throw new Error(`no login form at ${auth} (HTTP ${formPage.status})`);
  const res = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password, credentialId: '' }).toString(),
  });
  const location = res.headers.get('location') ?? '';
  return {
    signedIn: location.startsWith(redirectUri) && new URL(location).searchParams.has('code'),
    page: res.status === 200 ? await res.text() : '',
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Keycloak locks an account out after the realm’s failureFactor wrong passwords', () => {
  it('the realm as code turns brute-force detection on with failureFactor 5', () => {
    expect(realm.bruteForceProtected).toBe(true);
    expect(realm.failureFactor).toBe(5);
  });

  it('after failureFactor wrong passwords the right one is refused, by the token endpoint and the login form; other accounts go on', async () => {
    // Keycloak also locks out on two failures within its quick-login check (1 s by default); the wrong
    // passwords come slower than that, so it is the count that locks, not the pace.
    const pause = (realm.quickLoginCheckMilliSeconds ?? 1000) + 300;
    expect(await passwordGrant(LOCKOUT_PROBE_USER, DEV_PASSWORD)).toMatchObject({ token: true });

    // One short of the factor: the right password still gets in (and Keycloak counts afresh after it).
    for (let i = 1; i < realm.failureFactor; i++) {
      expect(await passwordGrant(LOCKOUT_PROBE_USER, `wrong-${i}`)).toMatchObject({ error: 'invalid_grant' });
      await sleep(pause);
    }
    expect(await passwordGrant(LOCKOUT_PROBE_USER, DEV_PASSWORD)).toMatchObject({ token: true });

    for (let i = 1; i <= realm.failureFactor; i++) {
      await sleep(pause);
      expect(await passwordGrant(LOCKOUT_PROBE_USER, `wrong-${i}`)).toMatchObject({ error: 'invalid_grant' });
    }
    await sleep(pause);
    const locked = await passwordGrant(LOCKOUT_PROBE_USER, DEV_PASSWORD);
    expect(locked).toMatchObject({ status: 400, token: false, error: 'invalid_grant' });
    const form = await loginForm(LOCKOUT_PROBE_USER, DEV_PASSWORD);
    expect(form.signedIn).toBe(false);
    expect(form.page).toContain('kc-form-login');

    // The lockout is the account's: a demo account with the right password still signs in, on both.
    expect(await passwordGrant('viewer@defensie', DEV_PASSWORD)).toMatchObject({ token: true });
    expect((await loginForm('viewer@defensie', DEV_PASSWORD)).signedIn).toBe(true);
  });
});

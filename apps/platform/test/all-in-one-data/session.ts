import { createHash, randomBytes } from 'node:crypto';
import { realmIssuer, SHELL_CLIENT_ID } from '@mkib/server-auth';

/**
 * A browser's side of the built-in issuer, keeping its cookies: sign in once through the login form, then
 * ask for a code again silently (`prompt=none`), as the shell does when its token runs out. A session the
 * issuer still knows answers with a code; a lost one with `login_required`.
 */
export class IssuerBrowser {
  private readonly cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  private store(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
  }
  private async get(url: string) {
    const res = await fetch(new URL(url, this.baseUrl), {
      redirect: 'manual',
      headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    this.store(res);
    return res;
  }

  /** Follows redirects from the authorisation endpoint until the redirect URI (or a page). */
  private async authorise(extra: Record<string, string>, login?: { username: string; password: string }) {
    const issuer = realmIssuer(this.baseUrl);
    const verifier = randomBytes(32).toString('base64url');
    const redirectUri = `${this.baseUrl}/auth/callback`;
    const params = new URLSearchParams({
      client_id: SHELL_CLIENT_ID,
      response_type: 'code',
      scope: 'openid profile',
      redirect_uri: redirectUri,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      state: randomBytes(8).toString('hex'),
      ...extra,
    });
    let res = await this.get(`${issuer}/protocol/openid-connect/auth?${params}`);
    for (let hops = 0; hops < 10; hops++) {
      const location = res.headers.get('location');
      if (location?.startsWith(redirectUri)) break;
      if (!location && res.status === 200 && login) {
        const form = new URL(res.url).pathname;
        res = await fetch(new URL(`${form}/login`, this.baseUrl), {
          method: 'POST',
          redirect: 'manual',
          headers: {
            cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams(login).toString(),
        });
        this.store(res);
        login = undefined;
        continue;
      }
      if (!location) throw new Error(`the issuer answered HTTP ${res.status} without a redirect`);
      res = await this.get(location);
    }
    const callback = new URL(res.headers.get('location') ?? 'about:blank');
    const code = callback.searchParams.get('code');
    if (!code) return { error: callback.searchParams.get('error') ?? `HTTP ${res.status}` };
    const token = await fetch(`${issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: SHELL_CLIENT_ID,
        code_verifier: verifier,
      }).toString(),
    });
    const body = (await token.json()) as { access_token?: string; error?: string };
    return body.access_token ? { accessToken: body.access_token } : { error: body.error ?? 'no token' };
  }

  async signIn(username: string, password = 'demo'): Promise<string> {
    const r = await this.authorise({}, { username, password });
    if (!('accessToken' in r) || !r.accessToken) throw new Error(`sign-in failed: ${r.error}`);
    return r.accessToken;
  }

  /** A token without the login form, or the issuer's error (`login_required` once the session is gone). */
  silently(): Promise<{ accessToken?: string; error?: string }> {
    return this.authorise({ prompt: 'none' });
  }
}

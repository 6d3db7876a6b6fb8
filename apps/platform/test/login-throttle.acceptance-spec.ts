import { realmIssuer, SHELL_CLIENT_ID } from '@mkib/server-auth';
import { DEFAULT_LOGIN_THROTTLE } from '@mkib/server-dev-issuer';
import { graphql, PlatformProcess, signIn, startPlatformProcess } from '@mkib/testing';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The built-in issuer's sign-in cannot be guessed or framed (issue 13, point 4). A platform of its own:
 * the test locks accounts and client addresses out, and reads the platform's log. Client addresses are
 * given as `X-Forwarded-For` from loopback, which the platform trusts (as it trusts its ingress).
 * The lockout's end is proved by the rule's unit test on a clock (libs/server/dev-issuer login-throttle.spec).
 */
let platform: PlatformProcess;
const PASSWORD = 'demo';
const LOCKOUT_SECONDS = DEFAULT_LOGIN_THROTTLE.account.lockoutMs / 1000;

beforeAll(async () => {
  platform = await startPlatformProcess({ MKIB_LOG_LEVEL: 'info' });
});
afterAll(async () => {
  await platform?.stop();
});

/** Opens the sign-in page as a browser would (authorisation request with PKCE, then the interaction). */
async function openLoginPage(address: string): Promise<{ url: string; cookie: string; page: Response }> {
  const verifier = randomBytes(32).toString('base64url');
  const auth = new URL(`${realmIssuer(platform.baseUrl)}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: SHELL_CLIENT_ID,
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: `${platform.baseUrl}/auth/callback`,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('base64url'),
  }).toString();
  const headers = { 'x-forwarded-for': address };
  const res = await fetch(auth, { redirect: 'manual', headers });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const url = new URL(res.headers.get('location')!, platform.baseUrl).toString();
  const page = await fetch(url, { redirect: 'manual', headers: { ...headers, cookie } });
  return { url, cookie, page };
}

interface Attempt {
  status: number;
  retryAfter: string | null;
  message: string;
}

/** Submits the sign-in form of an opened page; what the person sees: status, Retry-After and the alert. */
async function submit(
  opened: { url: string; cookie: string },
  address: string,
  username: string,
  password: string,
): Promise<Attempt> {
  const res = await fetch(`${opened.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      cookie: opened.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': address,
    },
    body: new URLSearchParams({ username, password }).toString(),
  });
  const body = await res.text();
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    message: /role="alert">([^<]*)/.exec(body)?.[1]?.trim() ?? '',
  };
}

const attempt = async (address: string, username: string, password: string) =>
  submit(await openLoginPage(address), address, username, password);

/** The form accepted the password: the issuer sends the browser on with a redirect. */
const signedIn = (a: Attempt) => a.status === 302 || a.status === 303;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The platform's structured log lines that are sign-in security events. */
function securityEvents(): Record<string, unknown>[] {
  return platform
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return {};
      }
    })
    .filter((e) => e.event === 'login');
}

const WRONG = 'Onbekende gebruikersnaam of onjuist wachtwoord.';
const blocked = (wait: string) =>
  `Te veel mislukte aanmeldpogingen. Aanmelden is tijdelijk geblokkeerd: probeer het over ${wait} opnieuw.`;

describe('signing in at the built-in issuer cannot be guessed', () => {
  /**
   * The guesser's run: three wrong passwords, a fourth at once (held up), the fourth after a second, the
   * right one at once (held up longer), the fifth after two seconds (locked), then the right one.
   * Pages for the attempts that must come at once are opened beforehand: each is then a single request.
   */
  async function guess(username: string, address: string): Promise<Attempt[]> {
    const seen: Attempt[] = [];
    seen.push(await attempt(address, username, 'wrong-1'));
    seen.push(await attempt(address, username, 'wrong-2'));
    let next = await openLoginPage(address);
    seen.push(await attempt(address, username, 'wrong-3'));
    seen.push(await submit(next, address, username, 'wrong-3b'));
    await sleep(1100);
    next = await openLoginPage(address);
    seen.push(await attempt(address, username, 'wrong-4'));
    seen.push(await submit(next, address, username, PASSWORD));
    await sleep(2100);
    seen.push(await attempt(address, username, 'wrong-5'));
    seen.push(await attempt(address, username, PASSWORD));
    return seen;
  }

  it('locks an account after 5 wrong passwords, with a growing delay from the 3rd; the right password is refused in Dutch, from any address, exactly as for an unknown name', async () => {
    const [known, unknown] = await Promise.all([
      guess('viewer@kmar', '203.0.113.10'),
      guess('nobody@nergens', '203.0.113.11'),
    ]);
    expect(known.map((a) => [a.status, a.retryAfter, a.message])).toEqual([
      [401, null, expect.stringContaining(WRONG)],
      [401, null, expect.stringContaining(WRONG)],
      [401, null, expect.stringContaining(WRONG)],
      // The 3rd failure: the next attempt must wait a second; it is refused at once, not slowed down.
      [429, '1', expect.stringContaining(blocked('1 seconde'))],
      [401, null, expect.stringContaining(WRONG)],
      // The 4th: two seconds, and the right password does not get through either.
      [429, '2', expect.stringContaining(blocked('2 seconden'))],
      // The 5th: locked for 15 minutes.
      [429, String(LOCKOUT_SECONDS), expect.stringContaining(blocked('15 minuten'))],
      [429, expect.stringMatching(/^\d+$/), expect.stringContaining(blocked('15 minuten'))],
    ]);
    expect(Number(known[7].retryAfter)).toBeGreaterThan(LOCKOUT_SECONDS - 60);
    // An unknown name gets the very same answers: a lockout does not tell which accounts exist.
    expect(unknown.map((a) => [a.status, a.message])).toEqual(known.map((a) => [a.status, a.message]));

    // Locked is locked: from another address too, with the right password.
    const elsewhere = await attempt('198.51.100.20', 'viewer@kmar', PASSWORD);
    expect(elsewhere.status).toBe(429);
    expect(elsewhere.message).toContain(blocked('15 minuten'));
    // Another account is not affected.
    expect(signedIn(await attempt('203.0.113.10', 'viewer@defensie', PASSWORD))).toBe(true);
  });

  it('holds up a client address after 10 failures spread over accounts, even for an account it has not tried; other addresses go on', async () => {
    const address = '203.0.113.30';
    const accounts = ['viewer', 'security-officer'].flatMap((role) =>
      ['politie', 'ambulance', 'brandweer', 'lms', 'defensie'].map((party) => `${role}@${party}`),
    );
    const pages = await Promise.all(accounts.map(() => openLoginPage(address)));
    const next = await openLoginPage(address);
    for (const [i, account] of accounts.entries()) {
      expect((await submit(pages[i], address, account, 'wrong')).status).toBe(401);
    }
    // No account has failed more than once, yet the address must wait.
    const held = await submit(next, address, 'lms-operator@lms', PASSWORD);
    expect([held.status, held.retryAfter]).toEqual([429, '1']);
    expect(held.message).toContain('Te veel mislukte aanmeldpogingen');
    expect(signedIn(await attempt('203.0.113.31', 'lms-operator@lms', PASSWORD))).toBe(true);

    expect(securityEvents()).toContainEqual(
      expect.objectContaining({
        account: 'lms-operator@lms',
        clientAddress: address,
        outcome: 'refused',
        reason: 'delayed',
        by: 'address',
      }),
    );
  });

  it('logs failed sign-ins, lockouts, refusals and successful sign-ins as structured security events', async () => {
    await signIn({ baseUrl: platform.baseUrl, username: 'viewer@politie', password: PASSWORD });
    const events = securityEvents();
    const of = (account: string, address: string) =>
      events.filter((e) => e.account === account && e.clientAddress === address).map((e) => e.outcome);
    // Everything the guesser did on viewer@kmar from its address, in order (never the password).
    expect(of('viewer@kmar', '203.0.113.10')).toEqual([
      'failure',
      'failure',
      'failure',
      'refused',
      'failure',
      'refused',
      'lockout',
      'refused',
    ]);
    expect(of('viewer@kmar', '198.51.100.20')).toEqual(['refused']);
    expect(events).toContainEqual(
      expect.objectContaining({
        component: 'dev-issuer',
        account: 'viewer@kmar',
        clientAddress: '203.0.113.10',
        outcome: 'lockout',
        by: 'account',
        knownAccount: true,
        lockoutSeconds: LOCKOUT_SECONDS,
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ account: 'nobody@nergens', outcome: 'lockout', knownAccount: false }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ account: 'viewer@politie', clientAddress: '127.0.0.1', outcome: 'success' }),
    );
    expect(platform.output()).not.toContain('wrong-4');
  });
});

describe('failed sign-ins are audited', () => {
  it("land in governance's hash-chained audit log, which the account's own security officer reads", async () => {
    // A fresh guesser: two wrong passwords for ambulance's viewer, one for a name that is no account.
    const address = '192.0.2.77';
    await attempt(address, 'viewer@ambulance', 'wrong-a');
    await attempt(address, 'viewer@ambulance', 'wrong-b');
    await attempt(address, 'niemand@nergens', 'wrong-c');
    const trail = async (account: string) => {
      const { accessToken } = await signIn({
        baseUrl: platform.baseUrl,
        username: account,
        password: PASSWORD,
      });
      const r = await graphql(
        platform.graphqlUrl,
        `
          query ($f: AuditTrailFilter) {
            governanceAuditTrail(filter: $f) {
              entries {
                actor
                party
                action
                subject
                after
              }
            }
          }
        `,
        { f: { action: 'sign-in.', limit: 200 } },
        accessToken,
      );
      expect(r.errors).toBeUndefined();
      return r.data.governanceAuditTrail.entries as Array<Record<string, string | null>>;
    };
    const officer = await trail('security-officer@ambulance');
    const mine = officer.filter((e) => e.after?.includes(address));
    expect(mine).toHaveLength(2);
    for (const e of mine)
      expect(e).toMatchObject({
        actor: 'system:issuer',
        party: 'ambulance',
        action: 'sign-in.failure',
        subject: 'account:viewer@ambulance',
      });
    // The officer reads its own party's sign-in rows only (the unknown name has no party).
    expect(new Set(officer.map((e) => e.party))).toEqual(new Set(['ambulance']));
    // Another party's officer does not see ambulance's rows; the auditor sees every row, unknown names too.
    expect((await trail('security-officer@politie')).map((e) => e.subject)).not.toContain(
      'account:viewer@ambulance',
    );
    const all = (await trail('auditor@jenv')).map((e) => `${e.action} ${e.subject}`);
    expect(all).toEqual(
      expect.arrayContaining([
        'sign-in.failure account:niemand@nergens',
        'sign-in.lockout account:viewer@kmar',
        'sign-in.failure account:viewer@ambulance',
      ]),
    );
  });
});

describe('the sign-in pages cannot be framed', () => {
  const noFraming = (res: Response) => {
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  };

  it('the login page, the issuer endpoints and the web front end send frame-ancestors none and X-Frame-Options DENY', async () => {
    const { page } = await openLoginPage('203.0.113.50');
    expect(page.status).toBe(200);
    noFraming(page);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const issuer = realmIssuer(platform.baseUrl);
    for (const url of [
      `${issuer}/protocol/openid-connect/logout`,
      `${issuer}/protocol/openid-connect/auth?client_id=unknown`,
      `${issuer}/.well-known/openid-configuration`,
      `${platform.baseUrl}/`,
    ]) {
      const res = await fetch(url, { redirect: 'manual' });
      noFraming(res);
    }
  });
});

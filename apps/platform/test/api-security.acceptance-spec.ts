import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, importJWK, JWK, SignJWT } from 'jose';
import {
  errorCodes,
  graphql,
  PlatformProcess,
  sharedPlatform,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * Token and query checks at the gateway and at a service called directly. Forged tokens are signed by
 * this test: with its own key, or with the issuer's real key but wrong claims.
 */
let platform: PlatformProcess;
let issuerKey: JWK;
let valid: string;

beforeAll(async () => {
  // The shared platform allows the origin https://portal.example (SHARED_PLATFORM_SETTINGS).
  platform = sharedPlatform();
  issuerKey = JSON.parse(readFileSync(join(platform.dataDir, 'issuer-keys.json'), 'utf8')).signing;
  valid = (await signIn({ baseUrl: platform.baseUrl, username: 'viewer@politie', password: 'demo' }))
    .accessToken;
});

afterAll(() => platform?.stop());

const issuer = () => `${platform.baseUrl}/realms/meldkamer`;
const claims = {
  party: 'lms',
  realm_access: { roles: ['lms-operator'] },
  preferred_username: 'lms-operator@lms',
};

async function sign(
  key: CryptoKey | Uint8Array,
  alg: string,
  overrides: { iss?: string; aud?: string; exp?: number; kid?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, kid: overrides.kid ?? issuerKey.kid, typ: 'at+jwt' })
    .setSubject('lms-operator@lms')
    .setIssuer(overrides.iss ?? issuer())
    .setAudience(overrides.aud ?? 'mkib-api')
    .setIssuedAt()
    .setExpirationTime(overrides.exp ?? Math.floor(Date.now() / 1000) + 300)
    .sign(key);
}

const realKey = async () => (await importJWK(issuerKey, 'RS256')) as CryptoKey;
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

const forgeries: [string, () => Promise<string>][] = [
  ['signed with another key', async () => sign((await generateKeyPair('RS256')).privateKey, 'RS256')],
  [
    'with alg none',
    async () =>
      `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64({ ...claims, sub: 'x', iss: issuer(), aud: 'mkib-api', exp: Math.floor(Date.now() / 1000) + 300 })}.`,
  ],
  [
    'signed HS256 with the public key as secret',
    async () => sign(new TextEncoder().encode(issuerKey.n!), 'HS256'),
  ],
  ['expired', async () => sign(await realKey(), 'RS256', { exp: Math.floor(Date.now() / 1000) - 600 })],
  ['for another audience', async () => sign(await realKey(), 'RS256', { aud: 'account' })],
  [
    'from another realm',
    async () => sign(await realKey(), 'RS256', { iss: `${platform.baseUrl}/realms/master` }),
  ],
];

describe('[SK-T3] token checks', () => {
  it('the real key with correct claims is accepted (the forgeries below differ only in what they name)', async () => {
    const token = await sign(await realKey(), 'RS256');
    const r = await graphql(
      platform.graphqlUrl,
      `
        {
          facilities {
            code
          }
        }
      `,
      {},
      token,
    );
    expect(r.errors).toBeUndefined();
  });

  it.each(forgeries)(
    'a token %s is refused with UNAUTHENTICATED at the gateway and at the service',
    async (_what, forge) => {
      const token = await forge();
      const atGateway = await graphql(
        platform.graphqlUrl,
        `
          {
            facilities {
              code
            }
          }
        `,
        {},
        token,
      );
      expect(atGateway.status).toBe(401);
      expect(errorCodes(atGateway)).toEqual(['UNAUTHENTICATED']);
      const atService = await graphql(
        platform.subgraphs.risk,
        `
          {
            facilities {
              code
            }
          }
        `,
        {},
        token,
      );
      expect(errorCodes(atService)).toEqual(['UNAUTHENTICATED']);
    },
  );

  it('a service called directly without a token refuses, whatever headers claim', async () => {
    const res = await fetch(platform.subgraphs.risk, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-party': 'lms', 'x-roles': 'lms-operator' },
      body: JSON.stringify({ query: `{ facilities { code } }` }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it.each(['risk', 'governance', 'policy'] as const)(
    'the %s service answers no entity lookup (_entities) without a valid token',
    async (service) => {
      const representation = {
        risk: '{__typename: "Facility", code: "GMS"}',
        governance: '{__typename: "Party", code: "politie"}',
        policy: '{__typename: "Framework", code: "BIO2"}',
      }[service];
      const query = `{ _entities(representations: [${representation}]) { __typename } }`;
      const anonymous = await graphql(platform.subgraphs[service], query, {});
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.data?._entities ?? [null]).toEqual([null]);
      const signedIn = await graphql(platform.subgraphs[service], query, {}, valid);
      expect(signedIn.errors).toBeUndefined();
      expect(signedIn.data._entities).toHaveLength(1);
    },
  );
});

describe('query limits at the gateway', () => {
  const expectRefused = async (query: string, pattern: RegExp) => {
    const r = await graphql(platform.graphqlUrl, query, {}, valid);
    expect(r.status).toBeLessThan(500);
    expect(r.data ?? null).toBeNull();
    expect(r.errors![0].message).toMatch(pattern);
  };

  it('refuses a depth bomb', async () => {
    let q = 'code';
    for (let i = 0; i < 9; i++) q = `responsibleHoofdgebruiker { ${q} }`;
    await expectRefused(`{ parties { ${q} } }`, /depth/i);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: facilities { code }`).join(' ');
    await expectRefused(`{ ${aliases} }`, /alias/i);
  });

  it('refuses a query that is too expensive', async () => {
    const nested =
      'usedBy { code name kind medegebruikers { code name kind medegebruikers { code name kind responsibleHoofdgebruiker { code name kind } } } }';
    const fields = Array.from({ length: 14 }, (_, i) => `f${i}: facilities { code name bbn ${nested} }`).join(
      ' ',
    );
    await expectRefused(`{ ${fields} }`, /cost/i);
  });

  it('refuses an oversized body with 413 and a clear message', async () => {
    const res = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${valid}` },
      body: JSON.stringify({
        query: `{ facilities { code } }`,
        variables: { padding: 'x'.repeat(3_000_000) },
      }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /larger than/,
    );
  });

  it('answers a request that names only a persisted-query hash with a stable code, never a 5xx', async () => {
    const res = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${valid}` },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      }),
    });
    expect(res.status).toBeLessThan(500);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(
      body.errors[0].extensions.code,
    );
  });
});

describe('browser access to the API', () => {
  it('allows only configured origins', async () => {
    const pre = (origin: string) =>
      fetch(platform.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await pre('https://portal.example')).headers.get('access-control-allow-origin')).toBe(
      'https://portal.example',
    );
    expect((await pre('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('in production', () => {
  let production: PlatformProcess;
  beforeAll(async () => {
    production = await startPlatformProcess({ NODE_ENV: 'production' });
  });
  afterAll(() => production?.stop());

  it('answers no introspection and suggests no field names', async () => {
    const token = (
      await signIn({ baseUrl: production.baseUrl, username: 'viewer@politie', password: 'demo' })
    ).accessToken;
    const introspection = await graphql(production.graphqlUrl, '{ __schema { types { name } } }', {}, token);
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors![0].message).toMatch(/introspection/i);
    const typo = await graphql(production.graphqlUrl, '{ facilitie { code } }', {}, token);
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    const inDevelopment = await graphql(platform.graphqlUrl, '{ facilitie { code } }', {}, valid);
    expect(inDevelopment.errors![0].message).toMatch(/Did you mean "facilities"/);
  });
});

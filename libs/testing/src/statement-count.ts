import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import * as pg from 'pg';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/**
 * Counts the SQL statements this process sends to PostgreSQL while `work` runs, so a test can hold a
 * GraphQL request to a fixed number of statements whatever the amount of data (no N+1). The outbox
 * relays' and consumers' own polling is left out.
 */
let recording: string[] | null = null;
let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
    this: unknown,
    ...args: unknown[]
  ) {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    if (recording && !/\b(outbox|inbox)\b/i.test(text)) recording.push(text);
    return original.apply(this, args);
  };
}

export async function countStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  install();
  const statements: string[] = [];
  recording = statements;
  try {
    return { result: await work(), statements };
  } finally {
    recording = null;
  }
}

/**
 * A minimal OpenID issuer for a service started in a test: publishes one RS256 key and signs access
 * tokens with the platform's claims (`party`, `realm_access.roles`).
 */
export interface TestIssuer {
  issuer: string;
  jwksUrl: string;
  token(username: string, party: string, roles: string[]): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' };
  const server = createServer((_, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/realms/meldkamer`;
  return {
    issuer,
    jwksUrl: `${base}/certs`,
    token: (username, party, roles) =>
      new SignJWT({ party, realm_access: { roles }, preferred_username: username, azp: 'mkib-shell' })
        .setProtectedHeader({ alg: 'RS256', kid: 'test', typ: 'at+jwt' })
        .setSubject(username)
        .setIssuer(issuer)
        .setAudience('mkib-api')
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(privateKey),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify } from 'jose';
import { shared } from '@mkib/domain-shared';
import { API_AUDIENCE, Principal, Role, ROLES } from './principal';

export interface TokenVerifierOptions {
  issuer: string;
  audience?: string;
  /** Where the issuer publishes its keys; default the Keycloak path under the issuer. */
  jwksUrl?: string;
  clockToleranceSeconds?: number;
}

/** Only asymmetric algorithms: `none` and HMAC with a public key can never pass. */
const ALLOWED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

/**
 * Validates a bearer token against the issuer's JWKS: signature, issuer, audience, expiry (bounded clock
 * skew). Every service and the gateway do this themselves; nobody trusts a forwarded header.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const jwks = createRemoteJWKSet(
    new URL(options.jwksUrl ?? `${options.issuer}/protocol/openid-connect/certs`),
    {
      cooldownDuration: 30_000,
    },
  );
  return async (authorization) => {
    if (!authorization) throw shared.unauthenticated('auth.noToken');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw shared.unauthenticated('auth.badHeader');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], jwks, {
        issuer: options.issuer,
        audience: options.audience ?? API_AUDIENCE,
        algorithms: ALLOWED_ALGORITHMS,
        clockTolerance: options.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw shared.unauthenticated('auth.expired');
      if (err instanceof joseErrors.JWTClaimValidationFailed)
        throw shared.unauthenticated('auth.wrongAudience', { claim: err.claim });
      throw shared.unauthenticated('auth.invalidToken');
    }
    return principalFromClaims(payload);
  };
}

export function principalFromClaims(payload: JWTPayload): Principal {
  const claims = payload as JWTPayload & {
    party?: unknown;
    preferred_username?: unknown;
    realm_access?: { roles?: unknown };
    responsible_party?: unknown;
    email?: unknown;
    email_verified?: unknown;
  };
  if (typeof claims.party !== 'string' || claims.party.length === 0) {
    throw shared.unauthenticated('auth.noParty');
  }
  const rawRoles = Array.isArray(claims.realm_access?.roles) ? claims.realm_access.roles : [];
  const roles = rawRoles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
  return {
    subject: String(claims.sub),
    username: typeof claims.preferred_username === 'string' ? claims.preferred_username : String(claims.sub),
    party: claims.party,
    roles,
    responsibleParty: typeof claims.responsible_party === 'string' ? claims.responsible_party : null,
    // Only an address the identity provider verified: else anyone who may edit their profile could
    // point their party's deadline mail anywhere (the reminder digest).
    email:
      claims.email_verified === true &&
      typeof claims.email === 'string' &&
      /^[^\s@]+@[^\s@]+$/.test(claims.email)
        ? claims.email
        : null,
  };
}

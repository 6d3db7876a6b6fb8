import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify } from 'jose';
import { unauthenticated } from '@mkib/domain-shared';
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
    if (!authorization) throw unauthenticated('Sign in first: the request has no bearer token.');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <access token>".');
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
      const reason =
        err instanceof joseErrors.JWTExpired
          ? 'the access token has expired'
          : err instanceof joseErrors.JWTClaimValidationFailed
            ? `the access token is not for this platform (${err.claim})`
            : 'the access token is not valid';
      throw unauthenticated(`Sign in again: ${reason}.`);
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
  };
  if (typeof claims.party !== 'string' || claims.party.length === 0) {
    throw unauthenticated(
      'The access token carries no party: ask the administrator to link the account to a party.',
    );
  }
  const rawRoles = Array.isArray(claims.realm_access?.roles) ? claims.realm_access.roles : [];
  const roles = rawRoles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
  return {
    subject: String(claims.sub),
    username: typeof claims.preferred_username === 'string' ? claims.preferred_username : String(claims.sub),
    party: claims.party,
    roles,
    responsibleParty: typeof claims.responsible_party === 'string' ? claims.responsible_party : null,
  };
}

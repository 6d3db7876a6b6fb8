import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

export interface ShellConfig {
  issuer: string;
  clientId: string;
  graphqlUrl: string;
}

/** OpenID Connect sign-in with authorisation code + PKCE against the realm (Keycloak or the dev issuer). */
export function createUserManager(config: ShellConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    loadUserInfo: false,
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export const isUsable = (user: User | null): user is User => !!user && !user.expired && !!user.access_token;

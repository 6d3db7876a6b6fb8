// oidc-provider ships no type declarations; the dev issuer uses its documented configuration.
declare module 'oidc-provider';

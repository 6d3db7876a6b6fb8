export * from './demo-accounts';
export * from './dev-issuer';

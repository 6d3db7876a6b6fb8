export * from './demo-accounts';
export * from './dev-issuer';
export * from './login-throttle';
export * from './sql-adapter';

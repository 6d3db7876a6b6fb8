export * from './oidc-flow';
export * from './platform-process';
export * from './graphql-client';
export * from './test-database';
export * from './browser';
export * from './distributed';
export * from './event-burst';
export * from './eventually';

export * from './errors';
export * from './keep-alive';
export * from './authorisation.guard';
export * from './subgraph';
export * from './declarations';
export * from './request-loader';
export * from './schema-match';
export * from './input-boundary';

export * from './errors';
export * from './dates';

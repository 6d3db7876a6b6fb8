export * from './errors';
export * from './messages';
export * from './fields';
export * from './dates';
export * from './scope';
export * from './clock';
export * from './text';

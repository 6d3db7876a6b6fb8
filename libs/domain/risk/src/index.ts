export * from './classification';
export * from './facilities';
export * from './messages';

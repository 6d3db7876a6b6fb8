export * from './classification';
export * from './facilities';

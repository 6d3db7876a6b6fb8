export * from './classification';
export * from './facilities';
export * from './messages';
export * from './risk-analysis-types';

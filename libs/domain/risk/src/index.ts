export * from './classification';
export * from './facilities';
export * from './messages';
export * from './risk-analysis-types';
export * from './risk-scale';
export * from './risk-analysis';
export * from './consultation';
export * from './acceptance';

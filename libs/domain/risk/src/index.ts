export * from './classification';
export * from './facilities';
export * from './messages';
export * from './risk-analysis-types';
export * from './export-labels';
export * from './export-example';
export * from './export-heat-map';
export * from './poam';

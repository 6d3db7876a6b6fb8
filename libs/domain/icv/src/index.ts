export * from './assessment';
export * from './icv';
export * from './evidence';
export * from './medegebruiker-report';
export * from './messages';
export * from './snapshot';
export * from './evidence-content';
export * from './policy-review';

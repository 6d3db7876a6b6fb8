export * from './assessment';
export * from './icv';

export * from './bio';

export * from './service-host';
export * from './audit-log.resolver';
export * from './distributed';

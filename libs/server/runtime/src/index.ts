export * from './service-host';
export * from './audit-log.resolver';

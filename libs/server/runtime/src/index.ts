export * from './service-host';
export * from './audit-log.resolver';
export * from './distributed';
export * from './audit-trail';
export * from './audit-anchor';
export * from './health';
export * from './http-drain';
export * from './events-health';

export * from './audit-chain';
export * from './audit-log';
export * from './audit-trail';
export * from './database';
export * from './embedded-postgres';
export * from './platform-tables';
export * from './sql-statements';
export * from './audit-anchor.entity';

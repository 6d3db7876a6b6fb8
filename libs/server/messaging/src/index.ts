export * from './transport';
export * from './in-process-transport';
export * from './outbox-relay';
export * from './unit-of-work';
export * from './inbox-consumer';
export * from './kafka-transport';
export * from './idempotency';

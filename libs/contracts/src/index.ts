export * from './envelope';
export * from './events/risk-facility-bbn-raised';

export * from './envelope';
export * from './events/risk-facility-bbn-raised';
export * from './events/policy-catalogue-changed';
export * from './events/policy-profile-changed';

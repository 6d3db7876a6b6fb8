export * from './envelope';
export * from './events/risk-facility-bbn-raised';
export * from './events/policy-catalogue-changed';
export * from './events/policy-profile-changed';
export * from './events/governance-party-register-published';
export * from './events/icv-submitted';
export * from './events/risk-facility-classified';
export * from './events/policy-applicability-changed';

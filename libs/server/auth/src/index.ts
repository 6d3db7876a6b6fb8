export * from './principal';
export * from './token-verifier';
export * from './authorisation';

export { PartyWorkspace } from './party-workspace';
export { AuditorWorkspace } from './auditor-workspace';

export { PartyWorkspace } from './party-workspace';

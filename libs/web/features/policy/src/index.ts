export { PolicyReader } from './policy-reader';
export { ProposalWorkspace } from './proposal-workspace';
export { ConsultationPanel } from './consultation';
export { BoardPolicyProposals } from './board-proposals';

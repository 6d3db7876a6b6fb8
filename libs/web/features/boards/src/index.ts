// The boards and the Minister (issue 18): each screen's module exports its entry points here.
export {};
// issue 18: escalations
export { EscalationDetail, EscalationsPanel, escalationRoles } from './escalation-panel';
export { PositionDialog, RaiseEscalationDialog } from './escalation-forms';

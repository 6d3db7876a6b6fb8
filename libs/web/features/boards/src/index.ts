// The boards and the Minister (issue 18): each screen's module exports its entry points here.
// issue 18: dashboard
export { SmbDashboardPanel, SmbSignalFeed } from './dashboard-panel';
// issue 18: investigations and standalone aanwijzingen (SK-3.6)
export { InvestigationsPanel, InvestigationDetail } from './investigation-panel';
export { BoardInstructionsPanel } from './instruction-panel';
export {};
// issue 18: working groups (SK-3.7)
export { WorkingGroupsPanel, managesWorkingGroups } from './working-group-panel';
export { WorkingGroupFormDialog } from './working-group-form';
export { WorkingGroupReportDialog } from './working-group-report';
// issue 18: evaluation
export { EvaluationSchedulePanel, EvaluationsPanel } from './evaluation-panel';
export { EvaluationWarning } from './evaluation-warning';
export { recordsEvaluations } from './evaluation-format';
export { RegistersPanel } from './register-panel';
export { CoUserFormDialog, EndCoUserDialog, RepresentationDialog } from './register-forms';
// issue 18: escalations
export { EscalationDetail, EscalationsPanel, escalationRoles } from './escalation-panel';
export { PositionDialog, RaiseEscalationDialog } from './escalation-forms';
// issue 18: meetings
export { MeetingsPanel, MeetingDetails } from './meeting-screens';
export { BoardItemDecision } from './board-item-decision';

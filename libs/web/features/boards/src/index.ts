// The boards and the Minister (issue 18): each screen's module exports its entry points here.
export {};
// issue 18: working groups (SK-3.7)
export { WorkingGroupsPanel, managesWorkingGroups } from './working-group-panel';
export { WorkingGroupFormDialog } from './working-group-form';
export { WorkingGroupReportDialog, WorkingGroupReportItem } from './working-group-report';

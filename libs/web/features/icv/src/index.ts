export { AssessmentWorkspace } from './assessment-workspace';
export { CoUserInbox, CoUserReportForm } from './co-user-report';
export { IcvPanel } from './icv-panel';
export { BoardsWorkspace } from './boards-workspace';
export { InstructionsPanel } from './instructions-panel';
export { currentCycleYear } from './year';
export { RemindersBanner } from './reminders-banner';

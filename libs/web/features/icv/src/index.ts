export { AssessmentWorkspace } from './assessment-workspace';
export { CoUserInbox, CoUserReportForm } from './co-user-report';
export { IcvPanel } from './icv-panel';
export { BoardsWorkspace } from './boards-workspace';
export { InstructionsPanel } from './instructions-panel';
export { CycleYear } from './cycle-year';
export { RemindersBanner } from './reminders-banner';

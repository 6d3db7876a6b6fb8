// The boards and the Minister (issue 18): each screen's module exports its entry points here.
export {};
export { RegistersPanel } from './register-panel';
export { CoUserFormDialog, EndCoUserDialog, RepresentationDialog } from './register-forms';

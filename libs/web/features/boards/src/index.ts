// The boards and the Minister (issue 18): each screen's module exports its entry points here.
// issue 18: dashboard
export { SmbDashboardPanel, SmbSignalFeed } from './dashboard-panel';

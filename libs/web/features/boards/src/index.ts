// The boards and the Minister (issue 18): each screen's module exports its entry points here.
// issue 18: meetings
export { MeetingsPanel, MeetingDetails } from './meeting-screens';
export { MeetingItemDecision } from './meeting-item';

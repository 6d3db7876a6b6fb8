export { AuditBadges } from './audit-badges';
export { AuditTrail } from './audit-trail';
export { CSV_COLUMNS, mergePage, mergeTrail, SERVICES, trailCsv } from './trail';
export type { TrailEntry } from './trail';
export { PartyChoice } from './party-choice';
export { Submissions } from './submissions';

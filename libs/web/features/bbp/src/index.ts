export { PdcaCalendar } from './calendar-view';
export { PartyCalendar } from './party-calendar';
export { BbpYearPanel } from './bbp-year-panel';
export { WishesConsolidation } from './consolidation';
export { ProgressOverviewPanel } from './progress-overview';
export { PartyWishes } from './party-wishes';

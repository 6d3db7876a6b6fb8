export { RiskWorkspace } from './risk-workspace';
export { BoardRiskOverview } from './board-overview';

import type { RiskAnalysisView, RiskScale } from '@mkib/domain-risk';

/**
 * The read side of risk analyses other parts of the risk service build on (exports, the POA&M): whole
 * analyses as plain data, already filtered to what the caller may read. Implemented by the analysis
 * module (RiskAnalysisService); the exports depend on this contract only.
 */
export abstract class AnalysisReader {
  /** One analysis the caller may read, or NOT_FOUND (`risk.analysis.notFound`) — the same for one it may not. */
  abstract view(principal: import('@mkib/server-auth').Principal, id: string): Promise<RiskAnalysisView>;
  /**
   * A party's register as whole analyses: its analyses in force (DEFINITIEF) and in progress (CONCEPT,
   * CONSULTATIE), not the superseded ones. `party` null: the caller's own. NOT_FOUND when the caller's scope
   * does not reach that party.
   */
  abstract registerViews(
    principal: import('@mkib/server-auth').Principal,
    party: string | null,
  ): Promise<{ party: string; analyses: RiskAnalysisView[] }>;
  /** The risk scale in force: its level labels name the levels in the exports. */
  abstract scale(): Promise<RiskScale>;
}

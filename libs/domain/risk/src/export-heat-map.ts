import type { RiskAnalysisView, RiskLevel } from './risk-analysis-types';

/**
 * The level of a cell when no matrix is handed in: likelihood x impact as the default 5 x 5 scale maps it
 * (up to 4 LAAG, up to 9 MIDDEN, up to 16 HOOG, above ZEER_HOOG).
 */
const DEFAULT_LEVEL = (likelihood: number, impact: number): RiskLevel => {
  const score = likelihood * impact;
  return score <= 4 ? 'LAAG' : score <= 9 ? 'MIDDEN' : score <= 16 ? 'HOOG' : 'ZEER_HOOG';
};

export interface ExportHeatMapCell {
  likelihood: number;
  impact: number;
  level: RiskLevel;
  inherent: number;
  residual: number;
}

/**
 * Counts per likelihood x impact cell of the inherent and the residual scores of these risks, likelihood
 * high to low (the rows of a heat map), impact low to high. `matrix[l-1][i-1]` gives a cell's level.
 */
export function exportHeatMap(
  risks: Pick<RiskAnalysisView['risks'][number], 'inherent' | 'residual'>[],
  size = { likelihood: 5, impact: 5 },
  matrix?: RiskLevel[][],
): ExportHeatMapCell[] {
  const cells: ExportHeatMapCell[] = [];
  for (let l = size.likelihood; l >= 1; l--)
    for (let i = 1; i <= size.impact; i++)
      cells.push({
        likelihood: l,
        impact: i,
        level: matrix?.[l - 1]?.[i - 1] ?? DEFAULT_LEVEL(l, i),
        inherent: risks.filter((r) => r.inherent.likelihood === l && r.inherent.impact === i).length,
        residual: risks.filter((r) => r.residual.likelihood === l && r.residual.impact === i).length,
      });
  return cells;
}

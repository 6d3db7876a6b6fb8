/**
 * Pure helpers of the risk screens (no React): the heat map's cells from a list of risks, the order of the
 * levels, and the text of a score. Unit-tested in heat-map-cells.spec.ts.
 */
export type Level = 'LAAG' | 'MIDDEN' | 'HOOG' | 'ZEER_HOOG';
export const LEVELS: readonly Level[] = ['LAAG', 'MIDDEN', 'HOOG', 'ZEER_HOOG'];

export interface Score {
  likelihood: number;
  impact: number;
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  level: Level;
  /** Risks whose inherent score is this cell. */
  inherent: number;
  /** Risks whose residual score is this cell. */
  residual: number;
}

/**
 * The cells of a likelihood x impact matrix (`matrix[likelihood-1][impact-1]` is the level), with the number
 * of risks whose inherent and whose residual score falls in each. A score outside the matrix is not counted.
 * Ordered as the table shows them: the highest likelihood first, impact ascending.
 */
export function heatMapCells(
  risks: readonly { inherent: Score; residual: Score }[],
  matrix: readonly (readonly Level[])[],
): HeatCell[] {
  const key = (s: Score) => `${s.likelihood}:${s.impact}`;
  const inherent = new Map<string, number>();
  const residual = new Map<string, number>();
  for (const r of risks) {
    inherent.set(key(r.inherent), (inherent.get(key(r.inherent)) ?? 0) + 1);
    residual.set(key(r.residual), (residual.get(key(r.residual)) ?? 0) + 1);
  }
  const cells: HeatCell[] = [];
  for (let l = matrix.length; l >= 1; l--)
    matrix[l - 1].forEach((level, i) => {
      const k = key({ likelihood: l, impact: i + 1 });
      cells.push({
        likelihood: l,
        impact: i + 1,
        level,
        inherent: inherent.get(k) ?? 0,
        residual: residual.get(k) ?? 0,
      });
    });
  return cells;
}

/** Cells (from the server or `heatMapCells`) as rows of the table: highest likelihood first, impact ascending. */
export function heatMapRows<C extends { likelihood: number; impact: number }>(cells: readonly C[]): C[][] {
  const likelihoods = [...new Set(cells.map((c) => c.likelihood))].sort((a, b) => b - a);
  return likelihoods.map((l) => cells.filter((c) => c.likelihood === l).sort((a, b) => a.impact - b.impact));
}

/** Counts per level, every level present (0 where none), low to high. */
export function countsPerLevel(
  counts: readonly { level: Level; count: number }[],
): { level: Level; count: number }[] {
  return LEVELS.map((level) => ({
    level,
    count: counts.filter((c) => c.level === level).reduce((n, c) => n + c.count, 0),
  }));
}

/** True when `level` is above `limit` (the acceptance level). */
export const isAbove = (level: Level, limit: Level) => LEVELS.indexOf(level) > LEVELS.indexOf(limit);

/** A scale step's label for a value ("Waarschijnlijk"), the value itself when the scale lacks it. */
export function stepLabel(steps: readonly { value: number; label: string }[] | undefined, value: number) {
  return steps?.find((s) => s.value === value)?.label ?? String(value);
}

/** YYYY-MM-DD of today, in the browser's clock (for "past the deadline" hints only; the server decides). */
export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10);

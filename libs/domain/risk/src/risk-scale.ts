import { badUserInput, FieldProblem, fieldRules } from '@mkib/domain-shared';
import { risk as m } from './messages';
import { RISK_LEVELS, RiskLevel, RiskScale } from './risk-analysis-types';

/** Bounds of a scale axis: at least 2 and at most 10 steps. */
export const SCALE_STEPS = { min: 2, max: 10 } as const;
export const SCALE_LABEL_MAX = 100;
export const SCALE_DESCRIPTION_MAX = 500;

const level = (product: number): RiskLevel =>
  product <= 4 ? 'LAAG' : product <= 9 ? 'MIDDEN' : product <= 16 ? 'HOOG' : 'ZEER_HOOG';

/** The default 5 x 5 scale, Dutch labels; the level of a cell follows likelihood x impact. */
export const DEFAULT_RISK_SCALE: RiskScale = {
  likelihood: [
    {
      value: 1,
      label: 'Zeer klein',
      description: 'Komt naar verwachting minder dan eens in de tien jaar voor.',
    },
    { value: 2, label: 'Klein', description: 'Komt naar verwachting eens in de vijf tot tien jaar voor.' },
    { value: 3, label: 'Gemiddeld', description: 'Komt naar verwachting eens in de één tot vijf jaar voor.' },
    { value: 4, label: 'Groot', description: 'Komt naar verwachting enkele keren per jaar voor.' },
    { value: 5, label: 'Zeer groot', description: 'Komt naar verwachting maandelijks of vaker voor.' },
  ],
  impact: [
    { value: 1, label: 'Beperkt', description: 'Nauwelijks merkbaar voor de meldkamerprocessen.' },
    {
      value: 2,
      label: 'Gering',
      description: 'Hinder voor de meldkamerprocessen, zonder gevolgen voor de hulpverlening.',
    },
    { value: 3, label: 'Aanzienlijk', description: 'Vertraging van de hulpverlening in een regio.' },
    {
      value: 4,
      label: 'Ernstig',
      description: 'Uitval van de hulpverlening in een regio of langdurige vertraging landelijk.',
    },
    {
      value: 5,
      label: 'Catastrofaal',
      description: 'Landelijke uitval van de hulpverlening of gevaar voor mensenlevens.',
    },
  ],
  levels: [
    { level: 'LAAG', label: 'Laag' },
    { level: 'MIDDEN', label: 'Midden' },
    { level: 'HOOG', label: 'Hoog' },
    { level: 'ZEER_HOOG', label: 'Zeer hoog' },
  ],
  matrix: [1, 2, 3, 4, 5].map((l) => [1, 2, 3, 4, 5].map((i) => level(l * i))),
};

/** The rank of a level, LAAG 0 .. ZEER_HOOG 3. */
export const levelRank = (l: RiskLevel): number => RISK_LEVELS.indexOf(l);

/** The level of a likelihood x impact score on this scale (both 1-based). */
export function levelOf(scale: RiskScale, likelihood: number, impact: number): RiskLevel {
  const row = scale.matrix[likelihood - 1];
  const cell = row?.[impact - 1];
  if (!cell) throw new Error(`score ${likelihood}x${impact} is outside the scale`);
  return cell;
}

/** Problems of one score (likelihood and impact within the scale). */
export function scoreProblems(
  scale: RiskScale,
  field: string,
  score: { likelihood: number; impact: number } | null | undefined,
): FieldProblem[] {
  return [
    ...fieldRules.between(`${field}.likelihood`, score?.likelihood as number, 1, scale.likelihood.length),
    ...fieldRules.between(`${field}.impact`, score?.impact as number, 1, scale.impact.length),
  ];
}

export interface RiskScaleCommand {
  likelihood: { value: number; label: string; description: string }[];
  impact: { value: number; label: string; description: string }[];
  levels: { level: string; label: string }[];
  matrix: string[][];
}

function axisProblems(field: string, steps: RiskScaleCommand['likelihood'] | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Array.isArray(steps) || steps.length < SCALE_STEPS.min || steps.length > SCALE_STEPS.max)
    return [m.problem(field, 'risk.scale.steps', SCALE_STEPS)];
  steps.forEach((s, i) => {
    if (s.value !== i + 1)
      problems.push(m.problem(`${field}[${i}].value`, 'risk.scale.stepValue', { value: i + 1 }));
    problems.push(...fieldRules.text(`${field}[${i}].label`, s.label, { max: SCALE_LABEL_MAX }));
    problems.push(
      ...fieldRules.optionalText(`${field}[${i}].description`, s.description, SCALE_DESCRIPTION_MAX),
    );
  });
  return problems;
}

/**
 * Validates a new scale: consecutive steps 1..n on both axes with Dutch labels, a label for every level,
 * a matrix of likelihood rows by impact columns whose level never drops as likelihood or impact rises.
 */
export function validateRiskScale(command: RiskScaleCommand): RiskScale {
  const problems = [
    ...axisProblems('likelihood', command.likelihood),
    ...axisProblems('impact', command.impact),
  ];
  const levels = command.levels ?? [];
  for (const l of RISK_LEVELS) {
    const found = levels.filter((x) => x.level === l);
    if (found.length !== 1) problems.push(m.problem('levels', 'risk.scale.levelOnce', { level: l }));
  }
  levels.forEach((x, i) => {
    problems.push(...fieldRules.oneOf(`levels[${i}].level`, x.level, RISK_LEVELS));
    problems.push(...fieldRules.text(`levels[${i}].label`, x.label, { max: SCALE_LABEL_MAX }));
  });
  if (problems.length === 0) {
    const rows = command.likelihood.length;
    const cols = command.impact.length;
    const matrix = command.matrix ?? [];
    if (matrix.length !== rows || matrix.some((r) => !Array.isArray(r) || r.length !== cols))
      problems.push(m.problem('matrix', 'risk.scale.matrixShape', { rows, cols }));
    else {
      matrix.forEach((r, li) =>
        r.forEach((cell, ii) => {
          if (!RISK_LEVELS.includes(cell as RiskLevel))
            problems.push(...fieldRules.oneOf(`matrix[${li}][${ii}]`, cell, RISK_LEVELS));
        }),
      );
      if (problems.length === 0) {
        const rank = (li: number, ii: number) => levelRank(matrix[li][ii] as RiskLevel);
        let monotone = true;
        for (let li = 0; li < rows; li++)
          for (let ii = 0; ii < cols; ii++) {
            if (li > 0 && rank(li, ii) < rank(li - 1, ii)) monotone = false;
            if (ii > 0 && rank(li, ii) < rank(li, ii - 1)) monotone = false;
          }
        if (!monotone) problems.push(m.problem('matrix', 'risk.scale.matrixMonotone'));
      }
    }
  }
  if (problems.length > 0) throw badUserInput(problems);
  return {
    likelihood: command.likelihood.map((s) => ({
      value: s.value,
      label: s.label.trim(),
      description: (s.description ?? '').trim(),
    })),
    impact: command.impact.map((s) => ({
      value: s.value,
      label: s.label.trim(),
      description: (s.description ?? '').trim(),
    })),
    levels: RISK_LEVELS.map((l) => ({ level: l, label: levels.find((x) => x.level === l)!.label.trim() })),
    matrix: command.matrix as RiskLevel[][],
  };
}

import { countsPerLevel, heatMapCells, heatMapRows, isAbove, Level, stepLabel } from './heat-map-cells';

const L: Level = 'LAAG';
const M: Level = 'MIDDEN';
const H: Level = 'HOOG';
const Z: Level = 'ZEER_HOOG';
/** matrix[likelihood-1][impact-1] */
const MATRIX: Level[][] = [
  [L, L, L, M, M],
  [L, L, M, M, H],
  [L, M, M, H, H],
  [M, M, H, H, Z],
  [M, H, H, Z, Z],
];

const risk = (inherent: [number, number], residual: [number, number]) => ({
  inherent: { likelihood: inherent[0], impact: inherent[1] },
  residual: { likelihood: residual[0], impact: residual[1] },
});

describe('heat map cells from risks', () => {
  it('has a cell per likelihood x impact with the level of the matrix, highest likelihood first', () => {
    const cells = heatMapCells([], MATRIX);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toEqual({ likelihood: 5, impact: 1, level: M, inherent: 0, residual: 0 });
    expect(cells[4]).toMatchObject({ likelihood: 5, impact: 5, level: Z });
    expect(cells[24]).toMatchObject({ likelihood: 1, impact: 5, level: M });
  });

  it('counts inherent and residual scores separately', () => {
    const cells = heatMapCells([risk([4, 5], [2, 3]), risk([4, 5], [2, 2]), risk([2, 3], [1, 1])], MATRIX);
    const at = (l: number, i: number) => cells.find((c) => c.likelihood === l && c.impact === i)!;
    expect(at(4, 5)).toMatchObject({ inherent: 2, residual: 0, level: Z });
    expect(at(2, 3)).toMatchObject({ inherent: 1, residual: 1, level: M });
    expect(at(2, 2)).toMatchObject({ inherent: 0, residual: 1 });
    expect(at(1, 1)).toMatchObject({ inherent: 0, residual: 1 });
    expect(cells.reduce((n, c) => n + c.inherent, 0)).toBe(3);
    expect(cells.reduce((n, c) => n + c.residual, 0)).toBe(3);
  });

  it('does not count a score outside the matrix', () => {
    const cells = heatMapCells([risk([6, 1], [1, 1])], MATRIX);
    expect(cells.reduce((n, c) => n + c.inherent, 0)).toBe(0);
  });

  it('orders cells of the server into rows: likelihood descending, impact ascending', () => {
    const cells = heatMapCells([], MATRIX).reverse();
    const rows = heatMapRows(cells);
    expect(rows.map((r) => r[0].likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0].map((c) => c.impact)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('labels and levels', () => {
  it('counts every level, zero where none', () => {
    expect(countsPerLevel([{ level: H, count: 2 }])).toEqual([
      { level: L, count: 0 },
      { level: M, count: 0 },
      { level: H, count: 2 },
      { level: Z, count: 0 },
    ]);
  });

  it('compares levels low to high', () => {
    expect(isAbove(H, M)).toBe(true);
    expect(isAbove(M, M)).toBe(false);
    expect(isAbove(L, Z)).toBe(false);
  });

  it("takes a step's Dutch label from the scale, the number when absent", () => {
    const steps = [
      { value: 1, label: 'Zeer klein' },
      { value: 5, label: 'Zeer groot' },
    ];
    expect(stepLabel(steps, 5)).toBe('Zeer groot');
    expect(stepLabel(steps, 3)).toBe('3');
    expect(stepLabel(undefined, 2)).toBe('2');
  });
});

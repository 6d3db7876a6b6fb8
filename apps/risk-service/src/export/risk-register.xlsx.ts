import ExcelJS from 'exceljs';
import {
  exportHeatMap,
  measureLabel,
  partyName,
  RISK_ACCEPTANCE_STATE_LABELS,
  RISK_ANALYSIS_SCOPE_LABELS,
  RISK_ANALYSIS_STATE_LABELS,
  RISK_LEVEL_LABELS,
  RISK_TREATMENT_KIND_LABELS,
  RiskAnalysisView,
  RiskLevel,
  RiskScale,
} from '@mkib/domain-risk';
import { asFile, DocumentFile } from '@mkib/server-documents';

const LEVEL_FILL: Record<RiskLevel, string> = {
  LAAG: 'FFC6EFCE',
  MIDDEN: 'FFFFEB9C',
  HOOG: 'FFF8CBAD',
  ZEER_HOOG: 'FFFF9999',
};

export const REGISTER_SHEETS = { analyses: 'Analyses', risks: 'Risico’s', heatMap: 'Heatmap' } as const;

function table(
  book: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
  rows: (string | number | null)[][],
) {
  const sheet = book.addWorksheet(name);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/**
 * A party's register as a workbook: its analyses (number, version, state), every risk of them with the
 * facility, scores, levels and treatment, and a heat map of the risks of its final analyses (inherent
 * and residual counts per likelihood x impact cell, coloured by level). `scale`: the scale in force (its
 * size, matrix and level labels); the default 5 x 5 when omitted.
 */
export async function riskRegisterXlsx(
  party: string,
  analyses: RiskAnalysisView[],
  facilityNames: ReadonlyMap<string, string>,
  today: string,
  scale?: RiskScale,
): Promise<DocumentFile> {
  const labels: Record<RiskLevel, string> = {
    ...RISK_LEVEL_LABELS,
    ...Object.fromEntries((scale?.levels ?? []).map((l) => [l.level, l.label])),
  };
  const size = scale ? { likelihood: scale.likelihood.length, impact: scale.impact.length } : undefined;
  const book = new ExcelJS.Workbook();
  book.creator = 'MKIB';
  book.title = `Risicoregister ${partyName(party)}`;
  const facility = (code: string) => facilityNames.get(code) ?? code;

  table(
    book,
    REGISTER_SHEETS.analyses,
    [
      { header: 'Analyse', width: 14 },
      { header: 'Versie', width: 8 },
      { header: 'Status', width: 14 },
      { header: 'Titel', width: 40 },
      { header: 'Reikwijdte', width: 40 },
      { header: 'Voorzieningen', width: 30 },
      { header: 'Methode', width: 22 },
      { header: 'Termijn', width: 12 },
      { header: 'Vastgesteld', width: 12 },
      { header: 'Risico’s', width: 9 },
    ],
    analyses.map((a) => [
      a.number,
      a.version,
      RISK_ANALYSIS_STATE_LABELS[a.state],
      a.title,
      RISK_ANALYSIS_SCOPE_LABELS[a.scope],
      a.facilityCodes.map(facility).join(', '),
      a.method,
      a.dueDate,
      a.finalisedAt?.slice(0, 10) ?? null,
      a.risks.length,
    ]),
  );

  const risks = table(
    book,
    REGISTER_SHEETS.risks,
    [
      { header: 'Analyse', width: 14 },
      { header: 'Versie', width: 8 },
      { header: 'Status analyse', width: 14 },
      { header: 'Voorziening', width: 24 },
      { header: 'Risico', width: 36 },
      { header: 'Omschrijving', width: 48 },
      { header: 'Kans (inherent)', width: 10 },
      { header: 'Impact (inherent)', width: 10 },
      { header: 'Inherent risico', width: 14 },
      { header: 'Kans (rest)', width: 10 },
      { header: 'Impact (rest)', width: 10 },
      { header: 'Restrisico', width: 14 },
      { header: 'Behandeling', width: 22 },
      { header: 'Maatregelen', width: 24 },
      { header: 'Toelichting behandeling', width: 40 },
      { header: 'Eigenaar', width: 24 },
      { header: 'Gereed', width: 12 },
      { header: 'Acceptatie', width: 26 },
    ],
    analyses.flatMap((a) =>
      a.risks.map((r) => [
        a.number,
        a.version,
        RISK_ANALYSIS_STATE_LABELS[a.state],
        facility(r.facilityCode),
        r.title,
        r.description,
        r.inherent.likelihood,
        r.inherent.impact,
        labels[r.inherent.level],
        r.residual.likelihood,
        r.residual.impact,
        labels[r.residual.level],
        RISK_TREATMENT_KIND_LABELS[r.treatment.kind],
        r.treatment.measures.map(measureLabel).join(', '),
        r.treatment.description,
        r.treatment.owner,
        r.treatment.dueDate,
        r.treatment.acceptance ? RISK_ACCEPTANCE_STATE_LABELS[r.treatment.acceptance.state] : null,
      ]),
    ),
  );
  const levelOf = new Map(Object.entries(labels).map(([k, v]) => [v, k as RiskLevel]));
  risks.eachRow((row, n) => {
    if (n === 1) return;
    for (const col of [9, 12]) {
      const level = levelOf.get(String(row.getCell(col).value));
      if (level)
        row.getCell(col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LEVEL_FILL[level] } };
    }
  });

  // The heat map: the risks of the final analyses in force, a grid for the inherent and one for the residual scores.
  const final = analyses.filter((a) => a.state === 'DEFINITIEF').flatMap((a) => a.risks);
  const cells = exportHeatMap(final, size, scale?.matrix);
  const impacts = [...new Set(cells.map((c) => c.impact))];
  const likelihoods = [...new Set(cells.map((c) => c.likelihood))];
  const map = book.addWorksheet(REGISTER_SHEETS.heatMap);
  map.getColumn(1).width = 24;
  impacts.forEach((_, i) => (map.getColumn(i + 2).width = 12));
  map.addRow([
    `Heatmap risicoregister ${partyName(party)}, ${today}: risico’s van definitieve analyses`,
  ]).font = {
    bold: true,
  };
  for (const [kind, title] of [
    ['inherent', 'Inherent risico (aantal risico’s per cel)'],
    ['residual', 'Restrisico (aantal risico’s per cel)'],
  ] as const) {
    map.addRow([]);
    map.addRow([title]).font = { bold: true };
    map.addRow(['Kans \\ Impact', ...impacts]).font = { bold: true };
    for (const l of likelihoods) {
      const rowCells = cells.filter((c) => c.likelihood === l).sort((x, y) => x.impact - y.impact);
      const named = scale?.likelihood.find((x) => x.value === l)?.label;
      const row = map.addRow([named ? `Kans ${l} (${named})` : `Kans ${l}`, ...rowCells.map((c) => c[kind])]);
      rowCells.forEach((c, i) => {
        const cell = row.getCell(i + 2);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LEVEL_FILL[c.level] } };
        cell.alignment = { horizontal: 'center' };
        cell.note = labels[c.level];
      });
    }
  }
  map.addRow([]);
  map.addRow(['Legenda']).font = { bold: true };
  for (const level of Object.keys(LEVEL_FILL) as RiskLevel[]) {
    const row = map.addRow([labels[level]]);
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LEVEL_FILL[level] } };
  }

  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return asFile(
    `risicoregister-${party}-${today}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
  );
}

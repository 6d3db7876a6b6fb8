import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { exampleRiskAnalysisView } from '@mkib/domain-risk';
import { riskAnalysisPdf } from './risk-analysis.pdf';
import { REGISTER_SHEETS, riskRegisterXlsx } from './risk-register.xlsx';
import { RISK_EXPORT_NAMESPACE, uuidV5 } from './uuid-v5';

/** The text a PDF shows: the strings of its (deflated) content streams' text operators (WinAnsi as latin1). */
function pdfText(base64: string): string {
  const raw = Buffer.from(base64, 'base64');
  const latin = raw.toString('latin1');
  const text: string[] = [];
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let content: string;
    try {
      content = inflateSync(raw.subarray(start, latin.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      text.push(
        [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((h) => Buffer.from(h[1], 'hex').toString('latin1'))
          .join(''),
      );
  }
  return text.join(' ').replace(/\s+/g, ' ');
}

const now = new Date();
const analysis = exampleRiskAnalysisView(now);
const names = new Map([['GMS', 'Gemeenschappelijk Meldkamersysteem']]);

describe('the PDF of a risk analysis', () => {
  it('shows scope, owner, method, state, threats, risks with levels, treatments, consultation and finalisation in Dutch', async () => {
    const file = await riskAnalysisPdf(analysis, names);
    expect(file).toMatchObject({
      filename: `risicoanalyse-${analysis.number}-v2.pdf`,
      contentType: 'application/pdf',
    });
    const text = pdfText(file.contentBase64);
    for (const expected of [
      `Risicoanalyse ${analysis.number}: Risicoanalyse GMS`,
      'Versie 2, definitief',
      'Gedeelde voorziening',
      'Landelijke Meldkamer Samenwerking',
      'Gemeenschappelijk Meldkamersysteem (GMS)',
      'BIO2 + BBN3 (GMS)',
      'Statelijke actoren',
      'Eigen dreiging',
      'Zeer hoog (kans 4, impact 5)',
      'Midden (kans 2, impact 4)',
      'Verminderen (maatregelen)',
      'BIO2 5.15, BIO2 8.15',
      'Directeur LMS',
      analysis.risks[0].treatment.dueDate,
      'Voorgesteld, wacht op besluit',
      'Overdragen',
      'Consultatie van de hoofdgebruikers',
      'Niet akkoord',
      'De impact is verhoogd naar 4',
      'Geen reactie',
      'Vaststelling',
      'Defensie reageerde niet voor de termijn',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('NIET_AKKOORD');
    expect(text).not.toContain('MITIGEREN');
  });

  it('says so when an analysis is a draft without consultation', async () => {
    const draft = exampleRiskAnalysisView(now, {
      state: 'CONCEPT',
      consultation: null,
      finalisedAt: null,
      finalisedBy: null,
      finalisedPastDeadlineNote: null,
      threats: [],
      risks: [],
    });
    const text = pdfText((await riskAnalysisPdf(draft, names)).contentBase64);
    expect(text).toContain('Deze analyse is nog niet vastgesteld.');
    expect(text).toContain('Geen dreigingen vastgelegd.');
    expect(text).not.toContain('Consultatie van de hoofdgebruikers');
  });
});

describe('the Excel workbook of a register', () => {
  it('lists the analyses and their risks and counts the final risks in a heat map', async () => {
    const draft = exampleRiskAnalysisView(now, {
      id: 'd',
      number: `RA-${now.getUTCFullYear()}-002`,
      version: 1,
      state: 'CONCEPT',
      risks: [analysis.risks[0]],
    });
    const today = now.toISOString().slice(0, 10);
    const file = await riskRegisterXlsx('lms', [analysis, draft], names, today);
    expect(file.filename).toBe(`risicoregister-lms-${today}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(REGISTER_SHEETS));

    const analyses = book.getWorksheet(REGISTER_SHEETS.analyses)!;
    expect(analyses.getRow(2).values).toEqual(
      expect.arrayContaining([analysis.number, 2, 'Definitief', 'Risicoanalyse GMS']),
    );
    const risks = book.getWorksheet(REGISTER_SHEETS.risks)!;
    expect(risks.rowCount).toBe(1 + 3 + 1);
    expect((risks.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'Analyse',
      'Versie',
      'Status analyse',
      'Voorziening',
      'Risico',
    ]);
    expect((risks.getRow(2).values as unknown[]).slice(1)).toEqual([
      analysis.number,
      2,
      'Definitief',
      'Gemeenschappelijk Meldkamersysteem',
      'Ongeautoriseerde toegang tot incidentgegevens',
      analysis.risks[0].description,
      4,
      5,
      'Zeer hoog',
      2,
      4,
      'Midden',
      'Verminderen (maatregelen)',
      'BIO2 5.15, BIO2 8.15',
      analysis.risks[0].treatment.description,
      'Teamleider ICT-beheer LMS',
      analysis.risks[0].treatment.dueDate,
    ]);
    expect(risks.getRow(5).getCell(3).value).toBe('Concept');

    // Heat map: title, blank, inherent title, header, likelihood 5..1; the draft's risk is not counted.
    const map = book.getWorksheet(REGISTER_SHEETS.heatMap)!;
    expect(map.getRow(4).values).toEqual([undefined, 'Kans \\ Impact', 1, 2, 3, 4, 5]);
    const inherent = (l: number) => (map.getRow(4 + (6 - l)).values as unknown[]).slice(2);
    expect(inherent(4)).toEqual([0, 0, 0, 0, 1]);
    expect(inherent(3)).toEqual([0, 0, 0, 1, 0]);
    expect(inherent(2)).toEqual([0, 0, 0, 0, 1]);
    const residual = (l: number) => (map.getRow(12 + (6 - l)).values as unknown[]).slice(2);
    expect(map.getRow(12).values).toEqual([undefined, 'Kans \\ Impact', 1, 2, 3, 4, 5]);
    expect(residual(2)).toEqual([0, 0, 0, 1, 0]);
    expect(residual(1)).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('the exports on a scale other than the default', () => {
  it('size the heat map and name the levels as the scale in force does', async () => {
    const step = (value: number) => ({ value, label: `Stap ${value}`, description: '' });
    const scale = {
      likelihood: [1, 2, 3].map(step),
      impact: [1, 2, 3].map(step),
      levels: [
        { level: 'LAAG' as const, label: 'Aanvaardbaar' },
        { level: 'MIDDEN' as const, label: 'Let op' },
        { level: 'HOOG' as const, label: 'Ernstig' },
        { level: 'ZEER_HOOG' as const, label: 'Onaanvaardbaar' },
      ],
      matrix: [
        ['LAAG', 'LAAG', 'MIDDEN'],
        ['LAAG', 'MIDDEN', 'HOOG'],
        ['MIDDEN', 'HOOG', 'ZEER_HOOG'],
      ] as ('LAAG' | 'MIDDEN' | 'HOOG' | 'ZEER_HOOG')[][],
    };
    const small = exampleRiskAnalysisView(now, {
      risks: [
        {
          ...analysis.risks[0],
          inherent: { likelihood: 3, impact: 3, level: 'ZEER_HOOG' },
          residual: { likelihood: 1, impact: 2, level: 'LAAG' },
        },
      ],
    });
    const file = await riskRegisterXlsx('lms', [small], names, now.toISOString().slice(0, 10), scale);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const map = book.getWorksheet(REGISTER_SHEETS.heatMap)!;
    expect(map.getRow(4).values).toEqual([undefined, 'Kans \\ Impact', 1, 2, 3]);
    expect(map.getRow(5).values).toEqual([undefined, 'Kans 3 (Stap 3)', 0, 0, 1]);
    expect(map.getRow(5).getCell(4).note).toBe('Onaanvaardbaar');
    expect(book.getWorksheet(REGISTER_SHEETS.risks)!.getRow(2).getCell(9).value).toBe('Onaanvaardbaar');

    const pdf = pdfText((await riskAnalysisPdf(small, names, { ZEER_HOOG: 'Onaanvaardbaar' })).contentBase64);
    expect(pdf).toContain('Onaanvaardbaar (kans 3, impact 3)');
  });
});

describe('the uuids of the exports', () => {
  it('are RFC 4122 version 5 and stable', () => {
    // Python's uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.com') gives the same.
    expect(uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'http://example.com')).toBe(
      '8c9ddcb0-8084-5a7f-a988-1095ab18b5df',
    );
    expect(RISK_EXPORT_NAMESPACE).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

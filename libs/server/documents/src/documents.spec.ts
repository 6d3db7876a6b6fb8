import ExcelJS from 'exceljs';
import { renderPdf, renderXlsx } from './index';

describe('documents', () => {
  it('writes a PDF whose long table flows onto further pages, each with its footer', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `5.${i}`,
      `Maatregel ${i} met een tekst`,
      'GEIMPLEMENTEERD',
    ]);
    const pdf = await renderPdf({
      title: `In-control-verklaring ${new Date().getUTCFullYear()}`,
      footer: 'MKIB',
      blocks: [{ heading: 'Maatregelen' }, { table: { columns: ['Nummer', 'Tekst', 'Status'], rows } }],
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
  });

  it('writes a workbook that opens again with its rows', async () => {
    const bytes = await renderXlsx([
      {
        name: 'Zelfevaluatie',
        columns: [
          { header: 'Nummer', width: 10 },
          { header: 'Status', width: 20 },
        ],
        rows: [['5.01.01', 'DEELS']],
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Zelfevaluatie')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nummer', 'Status']);
    expect(sheet.getRow(2).values).toEqual([undefined, '5.01.01', 'DEELS']);
  });
});

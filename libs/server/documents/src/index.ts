import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

export * from './inflate';

/**
 * The one way the platform writes documents people keep: a PDF of sections (headings, paragraphs,
 * key-value lists, tables) and an Excel workbook of sheets. Standard PDF fonts only: nothing to download.
 */
export interface DocumentFile {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export type PdfBlock =
  | { heading: string }
  | { paragraph: string }
  | { facts: [string, string][] }
  | { table: { columns: string[]; rows: string[][]; widths?: number[] } }
  /** Starts a new page (after a title page, say). */
  | { pageBreak: true };

export async function renderPdf(doc: {
  title: string;
  subtitle?: string;
  footer: string;
  blocks: PdfBlock[];
}): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    bufferPages: true,
    info: { Title: doc.title, Producer: 'MKIB', Creator: 'MKIB' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const width = pdf.page.width - 100;
  pdf.font('Helvetica-Bold').fontSize(18).text(doc.title, { width });
  if (doc.subtitle)
    pdf.moveDown(0.3).font('Helvetica').fontSize(11).fillColor('#444').text(doc.subtitle, { width });
  pdf.fillColor('#000').moveDown();
  for (const block of doc.blocks) {
    if ('pageBreak' in block) pdf.addPage();
    else if ('heading' in block)
      pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(block.heading, { width }).moveDown(0.3);
    else if ('paragraph' in block)
      pdf.font('Helvetica').fontSize(10).text(block.paragraph, { width }).moveDown(0.4);
    else if ('facts' in block)
      for (const [k, v] of block.facts) {
        pdf.font('Helvetica-Bold').fontSize(10).text(`${k}: `, { continued: true, width });
        pdf.font('Helvetica').text(v || '—', { width });
      }
    else {
      const { columns, rows } = block.table;
      const widths = block.table.widths ?? columns.map(() => width / columns.length);
      const drawRow = (cells: string[], bold: boolean) => {
        pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
        const height =
          Math.max(...cells.map((c, i) => pdf.heightOfString(c || '—', { width: widths[i] - 6 }))) + 6;
        if (pdf.y + height > pdf.page.height - 60) pdf.addPage();
        const top = pdf.y;
        let x = 50;
        cells.forEach((c, i) => {
          pdf.text(c || '—', x + 3, top + 3, { width: widths[i] - 6 });
          x += widths[i];
        });
        pdf
          .moveTo(50, top + height)
          .lineTo(50 + width, top + height)
          .strokeColor('#ccc')
          .stroke();
        pdf.x = 50;
        pdf.y = top + height;
      };
      drawRow(columns, true);
      for (const row of rows) drawRow(row, false);
      pdf.moveDown();
    }
  }
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    pdf
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#666')
      .text(`${doc.footer} — ${i + 1}/${range.count}`, 50, pdf.page.height - 40, {
        width,
        lineBreak: false,
      });
  }
  pdf.end();
  return done;
}

export async function renderXlsx(
  sheets: {
    name: string;
    columns: { header: string; width: number }[];
    rows: (string | number | null)[][];
  }[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'MKIB';
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name.slice(0, 31));
    sheet.columns = s.columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of s.rows) sheet.addRow(row);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const asFile = (filename: string, contentType: string, bytes: Buffer): DocumentFile => ({
  filename,
  contentType,
  contentBase64: bytes.toString('base64'),
});

import { deflateSync } from 'node:zlib';
import { checkEvidence } from '@mkib/domain-icv';
import { inflatePart, renderPdf, renderXlsx } from '@mkib/server-documents';

/** The evidence check as the icv service runs it (with zlib's inflate), on files real programs write. */
describe('evidence the platform itself writes is accepted', () => {
  it('accepts a PDF and an Excel workbook as the platform renders them', async () => {
    const pdf = await renderPdf({
      title: 'Logbeleid',
      footer: 'MKIB',
      blocks: [{ heading: 'Beleid' }, { paragraph: 'Logging wordt maandelijks beoordeeld. <geen opmaak>' }],
    });
    const xlsx = await renderXlsx([
      {
        name: 'Maatregelen',
        columns: [
          { header: 'Maatregel', width: 12 },
          { header: 'Status', width: 20 },
        ],
        rows: [['5.01.01', 'GEIMPLEMENTEERD']],
      },
    ]);
    expect(
      checkEvidence(
        { filename: 'logbeleid.pdf', contentType: 'application/pdf', bytes: pdf },
        { inflate: inflatePart },
      ),
    ).toEqual([]);
    expect(
      checkEvidence(
        {
          filename: 'maatregelen.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          bytes: xlsx,
        },
        { inflate: inflatePart },
      ),
    ).toEqual([]);
  });

  it('inflates no more than its limit (a zip bomb is not read)', () => {
    expect(inflatePart(deflateSync(Buffer.alloc(17 * 1024 * 1024)))).toBeNull();
    expect(inflatePart(Buffer.from('not zlib'))).toBeNull();
    expect(Buffer.from(inflatePart(deflateSync(Buffer.from('5 0 << >>')))!).toString()).toBe('5 0 << >>');
  });
});

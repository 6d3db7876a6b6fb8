import { deflateSync, inflateSync } from 'node:zlib';
import { checkEvidence, normaliseFilename, MAX_FILENAME } from './evidence';
import {
  inspectContent,
  jpegEnd,
  markupMarker,
  pdfActiveContent,
  pngEnd,
  textSniffsAsHtml,
} from './evidence-content';

/** The server's inflate, as the icv service hands it over (libs/server/documents `inflatePart`). */
const inflate = (b: Uint8Array) => {
  try {
    return inflateSync(b);
  } catch {
    return null;
  }
};
const bytes = (...parts: (string | Uint8Array | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p as Uint8Array))),
  );
/** Deterministic bytes that look like compressed data. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A real 1x1 PNG (signature, IHDR, IDAT, IEND). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** A PNG chunk (the CRC is not checked, so it is left zero). */
const pngChunk = (type: string, data: Uint8Array) =>
  bytes(
    [data.length >>> 24, (data.length >> 16) & 0xff, (data.length >> 8) & 0xff, data.length & 0xff],
    type,
    data,
    [0, 0, 0, 0],
  );
/** The PNG above with chunks added before its IDAT. */
const withChunks = (...chunks: Uint8Array[]) => bytes(PNG.subarray(0, 33), ...chunks, PNG.subarray(33));
const segment = (marker: number, body: number[] | Uint8Array) =>
  bytes([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff], Uint8Array.from(body));
/** A JPEG's structure: SOI, JFIF, an EXIF thumbnail (with its own FF D9), tables, a scan, EOI. */
const JPEG = bytes(
  [0xff, 0xd8],
  segment(0xe0, [...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
  segment(0xe1, [...Buffer.from('Exif\0\0'), 0xff, 0xd8, 0xff, 0xdb, 1, 2, 0xff, 0xd9]),
  segment(0xdb, [0, ...new Array(64).fill(1)]),
  segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
  segment(0xc4, [0, 0, 1, ...new Array(14).fill(0), 0]),
  segment(0xda, [1, 1, 0, 0, 0x3f, 0]),
  [0xd2, 0xcf, 0xff, 0x00, 0x20, 0xff, 0xd0, 0xa0, 0x12],
  [0xff, 0xd9],
);
const pdf = (...objects: string[]) =>
  bytes(
    '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n',
    objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join(''),
    'trailer\n<< /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
  );
const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>';
const content = (data: Uint8Array, filter = '') =>
  Buffer.concat([
    Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`, 'latin1'),
    Buffer.from(data),
    Buffer.from('\nendstream', 'latin1'),
  ]).toString('latin1');
const PDF = pdf(CATALOG, PAGES, PAGE, content(Buffer.from('BT /F1 12 Tf 72 720 Td (Logbeleid) Tj ET')));

const accepted = (filename: string, contentType: string, b: Uint8Array) =>
  expect(checkEvidence({ filename, contentType, bytes: b }, { inflate })).toEqual([]);
const refusal = (filename: string, contentType: string, b: Uint8Array) =>
  checkEvidence({ filename, contentType, bytes: b }, { inflate }).map((p) => [p.field, p.key, p.params]);

describe('evidence files cannot carry a payload: the files of issue 13', () => {
  it('refuses a PNG header followed by HTML', () => {
    const file = bytes(
      PNG.subarray(0, 8),
      '<html><body><script>alert(document.domain)</script></body></html>',
    );
    expect(refusal('schermafdruk.png', 'image/png', file)).toEqual([
      ['input.contentBase64', 'icv.evidence.polyglot', { contentType: 'image/png', marker: '<html' }],
    ]);
  });

  it('refuses a PDF with an OpenAction script, saying why', () => {
    const file = pdf(
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>',
      PAGES,
      PAGE,
    );
    const problems = checkEvidence({ filename: 'beleid.pdf', contentType: 'application/pdf', bytes: file });
    expect(problems.map((p) => [p.key, p.params])).toEqual([
      [
        'icv.evidence.pdfActiveContent',
        { contentType: 'application/pdf', features: '/OpenAction, /JavaScript, /JS' },
      ],
    ]);
    expect(problems[0].message).toMatch(/^the PDF holds active content \(\/OpenAction, \/JavaScript, \/JS\)/);
  });

  it('refuses HTML saved as .txt (and as .csv)', () => {
    const html = Buffer.from('\n  <!DOCTYPE html>\n<html><script>alert(1)</script></html>');
    expect(refusal('notitie.txt', 'text/plain', html)).toEqual([
      [
        'input.contentBase64',
        'icv.evidence.textSniffsAsHtml',
        { contentType: 'text/plain', marker: '<!doctype html' },
      ],
    ]);
    expect(refusal('lijst.csv', 'text/csv', Buffer.from('\ufeff<script>alert(1)</script>'))[0][1]).toBe(
      'icv.evidence.textSniffsAsHtml',
    );
  });

  it('normalises a filename with markup or a right-to-left override', () => {
    expect(normaliseFilename('<img src=x onerror=alert(1)>.png')).toBe('_img src=x onerror=alert(1)_.png');
    expect(normaliseFilename('"><svg onload=alert(1)>.pdf')).toBe('___svg onload=alert(1)_.pdf');
    // "rapport\u202Efdp.txt" shows as "rapporttxt.pdf": without the override it reads as it is.
    expect(normaliseFilename('rapport\u202Efdp.txt')).toBe('rapportfdp.txt');
    accepted('rapport\u202Efdp.txt', 'text/plain', Buffer.from('Beoordeling van de logging.'));
  });
});

describe('the magic bytes match the declared type; polyglots are refused', () => {
  it('accepts good PNG, JPEG, PDF, text, CSV and office files', () => {
    accepted('schermafdruk.png', 'image/png', PNG);
    accepted('foto.jpg', 'image/jpeg', JPEG);
    accepted('foto.jpeg', 'image/jpeg', bytes(JPEG, '\0\0\n'));
    accepted('logbeleid.pdf', 'application/pdf', PDF);
    accepted('beleid.pdf', 'application/pdf', bytes('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'));
    accepted('notitie.txt', 'text/plain', Buffer.from('Inzage: a < b en b > c, zie <3 en <pre>.\n'));
    accepted('lijst.csv', 'text/csv', Buffer.from('maatregel;status\n5.01.01;GEIMPLEMENTEERD\n'));
    accepted(
      'verslag.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes('PK\x03\x04', noise(2000)),
    );
  });

  it('accepts a PDF with a megabyte of compressed stream data (no false alarm on binary bytes)', () => {
    const data = noise(1_000_000, 11);
    expect(markupMarker(data)).toBeNull();
    accepted(
      'scan.pdf',
      'application/pdf',
      pdf(CATALOG, PAGES, PAGE, content(data, ' /Filter /FlateDecode')),
    );
  });

  it('refuses a file whose bytes are another type than declared', () => {
    expect(refusal('foto.png', 'image/png', JPEG)[0][1]).toBe('icv.evidence.contentMismatch');
    expect(refusal('foto.jpg', 'image/jpeg', PNG)[0][1]).toBe('icv.evidence.contentMismatch');
    expect(refusal('x.pdf', 'application/pdf', Buffer.from('<html>%PDF-1.7'))[0][1]).toBe(
      'icv.evidence.contentMismatch',
    );
    // A PNG signature without the chunks of a PNG is no PNG.
    expect(refusal('x.png', 'image/png', bytes(PNG.subarray(0, 8), noise(100)))[0][1]).toBe(
      'icv.evidence.contentMismatch',
    );
  });

  it('refuses markup appended after the end marker, or anywhere inside', () => {
    const appended = '<!-- --><script>fetch("/graphql")</script>';
    expect(refusal('a.png', 'image/png', bytes(PNG, appended))[0].slice(1)).toEqual([
      'icv.evidence.polyglot',
      { contentType: 'image/png', marker: '<script' },
    ]);
    expect(refusal('a.jpg', 'image/jpeg', bytes(JPEG, '<HTML>'))[0][1]).toBe('icv.evidence.polyglot');
    expect(refusal('a.pdf', 'application/pdf', bytes(PDF, '<iframe src=x>'))[0][1]).toBe(
      'icv.evidence.polyglot',
    );
    expect(
      refusal(
        'a.jpg',
        'image/jpeg',
        bytes(JPEG.subarray(0, 20), segment(0xfe, [...Buffer.from('<svg onload=x>')]), JPEG.subarray(20)),
      )[0][1],
    ).toBe('icv.evidence.polyglot');
    expect(
      refusal(
        'a.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes('PK\x03\x04', '<body>'),
      )[0][1],
    ).toBe('icv.evidence.polyglot');
  });

  it('refuses markup in the text chunks of a PNG and the comments of a JPEG', () => {
    const marker = (name: string, type: string, b: Uint8Array) => {
      const problems = refusal(name, type, b);
      expect(problems.map((p) => p[1])).toEqual(['icv.evidence.polyglot']);
      return (problems[0][2] as { marker: string }).marker;
    };
    const text = (keyword: string, value: string) => pngChunk('tEXt', bytes(keyword, [0], value));
    expect(marker('a.png', 'image/png', withChunks(text('Comment', '<img src=x onerror=alert(1)>')))).toBe(
      '<img',
    );
    expect(
      marker('a.png', 'image/png', withChunks(text('Title', '<META http-equiv=refresh content="0;url=x">'))),
    ).toBe('<meta');
    expect(marker('a.png', 'image/png', withChunks(text('Comment', '<b onmouseover=alert(1)>x</b>')))).toBe(
      '<b',
    );
    // Compressed text (zTXt, and iTXt with its compression flag) is read through inflate.
    const hidden = deflateSync(Buffer.from('<details open ontoggle=alert(1)>'));
    expect(marker('a.png', 'image/png', withChunks(pngChunk('zTXt', bytes('Comment', [0, 0], hidden))))).toBe(
      '<details',
    );
    expect(
      marker(
        'a.png',
        'image/png',
        withChunks(pngChunk('iTXt', bytes('Comment', [0, 1, 0], 'nl', [0, 0], hidden))),
      ),
    ).toBe('<details');
    expect(
      marker(
        'a.png',
        'image/png',
        withChunks(pngChunk('iTXt', bytes('Comment', [0, 0, 0], [0, 0], '<x onclick=y>'))),
      ),
    ).toBe('<x');
    const comment = (value: string) =>
      bytes(JPEG.subarray(0, 20), segment(0xfe, [...Buffer.from(value)]), JPEG.subarray(20));
    expect(marker('a.jpg', 'image/jpeg', comment('<p onclick=alert(1)>klik</p>'))).toBe('<p');
    // Text without markup, and XMP metadata (namespaced elements only), are ordinary.
    accepted('a.jpg', 'image/jpeg', comment('Gemaakt met GIMP; a < b en 3<4'));
    accepted('a.png', 'image/png', withChunks(text('Software', 'Shutter'), text('Comment', 'a < b, <3')));
    const xmp =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF ' +
      'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ' +
      'xmlns:exif="http://ns.adobe.com/exif/1.0/"><exif:PixelXDimension>1</exif:PixelXDimension>' +
      '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>';
    accepted(
      'a.png',
      'image/png',
      withChunks(pngChunk('iTXt', bytes('XML:com.adobe.xmp', [0, 0, 0, 0, 0], xmp))),
    );
  });

  it('refuses links, metadata, forms and script URLs in binary files', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    for (const [payload, found] of [
      ['<img src=x onerror=alert(1)>', '<img'],
      ['<meta http-equiv="refresh" content="0">', '<meta'],
      ['<link rel=import href=x>', '<link'],
      ['<form action=x>', '<form'],
      ['<style>*{}</style>', '<style'],
      ['<a href="https://x">', '<a href'],
      ['JavaScript:alert(1)', 'javascript:'],
    ])
      expect(
        refusal('a.docx', docx, bytes('PK\x03\x04', noise(100), payload, noise(100)))[0].slice(1),
      ).toEqual(['icv.evidence.polyglot', { contentType: docx, marker: found }]);
  });

  it('refuses any other data after the end of an image or PDF', () => {
    expect(refusal('a.png', 'image/png', bytes(PNG, 'PK\x03\x04zip'))[0].slice(1)).toEqual([
      'icv.evidence.trailingData',
      { contentType: 'image/png', end: 'IEND' },
    ]);
    expect(refusal('a.jpg', 'image/jpeg', bytes(JPEG, noise(50)))[0][2]).toEqual({
      contentType: 'image/jpeg',
      end: 'FFD9',
    });
    expect(refusal('a.pdf', 'application/pdf', bytes(PDF, 'alert(1)'))[0][2]).toEqual({
      contentType: 'application/pdf',
      end: '%%EOF',
    });
    expect(refusal('a.pdf', 'application/pdf', bytes(PDF, noise(200_000, 3)))[0][1]).toBe(
      'icv.evidence.trailingData',
    );
  });

  it('finds the end of a PNG by its chunks and of a JPEG past an embedded thumbnail', () => {
    expect(pngEnd(PNG)).toBe(PNG.length);
    expect(jpegEnd(JPEG)).toBe(JPEG.length);
    expect(jpegEnd(JPEG.subarray(0, JPEG.length - 2))).toBeNull();
  });
});

describe('a PDF with active content is refused with the reason', () => {
  const active = (catalog: string) => pdfActiveContent(pdf(catalog, PAGES, PAGE), inflate);

  it.each([
    [
      'a launch action',
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>',
      ['/OpenAction', '/Launch'],
    ],
    [
      'additional actions',
      '<< /Type /Catalog /Pages 2 0 R /AA << /WC << /S /JavaScript /JS 9 0 R >> >> >>',
      ['/AA', '/JavaScript', '/JS'],
    ],
    [
      'an embedded file',
      '<< /Type /Catalog /Names << /EmbeddedFiles << /Names [(a.exe) 9 0 R] >> >> >>',
      ['/EmbeddedFiles'],
    ],
    ['rich media', '<< /Type /Catalog /Pages 2 0 R /RichMedia 7 0 R >>', ['/RichMedia']],
    [
      'a form that submits',
      '<< /Type /Catalog /AcroForm << /XFA 8 0 R >> /A << /S /SubmitForm /F (https://x) >> >>',
      ['/XFA', '/SubmitForm'],
    ],
    [
      'hex-escaped names',
      '<< /Type /Catalog /Open#41ction << /S /J#61vaScript /J#53 (x) >> >>',
      ['/OpenAction', '/JavaScript', '/JS'],
    ],
  ])('refuses %s', (_, catalog, names) => {
    expect(active(catalog)).toEqual(names);
  });

  it('reads names hidden in a compressed object stream', () => {
    const objects = deflateSync(Buffer.from('5 0 << /S /JavaScript /JS (app.alert(1)) >>'));
    const file = pdf(
      '<< /Type /Catalog /Pages 2 0 R /Open#41ction 5 0 R >>',
      PAGES,
      PAGE,
      content(objects, ' /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode'),
    );
    expect(pdfActiveContent(file, inflate)).toEqual(['/OpenAction', '/JavaScript', '/JS']);
    const quiet = pdf(
      CATALOG,
      PAGES,
      PAGE,
      content(
        deflateSync(Buffer.from('5 0 << /Font /F1 >>')),
        ' /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
      ),
    );
    expect(pdfActiveContent(quiet, inflate)).toEqual([]);
    // An object stream it cannot read is not accepted unread.
    expect(pdfActiveContent(quiet)).toEqual(['/ObjStm (unreadable)']);
    const chained = pdf(CATALOG, content(objects, ' /Type /ObjStm /Filter [/ASCII85Decode /FlateDecode]'));
    expect(pdfActiveContent(chained, inflate)).toEqual(['/ObjStm (unreadable)']);
  });

  /** A PDF of raw syntax with a %%EOF, as a hand-made attack file would be. */
  const raw = (body: string) => bytes(`%PDF-1.7\n${body}\n%%EOF\n`);
  const OPEN_SCRIPT =
    '1 0 obj <</Type/Catalog/OpenAction 3 0 R>> endobj 3 0 obj <</S/JavaScript/JS (app.alert(1))>> endobj';

  it('finds active content behind a "stream" in a comment or a string', () => {
    const commented = raw(`% stream\n${OPEN_SCRIPT}\n% endstream`);
    expect(refusal('a.pdf', 'application/pdf', commented).map((p) => p[1])).toEqual([
      'icv.evidence.pdfActiveContent',
    ]);
    const inString = raw(`9 0 obj <</Title (x stream\n)>> endobj\n${OPEN_SCRIPT}\n(endstream)`);
    expect(pdfActiveContent(inString, inflate)).toEqual(['/OpenAction', '/JavaScript', '/JS']);
    // A stream header in a comment after "obj": a reader parses the dictionary after it.
    const header = raw(
      '1 0 obj % << /Length 60 >> stream\n<</Type/Catalog/OpenAction <</S/JavaScript/JS(x)>> >>\nendstream\nendobj',
    );
    expect(pdfActiveContent(header, inflate)).toEqual(['/OpenAction', '/JavaScript', '/JS']);
  });

  it('skips a stream only where its /Length ends at endstream', () => {
    const hidden = `\n${OPEN_SCRIPT}\n`;
    const stream = (length: string, data: string, extra = '') =>
      raw(`${extra}4 0 obj << /Length ${length} >> stream\n${data}\nendstream endobj`);
    // The length is wrong, given indirectly where it cannot be resolved, or the data holds an endstream.
    expect(pdfActiveContent(stream('5', hidden), inflate)).toEqual(['/OpenAction', '/JavaScript', '/JS']);
    expect(pdfActiveContent(stream('9 0 R', hidden), inflate)).toEqual(['/OpenAction', '/JavaScript', '/JS']);
    const early = `x\nendstream endobj\n${OPEN_SCRIPT}\n5 0 obj << >> stream\ny`;
    expect(pdfActiveContent(stream(String(early.length), early), inflate)).toContain('/OpenAction');
    // Not a dictionary of an object: a stream header inside another dictionary.
    expect(
      pdfActiveContent(
        raw('1 0 obj << /Type /Catalog 4 0 obj << /Length 30 >> stream\n/OpenAction 3 0 R >>\nendstream'),
        inflate,
      ),
    ).toEqual(['/OpenAction']);
    // An object hidden in well-formed stream data (found by a reader through the xref) is read.
    expect(pdfActiveContent(stream(String(hidden.length), hidden), inflate)).toEqual([
      '/OpenAction',
      '/JavaScript',
      '/JS',
    ]);
    // Well-formed streams, with a direct length or a plain indirect one, are skipped unread.
    const names = '/JS gs /AA Do BT (OpenAction) Tj ET';
    expect(pdfActiveContent(stream(String(names.length), names), inflate)).toEqual([]);
    expect(pdfActiveContent(stream('9 0 R', names, `9 0 obj ${names.length} endobj\n`), inflate)).toEqual([]);
    expect(
      pdfActiveContent(raw(`4 0 obj << /Length ${names.length} >>\nstream\r\n${names}endstream`), inflate),
    ).toEqual([]);
  });

  it('does not let an object stream go unread when it cannot be told apart from other syntax', () => {
    const objects = deflateSync(Buffer.from('5 0 << /S /JavaScript /JS (app.alert(1)) >>'));
    // An unclosed string before it: a reader finds the object stream through its xref all the same.
    const file = bytes(
      `%PDF-1.7\n1 0 obj ${CATALOG} endobj\n(\n`,
      `2 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${objects.length} >> stream\n`,
      objects,
      '\nendstream endobj\n%%EOF\n',
    );
    expect(pdfActiveContent(file, inflate)).not.toEqual([]);
  });

  it('does not mistake names inside content streams or ordinary links for active content', () => {
    const page = content(Buffer.from('/JS gs /AA Do BT /F1 12 Tf (OpenAction) Tj ET'));
    const link = '<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://www.bio-overheid.nl) >> >>';
    expect(pdfActiveContent(pdf(CATALOG, PAGES, PAGE, page, link), inflate)).toEqual([]);
  });
});

describe('text a browser would sniff as a page is refused', () => {
  it.each([
    '<!DOCTYPE HTML>',
    '<HTML>',
    '<head>',
    '<script src=x>',
    '<iframe/src=x>',
    '<h1>',
    '<div>',
    '<font>',
    '<table>',
    '<a href=x>',
    '<style>',
    '<title>',
    '<b>',
    '<body>',
    '<br>',
    '<p>',
    '<!-- x -->',
    '<?xml version="1.0"?>',
    '<svg xmlns="http://www.w3.org/2000/svg">',
  ])('refuses a text that starts with %s', (start) => {
    expect(textSniffsAsHtml(Buffer.from(`\t\r\n ${start} rest`))).not.toBeNull();
  });

  it('accepts a note that quotes markup further in (it is downloaded as an attachment, nosniff)', () => {
    accepted(
      'pentest.txt',
      'text/plain',
      Buffer.from('pentest finding: XSS payload `<script>alert(1)</script>` fixed\n'),
    );
    accepted('bevindingen.csv', 'text/csv', Buffer.from('id;bevinding\n1;<iframe src=x> in het portaal\n'));
    expect(textSniffsAsHtml(Buffer.from('Bevindingen:\n<html><script>alert(1)</script>'))).toBeNull();
    expect(textSniffsAsHtml(Buffer.from('\ufeff \n<script>alert(1)</script>'))).toBe('<script');
  });

  it('accepts text that merely uses angle brackets', () => {
    for (const text of ['a<b', '<3', '<pre>', '<abbr>', '<bold>', 'x <htm'])
      expect(inspectContent('text/plain', Buffer.from(`${text} is geen pagina`))).toBeNull();
  });
});

describe('filenames are normalised', () => {
  it('removes control, bidi and invisible characters', () => {
    expect(
      normaliseFilename(
        'a\u0000b\u0007c\u001b\u007f\u0085d\u200e\u200fe\u202a\u202b\u202c\u202d\u202ef\u2066\u2067\u2068\u2069g\ufeff.txt',
      ),
    ).toBe('abcdefg.txt');
    expect(normaliseFilename('tab\tand\nnewline.txt')).toBe('tabandnewline.txt');
    expect(normaliseFilename('bro\ud800ken.txt')).toBe('broken.txt');
    expect(normaliseFilename('  ..verborgen  bestand .txt.  ')).toBe('verborgen bestand .txt');
    expect(normaliseFilename("Q&A van O'Brien.pdf")).toBe("Q&A van O'Brien.pdf");
    expect(normaliseFilename('cafe\u0301.pdf')).toBe('caf\u00e9.pdf');
  });

  it('caps the length, keeping the extension and whole characters', () => {
    const long = normaliseFilename(`${'🔒'.repeat(300)}.pdf`);
    expect(Array.from(long)).toHaveLength(MAX_FILENAME);
    expect(long.endsWith('🔒.pdf')).toBe(true);
  });

  it('refuses what is left empty or holds a path', () => {
    expect(refusal('\u202e\u200f', 'text/plain', Buffer.from('x')).map((p) => p[1])).toContain(
      'icv.evidence.filename',
    );
    expect(refusal('..\\windows\\x.txt', 'text/plain', Buffer.from('x')).map((p) => p[1])).toContain(
      'icv.evidence.filename',
    );
  });
});

import {
  currentYear,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  PlatformProcess,
  sharedPlatform,
  signIn,
} from '@mkib/testing';

/**
 * Evidence files cannot carry a payload (issue 13, §5), through the gateway: the four files the probe
 * stored are refused with BAD_USER_INPUT and the reason's key, nothing is written (no audit row, no
 * evidence), and a clean file is stored under its normalised name. Data of its own: kmar's evidence.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const officer = as('security-officer@kmar');
const auditor = as('auditor@jenv');
const YEAR = currentYear();

const UPLOAD = `mutation($i: EvidenceInput!) { uploadEvidence(input: $i) { id filename contentType sizeBytes } }`;
const EVIDENCE = `query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier evidence { id filename } } } }`;
const TRAIL = `query($f: AuditTrailFilter) { icvAuditTrail(filter: $f) { total entries { subject after } } }`;
let measure: { frameworkCode: string; identifier: string };

const uploaded = async () =>
  (await auditor(TRAIL, { f: { party: 'kmar', action: 'evidence.uploaded', limit: 200 } })).data
    .icvAuditTrail as { total: number; entries: { subject: string; after: string | null }[] };
const storedFiles = async () =>
  (
    (await officer(EVIDENCE, { y: YEAR })).data.assessment.entries as {
      evidence: { id: string; filename: string }[];
    }[]
  ).flatMap((e) => e.evidence);
const upload = (filename: string, contentType: string, content: Buffer) =>
  officer(UPLOAD, {
    i: { year: YEAR, ...measure, filename, contentType, contentBase64: content.toString('base64') },
  });

beforeAll(async () => {
  platform = sharedPlatform();
  for (const account of ['security-officer@kmar', 'auditor@jenv'])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  const own = await eventually(
    () =>
      officer(`query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }`, {
        y: YEAR,
      }),
    (r) => r.data?.assessment?.entries.length > 0,
    'the measures that apply to kmar',
  );
  const [first] = own.data.assessment.entries;
  measure = { frameworkCode: first.frameworkCode, identifier: first.identifier };
});
afterAll(() => platform?.stop());

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const ATTACKS: [string, string, string, Buffer, Record<string, string>][] = [
  [
    'a PNG header followed by HTML',
    'schermafdruk.png',
    'image/png',
    Buffer.concat([PNG.subarray(0, 8), Buffer.from('<html><script>alert(document.cookie)</script></html>')]),
    { key: 'icv.evidence.polyglot', marker: '<html' },
  ],
  [
    'a PDF with an OpenAction script',
    'beleid.pdf',
    'application/pdf',
    Buffer.from(
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>\nendobj\n' +
        '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    ),
    { key: 'icv.evidence.pdfActiveContent', features: '/OpenAction, /JavaScript, /JS' },
  ],
  [
    'HTML saved as .txt',
    'notitie.txt',
    'text/plain',
    Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
    { key: 'icv.evidence.textSniffsAsHtml', marker: '<!doctype html' },
  ],
  [
    'an image with a page appended after its end',
    'foto.png',
    'image/png',
    Buffer.concat([PNG, Buffer.from('<svg onload=alert(1)>')]),
    { key: 'icv.evidence.polyglot', marker: '<svg' },
  ],
];

describe('evidence files cannot carry a payload', () => {
  it.each(ATTACKS)(
    'refuses %s with the reason, and writes nothing',
    async (_, filename, contentType, content, expected) => {
      const before = await uploaded();
      const filesBefore = await storedFiles();
      const r = await upload(filename, contentType, content);
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      const { key, ...params } = expected;
      const extensions = r.errors![0].extensions as unknown as {
        i18n: { problems: { field: string; key: string; params: Record<string, string> }[] };
      };
      expect(extensions.i18n.problems).toEqual([
        { field: 'input.contentBase64', key, params: expect.objectContaining({ contentType, ...params }) },
      ]);
      expect((await uploaded()).total).toBe(before.total);
      expect(await storedFiles()).toEqual(filesBefore);
    },
  );

  /** Uploads a clean file under `given`; it is stored, read back and audited under `stored`. */
  async function storedUnder(given: string, stored: string) {
    const before = await uploaded();
    const r = await upload(
      given,
      'text/plain',
      Buffer.from('Beoordeling van de logging: maandelijks, door de CISO.\n'),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.uploadEvidence).toEqual(
      expect.objectContaining({ filename: stored, contentType: 'text/plain' }),
    );
    const { id } = r.data.uploadEvidence;
    expect(await storedFiles()).toContainEqual({ id, filename: stored });
    const content = await officer(
      `query($id: ID!) { evidenceContent(id: $id) { filename contentType intact } }`,
      { id },
    );
    expect(content.data.evidenceContent).toEqual({
      filename: stored,
      contentType: 'text/plain',
      intact: true,
    });
    const after = await uploaded();
    expect(after.total).toBe(before.total + 1);
    const row = after.entries.find((e) => e.subject === id)!;
    expect(JSON.parse(row.after!)).toEqual(expect.objectContaining({ filename: stored }));
  }

  it('stores a clean file whose name holds markup under a name without it', async () => {
    await storedUnder(
      '<img src=x onerror=alert(1)>"rapport".txt',
      '_img src=x onerror=alert(1)__rapport_.txt',
    );
  });

  it('stores a clean file whose name holds a right-to-left override or controls under the name as it reads', async () => {
    // "rapport\u202Efdp.txt" shows as "rapporttxt.pdf".
    await storedUnder('rapport\u202Efdp\u200F\u0007.txt', 'rapportfdp.txt');
  });

  it('still stores good PNG and PDF files', async () => {
    const png = await upload('schermafdruk.png', 'image/png', PNG);
    expect(png.errors).toBeUndefined();
    const pdf = await upload(
      'logbeleid.pdf',
      'application/pdf',
      Buffer.from(
        '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
      ),
    );
    expect(pdf.errors).toBeUndefined();
    expect(pdf.data.uploadEvidence.contentType).toBe('application/pdf');
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { downloadFile } from './download';

/** Evidence and documents are downloaded as attachments, never shown inline (issue 13, §5). */
describe('files from the API are downloaded, never shown inline', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    delete (globalThis as { document?: unknown }).document;
    delete (globalThis as { open?: unknown }).open;
  });

  it('hands a Blob of the stored type to an <a download> under the stored name', async () => {
    const anchor = { click: jest.fn(), remove: jest.fn(), style: {} } as Record<string, unknown>;
    const appended: unknown[] = [];
    (globalThis as { document?: unknown }).document = {
      createElement: jest.fn((tag: string) => (tag === 'a' ? anchor : null)),
      body: { appendChild: (node: unknown) => appended.push(node) },
    };
    let blob: Blob | undefined;
    jest.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:mkib/1';
    });
    jest.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const open = jest.fn();
    (globalThis as { open?: unknown }).open = open;

    const html = '<html><script>alert(1)</script></html>';
    downloadFile({
      filename: 'notitie.txt',
      contentType: 'text/plain',
      contentBase64: Buffer.from(html).toString('base64'),
    });

    expect(anchor).toEqual(
      expect.objectContaining({ href: 'blob:mkib/1', download: 'notitie.txt', rel: 'noopener' }),
    );
    expect(anchor.click).toHaveBeenCalledTimes(1);
    expect(anchor.remove).toHaveBeenCalledTimes(1);
    expect(appended).toEqual([anchor]);
    expect(blob!.type).toBe('text/plain');
    expect(await blob!.text()).toBe(html);
    expect(open).not.toHaveBeenCalled();
  });

  it('the web code never opens a file in a tab, a frame, an object or a data: URL', () => {
    const root = join(__dirname, '../../..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (name === 'node_modules' || name === 'gql' || name === 'dist') continue;
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(root, 'web'));
    for (const app of readdirSync(join(root, '../apps')).filter((a) => a.startsWith('web-') || a === 'shell'))
      walk(join(root, '../apps', app, 'src'));
    expect(files.length).toBeGreaterThan(20);
    const offences = files.flatMap((path) => {
      const source = readFileSync(path, 'utf8');
      const found = [
        /window\.open\(/,
        /<iframe|<embed|<object/i,
        /['"`]data:[^'"`]*;base64/,
        /contentBase64[^\n]*src=/,
      ]
        .filter((pattern) => pattern.test(source))
        .map(String);
      // Every object URL is handed to an <a download>.
      if (source.includes('URL.createObjectURL(') && !/\.download\s*=/.test(source))
        found.push('object URL without download');
      return found.map((f) => `${path}: ${f}`);
    });
    expect(offences).toEqual([]);
  });
});

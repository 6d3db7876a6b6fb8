import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileDurably } from './durable-write';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mkib-durable-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a backup file', () => {
  it('writes it readable by its owner only, even over a world-readable leftover .partial', () => {
    const file = join(dir, 'backup.mkib');
    writeFileSync(`${file}.partial`, 'half of an earlier run', { mode: 0o644 });
    writeFileDurably(file, Buffer.from('the backup'));
    expect(readFileSync(file, 'utf8')).toBe('the backup');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['backup.mkib']);
  });

  it('replaces an existing file whole, with the new mode', () => {
    const file = join(dir, 'issuer-keys.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    writeFileDurably(file, Buffer.from('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

import { decodeBackup, DamagedBackupError, encodeBackup } from './archive';

const manifest = {
  createdAt: '2030-01-01T00:00:00.000Z',
  source: '/data',
  pgliteVersion: '0.5.14',
  chains: {},
};
const parts = { 'pglite.tar.gz': Buffer.from('database bytes'), 'issuer-keys.json': Buffer.from('{"k":1}') };

describe('the backup file', () => {
  it('reads back what was written, part by part', () => {
    const { manifest: m, parts: p } = decodeBackup(encodeBackup(manifest, parts));
    expect(m.parts.map((x) => x.name)).toEqual(['pglite.tar.gz', 'issuer-keys.json']);
    expect(p['pglite.tar.gz'].toString()).toBe('database bytes');
    expect(p['issuer-keys.json'].toString()).toBe('{"k":1}');
  });

  it.each([
    ['a file that is no backup', () => Buffer.from('PK\u0003\u0004 zip'), /not an MKIB backup/],
    [
      'a garbled manifest',
      (b: Buffer) => Buffer.from(b.toString('latin1').replace('"format":1', '"format":x'), 'latin1'),
      /manifest cannot be read/,
    ],
    [
      'an altered byte',
      (b: Buffer) => {
        const c = Buffer.from(b);
        c[c.length - 10] ^= 1;
        return c;
      },
      /checksum of pglite.tar.gz/,
    ],
    ['a cut-off file', (b: Buffer) => b.subarray(0, b.length - 3), /truncated/],
    ['bytes appended', (b: Buffer) => Buffer.concat([b, Buffer.from('x')]), /after its last part/],
  ])('refuses %s', (_name, damage, message) => {
    const damaged = damage(encodeBackup(manifest, parts));
    expect(() => decodeBackup(damaged)).toThrow(DamagedBackupError);
    expect(() => decodeBackup(damaged)).toThrow(message);
    expect(() => decodeBackup(damaged)).toThrow(/nothing was restored/);
  });
});

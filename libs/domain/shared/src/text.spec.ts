import {
  FixedClock,
  controlCharacter,
  fieldRules,
  unstorableCharacter,
  withoutControlCharacters,
} from './index';

const keysOf = (problems: { key?: string }[]) => problems.map((p) => p.key);

describe('text PostgreSQL can store', () => {
  it('refuses NUL and unpaired surrogates anywhere, and keeps every other character', () => {
    expect(unstorableCharacter('a\u0000b')).toEqual({ position: 1, codePoint: 0 });
    expect(unstorableCharacter('x\ud800')).toEqual({ position: 1, codePoint: 0xd800 });
    expect(unstorableCharacter('\udc00x')).toEqual({ position: 0, codePoint: 0xdc00 });
    expect(unstorableCharacter('\ud800\ud800\udc00')).toEqual({ position: 0, codePoint: 0xd800 });
    expect(unstorableCharacter('emoji 😀, Ĳssel, \u202e, \t\n, \u0001')).toBeNull();
  });

  it('finds control and text-direction characters, which a code may not carry', () => {
    expect(controlCharacter('BIO\u202e2')).toEqual({ position: 3, codePoint: 0x202e });
    for (const c of ['\u0001', '\t', '\u007f', '\u0085', '\u061c', '\u200f', '\u202a', '\u2066', '\u2069'])
      expect(controlCharacter(`a${c}`)).not.toBeNull();
    expect(controlCharacter('NEN-7510 5.1.2 rapport (v2).pdf')).toBeNull();
  });
});

describe('fieldRules.storable', () => {
  it('refuses what cannot be stored in codes and in free text', () => {
    const problems = fieldRules.storable('code', 'A\u0000', 'text', 10);
    expect(problems).toEqual([
      { field: 'code', message: 'contains a character that cannot be stored (U+0000 at position 2)' },
    ]);
    expect(keysOf(problems)).toEqual(['field.unstorable']);
    expect(keysOf(fieldRules.storable('code', 'A\ud83d', 'code', 10))).toEqual(['field.unstorable']);
  });

  it('refuses control and bidi-override characters in a code, and keeps them in free text', () => {
    const problems = fieldRules.storable('input.filename', 'rapport\u202efdp.exe', 'code', 200);
    expect(keysOf(problems)).toEqual(['field.controlCharacter']);
    expect(problems[0].message).toBe(
      'may not contain a control or text-direction character (U+202E at position 8)',
    );
    expect(fieldRules.storable('input.description', 'regel 1\nregel 2 \u202e', 'text', 100)).toEqual([]);
  });

  it('refuses text over its length limit', () => {
    expect(keysOf(fieldRules.storable('search', 'x'.repeat(201), 'text', 200))).toEqual(['field.textMax']);
    expect(fieldRules.storable('search', 'x'.repeat(200), 'text', 200)).toEqual([]);
  });
});

describe('fieldRules.year', () => {
  // The rule receives "now"; the test sets it (a year far from today's, so nothing depends on the day).
  const now = new FixedClock(new Date(Date.UTC(2150, 5, 15, 9))).now();
  const current = now.getUTCFullYear();

  it('takes two years back to one ahead, and nothing else', () => {
    for (const year of [current - 2, current - 1, current, current + 1])
      expect(fieldRules.year('year', year, now)).toEqual([]);
    for (const year of [1, 99999, -5, current - 3, current + 2, current + 0.5])
      expect(keysOf(fieldRules.year('input.year', year, now))).toEqual(['field.between']);
    expect(fieldRules.year('input.year', -5, now)[0].message).toBe(
      `must be between ${current - 2} and ${current + 1}`,
    );
  });
});

describe('withoutControlCharacters', () => {
  it('takes out NUL, controls, bidirectional controls and unpaired surrogates, and keeps the rest', () => {
    expect(withoutControlCharacters('vie\u0000wer\u202E@kmar\ud800 😀')).toBe('viewer@kmar 😀');
  });
});

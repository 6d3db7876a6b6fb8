import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * No test holds a date that passes with time (issue 12): every spec of every tier, the year walk, the
 * testing library and the browser tests compute their dates from the clock (the system's, which CI's
 * faketime runs shift, or the `MKIB_NOW` a test starts a platform on). A literal ISO date or a bare year
 * of this era fails this test; the recorded old release (apps/platform/test/release-data) is data, not a
 * test of today's calendar.
 */
const root = join(__dirname, '..', '..');

/**
 * An ISO date `YYYY-MM-DD` of this century from the twenties on, or a bare year of the twenties or thirties: what a test
 * written now would reach for (a far year such as 2099 passes with time too). An impossible date (month 13) never passes with time: a test may hold one as input to refuse.
 */
const LITERAL = /\b20[2-9]\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b|\b20[2-3]\d\b(?!-\d\d-\d\d)/;

/** Files every line of which is checked. */
const SPEC = /\.(spec|acceptance-spec|integration-spec|infra-spec|e2e-spec|chart-spec)\.tsx?$/;
const ALWAYS = ['apps/platform/test/year-walk.ts'];
const WHOLE_FOLDERS = ['libs/testing/', 'apps/e2e/'];
const SKIP_FOLDERS = new Set(['node_modules', 'dist', 'tmp', '.nx', '.cache', 'coverage']);
const SKIP_PATHS = ['apps/platform/test/release-data/'];

/**
 * Deliberate exceptions, each with its reason: `path:line text` must match exactly. Keep it small; a
 * date computed from the clock is nearly always possible.
 */
const ALLOWED: { path: string; text: string; why: string }[] = [];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_FOLDERS.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield relative(root, path).split(sep).join('/');
  }
}

const checked = (path: string) =>
  /\.tsx?$/.test(path) &&
  !SKIP_PATHS.some((p) => path.startsWith(p)) &&
  (SPEC.test(path) || ALWAYS.includes(path) || WHOLE_FOLDERS.some((f) => path.startsWith(f)));

export function literalDates(path: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, at: `${path}:${i + 1}` }))
    .filter(({ line }) => LITERAL.test(line))
    .filter(({ line }) => !ALLOWED.some((a) => a.path === path && line.includes(a.text)))
    .map(({ line, at }) => `${at}: ${line.trim()}`);
}

describe('no test depends on today’s date (issue 12)', () => {
  const all = ['apps', 'libs', 'tools', 'charts'].flatMap((top) => [...files(join(root, top))]);
  const inScope = all.filter(checked);

  it('looks at the specs of every tier, the year walk, the testing library and the browser tests', () => {
    expect(inScope).toEqual(
      expect.arrayContaining(['apps/platform/test/year-walk.ts', 'tools/lint/no-literal-dates.spec.ts']),
    );
    expect(inScope.some((p) => p.endsWith('.acceptance-spec.ts'))).toBe(true);
    expect(inScope.some((p) => p.endsWith('.integration-spec.ts'))).toBe(true);
    expect(inScope.some((p) => p.endsWith('.infra-spec.ts'))).toBe(true);
    expect(inScope.some((p) => p.startsWith('apps/e2e/'))).toBe(true);
    expect(inScope.some((p) => p.startsWith('libs/testing/'))).toBe(true);
    expect(inScope.some((p) => p.startsWith('apps/platform/test/release-data/'))).toBe(false);
  });

  it('finds a literal date or year, and passes a computed one', () => {
    const year = String(new Date().getUTCFullYear());
    expect(literalDates('x.spec.ts', `const due = '${year}-06-30';`)).toHaveLength(1);
    expect(literalDates('x.spec.ts', `query { icv(year: ${year}) }`)).toHaveLength(1);
    expect(literalDates('x.spec.ts', 'const due = `${year + 1}-06-30`; // 1.3 (version), 120 rows')).toEqual(
      [],
    );
  });

  it('holds no literal date or year in any of them', () => {
    const found = inScope.flatMap((path) => literalDates(path, readFileSync(join(root, path), 'utf8')));
    expect(found).toEqual([]);
  });
});

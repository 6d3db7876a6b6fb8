import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resources } from './resources';

/**
 * Every i18n key the web code uses exists in Dutch and in English: a missing key shows its raw name to
 * the user (as `shell.loading` once did in the self-assessment). Finds `t('a.b')`, the keys of a
 * conditional `t(x ? 'a.b' : 'c.d')`, `i18nKey="a.b"`, and for a template key `t(`a.b.${x}`)` the
 * group `a.b` it picks from. Keys of another namespace (`server:…`) are checked by
 * tools/i18n/server-messages.spec.ts.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const DIRS = [
  'libs/web',
  'apps/shell/src',
  ...readdirSync(join(ROOT, 'apps'))
    .filter((a) => a.startsWith('web-'))
    .map((a) => `apps/${a}/src`),
];

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' || name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });

/** The first argument of each `t(` call: the text up to its top-level comma or closing parenthesis. */
function firstArguments(code: string): string[] {
  const out: string[] = [];
  for (const match of code.matchAll(/\bt\(/g)) {
    let depth = 0;
    let i = match.index + 2;
    const start = i;
    let quote: string | null = null;
    for (; i < code.length; i++) {
      const c = code[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    out.push(code.slice(start, i));
  }
  return out;
}

const KEY = /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/;

interface Use {
  file: string;
  key: string;
  group: boolean;
}

function usesIn(file: string): Use[] {
  const code = readFileSync(file, 'utf8');
  const where = relative(ROOT, file);
  const uses: Use[] = [];
  for (const arg of firstArguments(code)) {
    for (const [, literal] of arg.matchAll(/'([^']*)'|"([^"]*)"/g)) {
      if (literal && KEY.test(literal)) uses.push({ file: where, key: literal, group: false });
    }
    for (const [, template] of arg.matchAll(/`([^`]*)`/g)) {
      const prefix = template.split('${')[0];
      if (template.includes('${') && /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)*\.$/.test(prefix))
        uses.push({ file: where, key: prefix.slice(0, -1), group: true });
      else if (KEY.test(template)) uses.push({ file: where, key: template, group: false });
    }
  }
  for (const [, key] of code.matchAll(/i18nKey=["'{`]+([^"'`}]+)/g))
    uses.push({ file: where, key, group: false });
  return uses;
}

const lookup = (tree: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

/** A plain key is a text; with i18next plurals it may exist only as `key_one`/`key_other`. */
const present = (tree: object, use: Use) => {
  if (use.group) {
    const node = lookup(tree, use.key);
    return typeof node === 'object' && node !== null;
  }
  return (
    typeof lookup(tree, use.key) === 'string' ||
    (typeof lookup(tree, `${use.key}_one`) === 'string' &&
      typeof lookup(tree, `${use.key}_other`) === 'string')
  );
};

describe('i18n keys used in the code', () => {
  const uses = DIRS.flatMap((d) => sources(join(ROOT, d))).flatMap(usesIn);

  it('are found (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(200);
  });

  it.each(['nl', 'en'] as const)('exist in %s', (language) => {
    const missing = uses
      .filter((u) => !present(resources[language].translation, u))
      .map((u) => `${u.file}: ${u.key}${u.group ? '.*' : ''}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});

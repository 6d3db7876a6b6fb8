/**
 * Lists which obligations (SK-…) are covered by a test whose title carries the ID, and which are not.
 *   node tools/run.js tools/obligations/index.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const register = readFileSync(join(root, 'docs/obligations.md'), 'utf8');
const ids = [...new Set([...register.matchAll(/^\|\s*(SK-[0-9A-Za-z.]+)\s*\|/gm)].map((m) => m[1]))];

function* testFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* testFiles(path);
    // Spec files, and the shared test modules under a test folder (the year walk runs from two specs).
    else if (
      /\.(spec|acceptance-spec|integration-spec|infra-spec|e2e-spec)\.tsx?$/.test(name) ||
      /[\\/]test[\\/][^\\/]+\.ts$/.test(path)
    )
      yield path;
  }
}

const coverage = new Map<string, string[]>(ids.map((id) => [id, []]));
for (const dir of ['apps', 'libs']) {
  for (const file of testFiles(join(root, dir))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:it|test|describe)\(\s*['"`]([^'"`]*)/g)) {
      for (const id of m[1].match(/SK-[0-9A-Za-z.]+/g) ?? []) {
        coverage.get(id)?.push(relative(root, file));
      }
    }
  }
}
const covered = ids.filter((id) => coverage.get(id)!.length);
console.log(`obligations covered by a test title: ${covered.length} of ${ids.length}`);
for (const id of ids) {
  const files = [...new Set(coverage.get(id))];
  console.log(`${files.length ? 'covered  ' : 'MISSING  '} ${id.padEnd(8)} ${files.join(', ')}`);
}

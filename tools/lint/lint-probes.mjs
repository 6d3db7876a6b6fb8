// Lints pieces of code as if they were files of the named projects, with the repository's ESLint
// configuration and Nx's project graph; prints the rule ids each piece breaks, as JSON.
//   node tools/lint/lint-probes.mjs '[{"file":"libs/server/auth/src/probe.ts","code":"..."}]'
import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const probes = JSON.parse(process.argv[2]);
const eslint = new ESLint({ cwd: root });
const results = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.code, { filePath: join(root, probe.file) });
  results.push(result.messages.map((m) => m.ruleId));
}
process.stdout.write(JSON.stringify(results));

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The module boundaries bite: ESLint (with the Nx project graph) refuses the imports the architecture
 * forbids. Each case lints one piece of code as if it were a file of the named project; ESLint runs in
 * its own process (its configuration is an ES module, which Jest's CommonJS sandbox cannot load).
 */
const root = join(__dirname, '..', '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

const FORBIDDEN = [
  [
    'a server library imports a web library',
    'libs/server/auth/src/probe.ts',
    "import { resources } from '@mkib/web-i18n';",
  ],
  [
    'a service imports a web library',
    'apps/risk-service/src/probe.ts',
    "import { resources } from '@mkib/web-i18n';",
  ],
  [
    'the contracts import a server library',
    'libs/contracts/src/probe.ts',
    "import { shared } from '@mkib/server-auth';",
  ],
  [
    'a web library imports a server library',
    'libs/web/ui/src/probe.ts',
    "import { createLogger } from '@mkib/server-observability';",
  ],
  [
    'a domain library imports a framework',
    'libs/domain/risk/src/probe.ts',
    "import { DataSource } from 'typeorm';",
  ],
  [
    'a service imports another service',
    'apps/risk-service/src/probe.ts',
    "import { icvService } from '@mkib/icv-service';",
  ],
] as const;
const ALLOWED_IMPORT = [
  'apps/risk-service/src/probe.ts',
  "import { shared } from '@mkib/domain-shared';",
] as const;
const CONSOLE = ['apps/risk-service/src/probe.ts', "console.log('x');"] as const;

let rules: string[][];

beforeAll(() => {
  // The boundary rule reads Nx's cached project graph; without it the rule is skipped silently.
  execFileSync(process.execPath, [join(root, 'node_modules/.bin/nx'), 'show', 'projects'], {
    cwd: root,
    env,
    stdio: 'pipe',
  });
  const probes = [...FORBIDDEN.map(([, file, code]) => ({ file, code })), ALLOWED_IMPORT, CONSOLE].map((p) =>
    Array.isArray(p) ? { file: p[0], code: p[1] } : p,
  );
  const out = execFileSync(process.execPath, [join(__dirname, 'lint-probes.mjs'), JSON.stringify(probes)], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  rules = JSON.parse(out);
}, 120_000);

describe('module boundaries', () => {
  it.each(FORBIDDEN.map(([name], i) => [name, i] as const))('refuse: %s', (_, i) => {
    expect(
      rules[i].filter((r) => /enforce-module-boundaries|no-restricted-imports/.test(r)).length,
    ).toBeGreaterThan(0);
  });

  it('allow what the architecture allows', () => {
    expect(rules[FORBIDDEN.length].filter((r) => /boundaries|restricted/.test(r))).toEqual([]);
  });

  it('refuse console output in service code', () => {
    expect(rules[FORBIDDEN.length + 1]).toContain('no-console');
  });
});

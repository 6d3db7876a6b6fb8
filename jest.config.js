// Test tiers by file name (see docs/architecture.md):
//   *.spec.ts             pure and fast (unit)
//   *.acceptance-spec.ts  through the gateway of a running platform; embedded PostgreSQL by default,
//                         a real PostgreSQL server when MKIB_TEST_DATABASE_URL is set (integration)
//   *.integration-spec.ts need a real PostgreSQL server (integration only)
//   *.infra-spec.ts       need the real Keycloak that the infra project's global setup starts
//   *.chart-spec.ts       render the Helm chart with a real helm (npm run chart:check)
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const { compilerOptions } = require('./tsconfig.base.json');
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc },
  // jose and oidc-provider ship ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(jose|oidc-provider)/)'],
  moduleNameMapper,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};
module.exports = {
  // Acceptance tests boot a whole platform: allow minutes (a limit against hangs, not a speed assertion).
  testTimeout: 180000,
  // Jest's default (cores - 1) runs one worker on a 2-core CI machine; the tests wait on platforms and
  // databases much of the time, so two workers there nearly halve the run. More cores: cores - 1.
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'acceptance',
      testMatch: ['<rootDir>/apps/**/*.acceptance-spec.ts'],
      globalSetup: '<rootDir>/tools/acceptance-global-setup.ts',
      globalTeardown: '<rootDir>/tools/acceptance-global-teardown.ts',
    },
    {
      ...common,
      displayName: 'infra',
      testMatch: ['<rootDir>/apps/**/*.infra-spec.ts'],
      globalSetup: '<rootDir>/tools/infra-global-setup.ts',
      globalTeardown: '<rootDir>/tools/infra-global-teardown.ts',
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/apps/e2e/**/*.e2e-spec.ts'] },
    // The Helm chart, rendered by a real helm (built from the Go module proxy by `npm run chart:check`).
    { ...common, displayName: 'chart', testMatch: ['<rootDir>/charts/**/*.chart-spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/**/*.acceptance-spec.ts', '<rootDir>/apps/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/tools/integration-global-setup.ts',
      globalTeardown: '<rootDir>/tools/acceptance-global-teardown.ts',
    },
  ],
};

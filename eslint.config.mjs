// Module boundaries that bite: a domain library imports no framework and no other scope; a service
// imports only shared code and its own scope, never another service; the web imports no server code.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', '.data/**', '**/*.js', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Logs go through pino (libs/server/observability); the web shows problems on screen.
      'no-console': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:testing'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:service', 'type:testing'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing'] },
            {
              sourceTag: 'type:web-app',
              onlyDependOnLibsWithTags: [
                'type:workspace',
                'type:feature',
                'type:ui',
                'type:data-access',
                'type:util',
              ],
            },
            {
              // A workspace composes features into what one kind of user works in; remotes host workspaces.
              sourceTag: 'type:workspace',
              onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:data-access', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:ui', 'type:data-access', 'type:util'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'scope:risk', onlyDependOnLibsWithTags: ['scope:risk', 'scope:shared'] },
            { sourceTag: 'scope:governance', onlyDependOnLibsWithTags: ['scope:governance', 'scope:shared'] },
            { sourceTag: 'scope:policy', onlyDependOnLibsWithTags: ['scope:policy', 'scope:shared'] },
            { sourceTag: 'scope:icv', onlyDependOnLibsWithTags: ['scope:icv', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
            // Where code runs: server code never imports web code and the other way round; the event
            // contracts import nothing from either.
            { sourceTag: 'runtime:server', notDependOnLibsWithTags: ['runtime:web'] },
            { sourceTag: 'runtime:web', notDependOnLibsWithTags: ['runtime:server'] },
            { sourceTag: 'contracts', notDependOnLibsWithTags: ['runtime:server', 'runtime:web'] },
          ],
        },
      ],
    },
  },
  {
    // The all-in-one composition root hosts the services and the gateway: the one place that imports apps.
    files: ['apps/platform/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [
            '@mkib/gateway',
            '@mkib/risk-service',
            '@mkib/governance-service',
            '@mkib/policy-service',
            '@mkib/icv-service',
          ],
        },
      ],
    },
  },
  {
    // Command-line entry points and tools talk to the person who started them; tests may print figures.
    files: [
      'apps/*/src/main.ts',
      'apps/platform/src/*-main.ts',
      'tools/**/*.ts',
      '**/*.spec.ts',
      '**/*-spec.ts',
      'libs/testing/**/*.ts',
      'apps/*/test/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // Domain rules stay framework-free.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            'graphql',
            'express',
            'kafkajs',
            'pg',
            'react',
            '@mkib/server-*',
          ],
        },
      ],
    },
  },
];

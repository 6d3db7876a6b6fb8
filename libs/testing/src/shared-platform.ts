import type { PlatformProcess } from './platform-process';

export const SHARED_PLATFORM_ENV = 'MKIB_SHARED_PLATFORM';
/** The shared platform's settings: every file that uses it may rely on these. */
export const SHARED_PLATFORM_SETTINGS = { MKIB_CORS_ORIGINS: 'https://portal.example' } as const;

/**
 * The acceptance run's one platform, started by tools/acceptance-global-setup.ts. A file that uses it
 * keeps to data of its own and never stops it (`stop` does nothing here).
 */
export function sharedPlatform(): PlatformProcess {
  const raw = process.env[SHARED_PLATFORM_ENV];
  if (!raw) throw new Error(`${SHARED_PLATFORM_ENV} is not set: run this file in the acceptance project`);
  const shared = JSON.parse(raw) as Pick<PlatformProcess, 'baseUrl' | 'graphqlUrl' | 'dataDir' | 'subgraphs'>;
  return { ...shared, output: () => '', stop: async () => undefined };
}

// Relative imports, not aliases: Jest loads this file from a global setup, where path aliases do not apply.
import { startPlatformProcess } from '../libs/testing/src/platform-process';
import { SHARED_PLATFORM_ENV, SHARED_PLATFORM_SETTINGS } from '../libs/testing/src/shared-platform';

/**
 * One platform for the whole acceptance run: the test files that only read, or write data of their own
 * (their own party, year or framework codes), share it through `sharedPlatform()`. Files that change
 * shared state (publishing a profile, REPLACE imports, opening a year's cycle, classifying facilities)
 * start their own.
 */
export default async function globalSetup(): Promise<void> {
  const platform = await startPlatformProcess({ ...SHARED_PLATFORM_SETTINGS });
  (globalThis as { mkibSharedPlatform?: unknown }).mkibSharedPlatform = platform;
  process.env[SHARED_PLATFORM_ENV] = JSON.stringify({
    baseUrl: platform.baseUrl,
    graphqlUrl: platform.graphqlUrl,
    dataDir: platform.dataDir,
    subgraphs: platform.subgraphs,
  });
}

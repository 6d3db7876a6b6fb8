import type { PlatformProcess } from '../libs/testing/src/platform-process';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { mkibSharedPlatform?: PlatformProcess }).mkibSharedPlatform?.stop();
}

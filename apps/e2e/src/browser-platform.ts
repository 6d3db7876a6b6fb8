import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, PlatformProcess, signInInBrowser, startPlatformProcess } from '@mkib/testing';

export const ROOT = join(__dirname, '..', '..', '..');
/** Screenshots of each browser test, for a human to look at. */
export const SHOTS = join(ROOT, 'test-results');

/**
 * One platform and one Chromium per test file, started before and stopped after its tests. Returns a
 * way to open a signed-in page for a demo account. `env` sets the platform's settings (e.g. `MKIB_NOW`).
 */
export function useBrowserPlatform(env: Record<string, string> = {}) {
  let platform: PlatformProcess;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/apps/shell/index.html'))) {
      throw new Error('The front end is not built: run `npm run build:web` first.');
    }
    mkdirSync(SHOTS, { recursive: true });
    platform = await startPlatformProcess(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
  return {
    async signedInPage(username: string): Promise<Page> {
      const page = await (await browser.newContext()).newPage();
      await signInInBrowser(page, platform.baseUrl, username);
      return page;
    },
  };
}

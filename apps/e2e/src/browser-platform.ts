import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  AsAccount,
  graphql,
  launchChromium,
  PlatformProcess,
  signIn,
  signInInBrowser,
  startPlatformProcess,
} from '@mkib/testing';

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
  const tokens = new Map<string, Promise<string>>();
  /** Sends GraphQL through the gateway as a demo account (signed in once): for the steps a test does not click. */
  const as: AsAccount = (account) => async (query, variables) => {
    if (!tokens.has(account))
      tokens.set(
        account,
        signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' }).then((r) => r.accessToken),
      );
    return graphql(platform.graphqlUrl, query, variables, await tokens.get(account));
  };
  return {
    as,
    async signedInPage(username: string): Promise<Page> {
      const page = await (await browser.newContext()).newPage();
      await signInInBrowser(page, platform.baseUrl, username);
      return page;
    },
  };
}

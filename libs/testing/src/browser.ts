import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium, headless, with no background traffic (this machine reaches no other network). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Signs a demo account in through the shell's login page (the issuer's form), as a user would. */
export async function signInInBrowser(page: Page, baseUrl: string, username: string, password = 'demo') {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL(/\/realms\/meldkamer\/interaction\//);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.origin === baseUrl && !url.pathname.startsWith('/auth'));
  await page.getByText(`Aangemeld als ${username}`).waitFor();
}

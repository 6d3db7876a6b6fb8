import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, useBrowserPlatform } from './browser-platform';

/**
 * The cycle selector, with the platform's clock in February of next year: last year's cycle still runs
 * (its BMB meeting is ahead), so every workspace opens on it, and the new year's cycle is a click away.
 * The year comes from the system's clock; no date in this spec passes with time.
 */
const lastYear = new Date().getUTCFullYear();
const thisYear = lastYear + 1;
const platform = useBrowserPlatform({ MKIB_NOW: `${thisYear}-02-15T09:00:00Z` });
const LABEL = 'Cyclus (verslagjaar)';

async function openCycle(page: Page, reports: string, bmb: string, icv: string, smb: string) {
  await page.getByText('De jaarcyclus is nog niet geopend.').waitFor();
  for (const [field, date] of [
    ['medegebruikerRapportages', reports],
    ['icvIndiening', icv],
    ['smbVergadering', smb],
    ['bmbVergadering', bmb],
  ])
    await page.fill(`input[name=cycle-${field}]`, date);
  await page.getByRole('button', { name: 'Jaarcyclus openen' }).click();
  await page.getByTestId('cycle').waitFor();
}

describe('the cycle selector in the browser', () => {
  it('[SK-3.5] opens on the running cycle of last year and switches to the new one', async () => {
    const secretary = await platform.signedInPage('board-secretary@smb');
    await secretary.getByRole('heading', { name: 'SMB en BMB', exact: true }).waitFor();
    // The boards open on the dashboard ("Overzicht", issue 18); the cycle is on the ICVs' tab.
    await secretary.getByRole('tab', { name: 'ICV’s', exact: true }).click();
    const selector = secretary.getByLabel(LABEL);
    // No cycle opened yet, in January to June: last year's cycle, the new year's a choice.
    expect(await selector.inputValue()).toBe(String(lastYear));
    await secretary.getByRole('heading', { name: `Jaarcyclus ${lastYear}`, exact: false }).waitFor();
    await openCycle(
      secretary,
      `${thisYear}-01-15`,
      `${thisYear}-04-05`,
      `${thisYear}-02-01`,
      `${thisYear}-03-10`,
    );
    await secretary.getByText(`BMB ${thisYear}-04-05`, { exact: false }).waitFor();

    await selector.selectOption(String(thisYear));
    expect(new URL(secretary.url()).searchParams.get('jaar')).toBe(String(thisYear));
    await secretary.getByRole('heading', { name: `Jaarcyclus ${thisYear}`, exact: false }).waitFor();
    await openCycle(
      secretary,
      `${thisYear + 1}-01-15`,
      `${thisYear + 1}-04-05`,
      `${thisYear + 1}-02-15`,
      `${thisYear + 1}-03-10`,
    );
    await secretary.getByText(`BMB ${thisYear + 1}-04-05`, { exact: false }).waitFor();
    // A reload keeps the chosen cycle (it is in the URL).
    await secretary.reload();
    await secretary.getByRole('tab', { name: 'ICV’s', exact: true }).click();
    await secretary.getByText(`BMB ${thisYear + 1}-04-05`, { exact: false }).waitFor();
    expect(await secretary.getByLabel(LABEL).inputValue()).toBe(String(thisYear));
    await secretary.screenshot({ path: join(SHOTS, 'web-boards-cycle-selector.png'), fullPage: true });

    // A party's workspace opens on the running cycle of last year too, and reaches the new one.
    const officer = await platform.signedInPage('security-officer@politie');
    const officerSelector = officer.getByLabel(LABEL);
    await officerSelector.waitFor();
    expect(await officerSelector.inputValue()).toBe(String(lastYear));
    expect(await officerSelector.locator('option').allTextContents()).toEqual([
      String(thisYear),
      String(lastYear),
    ]);
    await officer.getByRole('tab', { name: 'ICV' }).click();
    await officer
      .getByRole('heading', { name: String(lastYear), exact: false })
      .first()
      .waitFor();
    await officerSelector.selectOption(String(thisYear));
    await officer
      .getByRole('heading', { name: String(thisYear), exact: false })
      .first()
      .waitFor();
    expect(await officer.getByRole('heading', { name: String(lastYear), exact: false }).count()).toBe(0);
  });
});

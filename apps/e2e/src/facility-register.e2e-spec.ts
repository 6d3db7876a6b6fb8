import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { isoDay } from '@mkib/testing';
import { SHOTS, useBrowserPlatform } from './browser-platform';

/**
 * In a real Chromium: the LMS operator classifies a facility in web-admin; a politie user then sees the
 * new level without an edit control, and switches the interface to English.
 */
const platform = useBrowserPlatform();
const bbnCell = (page: Page, code: string) => page.locator(`tr[data-facility="${code}"] [data-column="bbn"]`);

describe('facility register in the browser', () => {
  it('[SK-4.3] [SK-2.1] the LMS classifies SPOEDVRAAG as BBN3; politie sees it read-only, searches the BIO, and in English', async () => {
    const lms = await platform.signedInPage('lms-operator@lms');
    await lms.getByRole('heading', { name: 'Beheer (LMS)' }).waitFor();
    await lms.getByRole('heading', { name: 'Voorzieningenregister' }).waitFor();
    expect(await bbnCell(lms, 'SPOEDVRAAG').textContent()).toBe('BBN2');

    await lms.getByRole('button', { name: 'Classificeren: Voorziening Spoedvraag' }).click();
    await lms.getByRole('button', { name: 'Classificatie opslaan', exact: true }).click();
    await lms.getByText('Vul een onderbouwing in.').waitFor();
    await lms.screenshot({ path: join(SHOTS, 'web-admin-validation.png'), fullPage: true });
    expect(await bbnCell(lms, 'SPOEDVRAAG').textContent()).toBe('BBN2');

    await lms.selectOption('select[name=bbn]', '3');
    await lms.fill('textarea[name=rationale]', 'Dreiging door statelijke actoren op de 112-aanname');
    await lms.fill('input[name=reviewDue]', isoDay(300));
    await lms.getByRole('button', { name: 'Classificatie opslaan', exact: true }).click();
    await lms.getByText('Voorziening Spoedvraag is geclassificeerd als BBN3.').waitFor();
    await lms.getByText('Er is nu een aanvullende risicoanalyse vereist.').waitFor();
    await lms.locator('tr[data-facility="SPOEDVRAAG"] [data-column="bbn"]', { hasText: 'BBN3' }).waitFor();
    await lms.screenshot({ path: join(SHOTS, 'web-admin-classified.png'), fullPage: true });

    const politie = await platform.signedInPage('security-officer@politie');
    await politie.getByRole('heading', { name: 'Politie', exact: true }).waitFor();
    await politie.locator('tr[data-facility="SPOEDVRAAG"]').waitFor();
    expect(await bbnCell(politie, 'SPOEDVRAAG').textContent()).toBe('BBN3');
    expect(
      await politie.locator('tr[data-facility="SPOEDVRAAG"] [data-column="supplementary"]').textContent(),
    ).toMatch(/^Vereist, uiterlijk \d{4}-\d{2}-\d{2}$/);
    expect(await politie.getByRole('button', { name: /Classificeren/ }).count()).toBe(0);
    await politie.getByText('Alleen de LMS (beheerder) kan voorzieningen classificeren.').waitFor();

    // [SK-2.1] the BIO baseline, searchable, with the attribution its licence asks for
    await politie.getByRole('tab', { name: 'Catalogus' }).click();
    await politie.getByRole('heading', { name: 'Maatregelencatalogus' }).waitFor();
    await politie.fill('input[name=search]', '5.15.01');
    await politie.getByRole('button', { name: 'Zoek', exact: true }).click();
    await politie.getByText('1 maatregel gevonden').waitFor();
    expect(await politie.locator('tr[data-requirement]').count()).toBe(1);
    await politie.locator('tr[data-requirement="5.15.01"]').waitFor();
    expect(await politie.getByTestId('attribution').textContent()).toContain('Staat der Nederlanden');

    await politie.getByRole('button', { name: 'Switch to English' }).click();
    await politie.getByRole('heading', { name: 'Control catalogue' }).waitFor();
    await politie.getByRole('tab', { name: 'Facilities' }).click();
    await politie.getByRole('heading', { name: 'Facility register' }).waitFor();
    await politie.locator('th', { hasText: 'Main users' }).waitFor();
    await politie.getByText('Signed in as security-officer@politie (politie)').waitFor();
    expect(
      await politie.locator('tr[data-facility="SPOEDVRAAG"] [data-column="supplementary"]').textContent(),
    ).toMatch(/^Required, due \d{4}-\d{2}-\d{2}$/);
    expect(await politie.evaluate(() => document.documentElement.lang)).toBe('en');
    await politie.screenshot({ path: join(SHOTS, 'web-politie-english.png'), fullPage: true });
  });
});

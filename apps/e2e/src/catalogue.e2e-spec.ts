import { join } from 'node:path';
import { ROOT, SHOTS, useBrowserPlatform } from './browser-platform';

/**
 * In a real Chromium: the LMS checks a malformed CSV in the import wizard (every bad line listed, nothing
 * imported), imports the valid sample, finds it in the catalogue browser and publishes a BBN profile
 * version; the police security officer attaches the new framework to its own scope.
 */
const platform = useBrowserPlatform();
const FIXTURES = join(ROOT, 'apps/platform/test/fixtures/catalogue');

describe('control catalogue in the browser', () => {
  it('[SK-2.1] [SK-2.2b] the LMS imports a framework with a dry run first and publishes a BBN profile; politie attaches it', async () => {
    const lms = await platform.signedInPage('lms-operator@lms');
    await lms.getByRole('tab', { name: 'Catalogus' }).click();
    await lms.getByRole('heading', { name: 'Importeren in de catalogus' }).waitFor();

    const wizard = lms.locator('section[aria-labelledby="import-title"]');
    await wizard.locator('input[name=code]').fill('ZORGNORM');
    for (const [field, value] of Object.entries({
      name: 'Zorgnorm (voorbeeld)',
      version: String(new Date().getUTCFullYear()),
      publisher: 'MKIB-project',
      licence: 'CC0 1.0',
    }))
      await wizard.locator(`input[name=${field}]`).fill(value);
    await wizard.locator('input[name=file]').setInputFiles(join(FIXTURES, 'zorgnorm-malformed.csv'));
    await wizard.getByRole('button', { name: 'Controleren' }).click();
    await lms.getByText('8 regels gelezen: 2 goedgekeurd, 6 afgekeurd.', { exact: false }).waitFor();
    for (const line of [3, 5, 6, 7, 8, 9])
      await wizard.getByRole('cell', { name: `regel ${line}`, exact: true }).waitFor();
    expect(await wizard.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    await lms.screenshot({ path: join(SHOTS, 'web-admin-import-report.png'), fullPage: true });

    await wizard.locator('input[name=file]').setInputFiles(join(FIXTURES, 'zorgnorm-sample.csv'));
    await wizard.getByRole('button', { name: 'Controleren' }).click();
    await lms.getByText('Het bestand is in orde.', { exact: false }).waitFor();
    await wizard.getByRole('button', { name: 'Importeren' }).click();
    await lms.getByText('Geïmporteerd: 9 nieuw, 0 gewijzigd, 0 verwijderd.').waitFor();

    // The browser offers the new framework at once, searchable.
    const browserSection = lms.locator('section[aria-labelledby="catalogue-title"]');
    await browserSection
      .locator('select[name=framework] option[value=ZORGNORM]')
      .waitFor({ state: 'attached' });
    await browserSection.locator('select[name=framework]').selectOption('ZORGNORM');
    await browserSection.locator('input[name=search]').fill('uitwijk');
    await browserSection.getByRole('button', { name: 'Zoek', exact: true }).click();
    await browserSection.locator('tr[data-requirement="Z.2.1.a"]').waitFor();

    // A new profile version: BIO2 8.24.01 moves up to BBN2.
    const editor = lms.locator('section[aria-labelledby="profile-title"]');
    await editor.getByText('Versie 1 is van kracht', { exact: false }).waitFor();
    await editor.locator('[data-level="1"] summary').click();
    await editor.getByRole('button', { name: 'Verwijder BIO2 8.24.01' }).click();
    await editor.locator('input[name=add-2]').fill('BIO2 8.24.01');
    await editor.locator('[data-level="2"]').getByRole('button', { name: 'Toevoegen' }).click();
    await editor.locator('[data-level="2"] [data-measure="BIO2:8.24.01"]').waitFor();
    await editor.locator('textarea[name=rationale]').fill('Cryptografie pas vanaf BBN2');
    await editor.getByRole('button', { name: 'Nieuwe versie publiceren' }).click();
    await editor.getByText('Versie 2 is gepubliceerd.').waitFor();
    await editor.getByText('BBN1: 116 toegevoegd, 116 van toepassing').waitFor();
    await lms.screenshot({ path: join(SHOTS, 'web-admin-profile.png'), fullPage: true });

    const politie = await platform.signedInPage('security-officer@politie');
    await politie.getByRole('tab', { name: 'Catalogus' }).click();
    const own = politie.locator('section[aria-labelledby="party-frameworks-title"]');
    await own.getByText('Nog geen eigen normenkaders.').waitFor();
    await own.locator('select[name=attach] option[value=ZORGNORM]').waitFor({ state: 'attached' });
    await own.locator('select[name=attach]').selectOption('ZORGNORM');
    await own.getByRole('button', { name: 'Toevoegen' }).click();
    await own
      .getByTestId('party-frameworks')
      .getByText('ZORGNORM: Zorgnorm (voorbeeld)', { exact: false })
      .waitFor();
    // The facility register counts the attached framework's measures: GMS at BBN2 has 117 + 4.
    await politie.reload();
    await politie
      .locator('tr[data-facility="GMS"] [data-column="applicable"]', { hasText: '121 maatregelen' })
      .waitFor();
    await politie.screenshot({ path: join(SHOTS, 'web-politie-own-frameworks.png'), fullPage: true });
  });
});

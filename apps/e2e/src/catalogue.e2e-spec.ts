import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT, SHOTS, useBrowserPlatform } from './browser-platform';
import { adoptDraft, proposalNumbered } from './policy-steps';

/**
 * In a real Chromium: the LMS checks a malformed CSV in the import wizard (every bad line listed, nothing
 * imported), proposes the valid sample as a policy change and, once the BMB adopted it (driven through the
 * API), finds it in the catalogue browser; it proposes a BBN profile version the same way; the police
 * security officer attaches the new framework to its own scope.
 */
const platform = useBrowserPlatform();
const FIXTURES = join(ROOT, 'apps/platform/test/fixtures/catalogue');

/** Proposes through the dialog ("Voorstellen als beleidswijziging"), and returns the proposal's number. */
async function propose(page: Page, from: Locator, rationale: string): Promise<number> {
  await from.getByRole('button', { name: 'Voorstellen als beleidswijziging' }).click();
  const dialog = page.getByRole('dialog', { name: 'Voorstellen als beleidswijziging' });
  await dialog.locator('textarea[name=propose-rationale]').fill(rationale);
  await dialog.locator('select[name=propose-trigger]').selectOption('EVALUATION');
  await dialog.locator('input[name=propose-reference]').fill('Risicoanalyse van de beheerder (e2e)');
  await dialog.getByRole('button', { name: 'Voorstel opstellen' }).click();
  const done = from.getByText(/Voorstel \d+ is opgesteld als concept/);
  await done.waitFor();
  return Number(/Voorstel (\d+)/.exec((await done.textContent()) ?? '')![1]);
}

describe('control catalogue in the browser', () => {
  it('[SK-2.1] [SK-2.2b] [SK-3.1] the LMS checks a framework with a dry run, proposes it and a BBN profile as policy changes; politie attaches it', async () => {
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
    expect(await wizard.getByRole('button', { name: 'Voorstellen als beleidswijziging' }).isDisabled()).toBe(
      true,
    );
    await lms.screenshot({ path: join(SHOTS, 'web-admin-import-report.png'), fullPage: true });

    await wizard.locator('input[name=file]').setInputFiles(join(FIXTURES, 'zorgnorm-sample.csv'));
    await wizard.getByRole('button', { name: 'Controleren' }).click();
    await lms.getByText('Het bestand is in orde.', { exact: false }).waitFor();
    // The common catalogue changes only when the BMB adopts the policy change that carries the import.
    const importProposal = await propose(lms, wizard, 'Zorgnorm als gemeenschappelijk normenkader.');
    await adoptDraft(platform.as, await proposalNumbered(platform.as, importProposal));
    await lms.reload();
    await lms.getByRole('tab', { name: 'Catalogus' }).click();

    // The browser offers the adopted framework, searchable.
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
    const profileProposal = await propose(lms, editor, 'Cryptografie pas vanaf BBN2');
    // Proposed, not published: version 1 stays in force until the BMB adopts it.
    await editor.getByText('Versie 1 is van kracht', { exact: false }).waitFor();
    await adoptDraft(platform.as, await proposalNumbered(platform.as, profileProposal));
    await lms.reload();
    await lms.getByRole('tab', { name: 'Catalogus' }).click();
    await editor.getByText('Versie 2 is van kracht', { exact: false }).waitFor();
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

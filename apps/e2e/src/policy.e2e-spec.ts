import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { HOOFDGEBRUIKER_OFFICERS, isoDay } from '@mkib/testing';
import { SHOTS, useBrowserPlatform } from './browser-platform';
import { proposalNumbered, respondAs } from './policy-steps';

/**
 * In a real Chromium, in Dutch: politie reads the policy (version 1, the RACI table, a topic's rules with
 * their measures); the LMS proposes to change norm N-01 and opens the consultation; four hoofdgebruikers
 * respond through the API and politie in its workspace; the LMS puts the proposal before the SMB; the SMB
 * advises and the BMB adopts it in web-boards; politie then reads version 2 with the diff showing N-01, and
 * confirms its self-assessment was reviewed against it.
 */
const platform = useBrowserPlatform();
const NEW_TEXT = 'De BIO is het minimum; de beheerder toetst dit jaarlijks aantoonbaar (e2e).';

/** Waits for something another service produces asynchronously: reloads and opens `tab` until it shows. */
async function eventuallyVisible(page: Page, tab: string, target: () => Locator, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    if (
      await target()
        .first()
        .waitFor({ timeout: 3_000 })
        .then(
          () => true,
          () => false,
        )
    )
      return;
    if (Date.now() > until) throw new Error(`not shown in time: ${target()}`);
    await page.reload();
  }
}

describe('the policy as a living document in the browser', () => {
  it('[SK-2.2a] [SK-2.2d] [SK-3.1] [SK-4.4] read, propose, respond, advise, adopt, and see version 2 with its diff', async () => {
    // Politie reads the policy in force.
    const politie = await platform.signedInPage('security-officer@politie');
    await politie.getByRole('tab', { name: 'Beleid', exact: true }).click();
    await politie.getByRole('heading', { name: 'Informatiebeveiligingsbeleid', exact: true }).waitFor();
    await politie.locator('article[data-policy-version="1"]').waitFor();
    expect(await politie.locator('select[name=policy-version] option:checked').textContent()).toContain(
      'Versie 1',
    );
    await politie.getByRole('navigation', { name: 'Inhoud' }).getByRole('link', { name: 'Normen' }).waitFor();
    const raci = politie.getByRole('region', { name: 'Verantwoordelijkheden per proces en partij (RACI)' });
    // The columns are the parties by name.
    await raci.locator('th', { hasText: /^Politie$/ }).waitFor();
    await raci.locator('th', { hasText: 'Landelijke Meldkamer Samenwerking' }).waitFor();
    await raci.locator('[data-process=RISK_MANAGEMENT] [data-party=politie] abbr').waitFor();
    await raci.getByRole('cell', { name: 'Risicomanagement', exact: true }).waitFor();
    await politie.locator('[data-topic=ACCESS_CONTROL] summary', { hasText: 'Toegangsbeveiliging' }).click();
    await politie.locator('[data-topic=ACCESS_CONTROL] [data-rule] [data-measure]').first().waitFor();
    await politie.locator('[data-norm="N-01"]', { hasText: 'De BIO is het minimum' }).waitFor();
    // Version 1 came with the strategic framework: no system account as who adopted it.
    await politie
      .getByText('vastgesteld bij de inwerkingtreding van het strategisch kader', { exact: false })
      .waitFor();
    expect(await politie.getByText('system:', { exact: false }).count()).toBe(0);
    await politie.screenshot({ path: join(SHOTS, 'web-politie-policy.png'), fullPage: true });

    // The LMS proposes to change norm N-01.
    const lms = await platform.signedInPage('lms-operator@lms');
    await lms.getByRole('tab', { name: 'Beleidswijzigingen' }).click();
    await lms.getByRole('heading', { name: 'Wijzigingsvoorstellen' }).waitFor();
    await lms.getByRole('button', { name: 'Nieuw voorstel' }).click();
    const dialog = lms.getByRole('dialog', { name: 'Nieuw wijzigingsvoorstel' });
    await dialog.locator('input[name=proposal-title]').fill('Norm N-01 aangescherpt');
    await dialog
      .locator('textarea[name=proposal-rationale]')
      .fill('De risicoanalyse vraagt om jaarlijkse toetsing.');
    // An instruction of the BMB is picked from the instructions, not typed as an id.
    await dialog.locator('select[name=trigger-kind]').selectOption('BMB_INSTRUCTION');
    await dialog.locator('select[name=trigger-record]').waitFor();
    expect(await dialog.locator('input[name=trigger-record-id]').count()).toBe(0);
    await dialog.locator('select[name=trigger-kind]').selectOption('EVALUATION');
    await dialog.locator('input[name=trigger-reference]').fill('Risicoanalyse van de beheerder (e2e)');
    await dialog.locator('select[name=norm-choice] option[value="N-01"]').waitFor({ state: 'attached' });
    await dialog.locator('select[name=norm-choice]').selectOption('N-01');
    expect(await dialog.locator('textarea[name=norm-text]').inputValue()).toContain(
      'De informatiebeveiliging',
    );
    await dialog.locator('textarea[name=norm-text]').fill(NEW_TEXT);
    await dialog.getByRole('button', { name: 'In voorstel opnemen' }).first().click();
    await dialog.getByText('Norm N-01 wijzigen of toevoegen').waitFor();
    await lms.screenshot({ path: join(SHOTS, 'web-admin-proposal-draft.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Voorstel opslaan' }).click();
    const drafted = lms.getByText(/Voorstel \d+ is opgesteld\./);
    await drafted.waitFor();
    const number = Number(/Voorstel (\d+)/.exec((await drafted.textContent()) ?? '')![1]);
    await lms.getByRole('button', { name: `Voorstel ${number} openen` }).click();
    const detail = lms.locator(`[data-proposal-detail="${number}"]`);
    await detail.locator('tr[data-change="N-01"][data-kind=CHANGED]', { hasText: NEW_TEXT }).waitFor();
    await detail.locator('input[name=respond-by]').fill(isoDay(14));
    await detail.getByRole('button', { name: 'Consultatie openen' }).click();
    await lms.getByText('De consultatie is geopend.').waitFor();
    // Before the responses are in (or respondBy passed) submitting is not offered, and the page says why;
    // revising is, with the warning that the hoofdgebruikers are asked again.
    expect(await detail.getByRole('button', { name: 'Voorleggen aan het SMB' }).isDisabled()).toBe(true);
    await detail.getByTestId('submit-blocked').getByText('Nog geen reactie van', { exact: false }).waitFor();
    await detail.getByRole('button', { name: 'Bewerken' }).waitFor();
    await detail.getByText('worden de hoofdgebruikers opnieuw gevraagd', { exact: false }).waitFor();
    await lms
      .locator(`tr[data-proposal-row="${number}"]`, { hasText: 'Risicoanalyse van de beheerder (e2e)' })
      .waitFor();

    // Four hoofdgebruikers respond through the API, politie in its workspace.
    const proposalId = await proposalNumbered(platform.as, number);
    await respondAs(
      platform.as,
      HOOFDGEBRUIKER_OFFICERS.filter((o) => o !== 'security-officer@politie'),
      proposalId,
    );
    await politie.getByRole('tab', { name: 'Beleidswijzigingen' }).click();
    const consultation = politie.locator(`[data-consultation="${number}"]`);
    await consultation.locator('tr[data-change="N-01"]').waitFor();
    await consultation.locator(`select[name=position-${number}]`).selectOption('REMARKS');
    await consultation
      .locator(`textarea[name=reasons-${number}]`)
      .fill('Akkoord, graag de toetsing afstemmen met de jaarcyclus.');
    await consultation.getByRole('button', { name: 'Reactie versturen' }).click();
    await politie.getByText('Uw reactie is vastgelegd.').waitFor();
    await consultation.getByText('Uw reactie: Akkoord met opmerkingen', { exact: false }).waitFor();
    await politie.screenshot({ path: join(SHOTS, 'web-politie-consultation.png'), fullPage: true });

    // The LMS sees the five responses and puts the proposal before the SMB.
    await lms.reload();
    await lms.getByRole('tab', { name: 'Beleidswijzigingen' }).click();
    await lms.getByRole('button', { name: `Voorstel ${number} openen` }).click();
    await detail.locator('tr[data-response="politie"]', { hasText: 'Akkoord met opmerkingen' }).waitFor();
    expect(await detail.locator('tr[data-response]').count()).toBe(5);
    await detail.getByTestId('submit-blocked').waitFor({ state: 'detached' });
    await detail.getByRole('button', { name: 'Voorleggen aan het SMB' }).click();
    await lms.getByText('Het voorstel is voorgelegd aan het SMB.').waitFor();
    await detail
      .getByTestId('proposal-trail')
      .getByText('Voorgelegd aan het SMB', { exact: false })
      .waitFor();

    // The SMB advises in web-boards.
    const smb = await platform.signedInPage('smb-member@smb');
    const smbItem = () => smb.locator(`[data-board-item="${number}"]`);
    await eventuallyVisible(smb, 'Beleidswijzigingen', smbItem);
    await smbItem().locator('tr[data-change="N-01"]').waitFor();
    await smbItem()
      .locator(`textarea[name=policy-advice-${number}]`)
      .fill('Het SMB adviseert vast te stellen.');
    await smbItem().getByRole('button', { name: 'Advies vastleggen' }).click();
    await smb.getByText('Het advies is vastgelegd.').waitFor();

    // The BMB adopts it.
    const bmb = await platform.signedInPage('bmb-member@bmb');
    const bmbItem = () => bmb.locator(`[data-board-item="${number}"]`);
    await eventuallyVisible(bmb, 'Beleidswijzigingen', bmbItem);
    await bmbItem().getByText('Het SMB adviseert vast te stellen.', { exact: false }).waitFor();
    await bmbItem().locator(`select[name=policy-decision-${number}]`).selectOption('AANVAARD');
    await bmbItem()
      .locator(`textarea[name=policy-decision-text-${number}]`)
      .fill('Het BMB stelt de wijziging vast.');
    await bmb.screenshot({ path: join(SHOTS, 'web-boards-policy-decision.png'), fullPage: true });
    await bmbItem().getByRole('button', { name: 'Besluit vastleggen' }).click();
    await bmb.getByText('Het besluit is vastgelegd.').waitFor();
    await bmbItem()
      .getByTestId(`policy-decision-${number}`)
      .getByText('Vastgesteld', { exact: false })
      .waitFor();

    // Politie reads version 2, in force, with the diff showing the changed norm.
    await politie.reload();
    await eventuallyVisible(politie, 'Beleid', () => politie.locator('article[data-policy-version="2"]'));
    expect(await politie.locator('select[name=policy-version] option:checked').textContent()).toContain(
      'van kracht',
    );
    await politie.locator('[data-norm="N-01"]', { hasText: NEW_TEXT }).waitFor();
    const diff = politie.getByTestId('policy-diff');
    const line = diff.locator('tr[data-change="N-01"][data-kind=CHANGED]');
    await line.getByText('Gewijzigd').waitFor();
    await line.locator('[data-column=after]', { hasText: NEW_TEXT }).waitFor();
    await line.locator('[data-column=before]', { hasText: 'De informatiebeveiliging' }).waitFor();
    await politie.screenshot({ path: join(SHOTS, 'web-politie-policy-v2-diff.png'), fullPage: true });

    // Its open self-assessment asks for a review against version 2; the security officer confirms it.
    const banner = () => politie.getByTestId('policy-review');
    await eventuallyVisible(politie, 'Zelfevaluatie', banner);
    await banner().getByText('Beleid gewijzigd: controleer uw zelfevaluatie').waitFor();
    await banner().getByRole('button', { name: 'Wijzigingen bekijken' }).click();
    await banner().locator('tr[data-change="N-01"]', { hasText: NEW_TEXT }).waitFor();
    await politie.getByRole('region', { name: 'Wijzigingen van versie 1 naar versie 2' }).waitFor();
    await banner().getByRole('button', { name: 'Zelfevaluatie gecontroleerd' }).click();
    await politie.getByText('De controle is vastgelegd.').waitFor();
    await banner().waitFor({ state: 'detached' });
  });
});

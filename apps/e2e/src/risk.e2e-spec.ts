import { join } from 'node:path';
import { isoDay } from '@mkib/testing';
import { SHOTS, useBrowserPlatform } from './browser-platform';
import { agreeAs, draftWithRisk, lmsAnalysisNumbered } from './risk-steps';

/**
 * In a real Chromium, in Dutch (SK-4.2): the LMS drafts a risk analysis of the shared facility GMS with a
 * threat from the catalogue and one risk, and opens the consultation of its hoofdgebruikers. Politie
 * responds in its workspace with remarks; ambulance, brandweer and the KMar agree through the API. The LMS
 * answers the remark and finalises; the heat map of the analysis and of the register show the risk, and
 * the boards see the counts per party and facility.
 */
const platform = useBrowserPlatform();
const RISK = 'Versleuteling van GMS door ransomware';

describe('a risk analysis of a shared facility in the browser', () => {
  it('[SK-4.2] draft, consult the hoofdgebruikers, answer a remark, finalise, see the heat map', async () => {
    // The LMS drafts the analysis on GMS.
    const lms = await platform.signedInPage('lms-operator@lms');
    await lms.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await lms.getByRole('heading', { name: 'Risicoregister', exact: true }).waitFor();
    await lms.getByRole('button', { name: 'Nieuwe risicoanalyse' }).click();
    const draft = lms.getByRole('dialog', { name: 'Nieuwe risicoanalyse' });
    await draft.locator('input[name=analysis-title]').fill('Risicoanalyse GMS (e2e)');
    await draft
      .locator('textarea[name=analysis-description]')
      .fill('Analyse van de gedeelde voorziening GMS voor alle hoofdgebruikers.');
    await draft.locator('select[name=analysis-facility] option[value=GMS]').waitFor({ state: 'attached' });
    await draft.locator('select[name=analysis-facility]').selectOption('GMS');
    await draft.getByRole('button', { name: 'Analyse aanmaken' }).click();
    const drafted = lms.getByText(/Risicoanalyse RA-\d{4}-\d{3} is aangemaakt\./);
    await drafted.waitFor();
    const number = /RA-\d{4}-\d{3}/.exec((await drafted.textContent()) ?? '')![0];

    // The editor opens: a threat from the catalogue and one risk with its scores and treatment.
    const editor = lms.getByRole('dialog', { name: `Risicoanalyse ${number} bewerken` });
    await editor
      .locator('select[name=threat-choice] option[value=RANSOMWARE]')
      .waitFor({ state: 'attached' });
    await editor.locator('select[name=threat-choice]').selectOption('RANSOMWARE');
    await editor.getByRole('button', { name: 'Dreiging toevoegen', exact: true }).click();
    await editor.locator('[data-testid=editor-threats] [data-threat=RANSOMWARE]').waitFor();
    await editor.getByRole('button', { name: 'Risico toevoegen' }).click();
    await editor.locator('input[name=risk-0-title]').fill(RISK);
    await editor
      .locator('textarea[name=risk-0-description]')
      .fill('Ransomware versleutelt de GMS-servers; de meldkamers vallen terug op papier.');
    await editor.locator('input[name=risk-0-threat][value=RANSOMWARE]').check();
    // The scores are picked by the scale's Dutch labels.
    expect(
      await editor.locator('select[name=risk-0-inherent-likelihood] option').allTextContents(),
    ).toContain('Groot');
    await editor.locator('select[name=risk-0-inherent-likelihood]').selectOption('4');
    await editor.locator('select[name=risk-0-inherent-impact]').selectOption('5');
    await editor.locator('select[name=risk-0-residual-likelihood]').selectOption('2');
    await editor.locator('select[name=risk-0-residual-impact]').selectOption('3');
    await editor.locator('select[name=risk-0-treatment-kind]').selectOption('MITIGEREN');
    await editor
      .locator('textarea[name=risk-0-treatment]')
      .fill('Offline back-ups en een getest herstelplan.');
    // The measures come from the common catalogue: search, add; no free text.
    await editor.locator('input[name=risk-0-measures-search]').fill('5.01.01');
    await editor.getByRole('button', { name: 'Maatregel BIO2 5.01.01 toevoegen' }).click();
    await editor
      .getByRole('list', { name: 'Gekozen maatregelen' })
      .getByText('BIO2 5.01.01', { exact: false })
      .waitFor();
    await editor.locator('input[name=risk-0-owner]').fill('Teamleider ICT LMS');
    await editor.locator('input[name=risk-0-due-date]').fill(isoDay(90));
    await lms.screenshot({ path: join(SHOTS, 'web-admin-risk-editor.png'), fullPage: true });
    await editor.getByRole('button', { name: 'Analyse opslaan' }).click();
    await lms.getByText(`Risicoanalyse ${number} is opgeslagen.`).waitFor();
    await editor.waitFor({ state: 'detached' });

    // The analysis is open below the register: its risk, in words, and its heat map.
    const detail = lms.locator(`[data-analysis-detail="${number}"]`);
    await detail.getByTestId('analysis-state').getByText('Status: Concept.', { exact: false }).waitFor();
    await detail.locator(`tr[data-risk="${RISK}"]`, { hasText: 'Zeer hoog' }).waitFor();
    await detail.locator(`tr[data-risk="${RISK}"]`, { hasText: 'Mitigeren' }).waitFor();
    await detail.locator(`tr[data-risk="${RISK}"]`, { hasText: 'Ransomware' }).waitFor();
    const heat = detail.getByRole('region', { name: `Risicomatrix van ${number}`, exact: false });
    await heat.locator('caption').waitFor();
    await heat.locator('td[data-likelihood="4"][data-impact="5"][data-inherent="1"]').waitFor();
    await heat.locator('td[data-likelihood="2"][data-impact="3"][data-residual="1"]').waitFor();

    // The LMS opens the consultation.
    await detail.locator('input[name=risk-respond-by]').fill(isoDay(14));
    await detail.getByRole('button', { name: 'Consultatie openen' }).click();
    await lms.getByText('De consultatie is geopend.').waitFor();
    await detail.getByTestId('analysis-state').getByText('In consultatie', { exact: false }).waitFor();
    await detail
      .getByTestId('risk-consultation')
      .getByText('Nog geen reactie van', { exact: false })
      .waitFor();

    // Politie responds in its workspace, with remarks.
    const politie = await platform.signedInPage('security-officer@politie');
    await politie.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    const task = politie.locator(`[data-risk-task="${number}"]`);
    await task.locator(`tr[data-risk="${RISK}"]`).waitFor();
    await task.getByText('reageren uiterlijk op', { exact: false }).waitFor();
    await task.locator(`select[name=risk-position-${number}]`).selectOption('AKKOORD_MET_OPMERKINGEN');
    await task
      .locator(`textarea[name=risk-reasoning-${number}]`)
      .fill('Akkoord; neem ook de mobiele GMS-clients in de voertuigen mee in het herstelplan.');
    await task.getByRole('button', { name: 'Reactie versturen' }).click();
    await politie.getByText('Uw reactie is vastgelegd.').waitFor();
    await task.getByText('Uw reactie: Akkoord met opmerkingen', { exact: false }).waitFor();
    await politie.screenshot({ path: join(SHOTS, 'web-politie-risk-consultation.png'), fullPage: true });

    // Ambulance, brandweer and the KMar agree through the API.
    const analysisId = await lmsAnalysisNumbered(platform.as, number);
    await agreeAs(
      platform.as,
      ['security-officer@ambulance', 'security-officer@brandweer', 'security-officer@kmar'],
      analysisId,
    );

    // The LMS answers politie's remark and finalises.
    await lms.reload();
    await lms.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await lms.getByRole('button', { name: `Risicoanalyse ${number} openen` }).click();
    const politieRow = detail.locator('tr[data-response=politie]');
    await politieRow.getByText('Akkoord met opmerkingen').waitFor();
    expect(await detail.locator('tr[data-response]').count()).toBe(4);
    await politieRow
      .locator('textarea[name=answer-politie]')
      .fill('De mobiele clients zijn opgenomen in het herstelplan.');
    await politieRow.getByRole('button', { name: 'Antwoord versturen' }).click();
    await lms.getByText('Het antwoord is vastgelegd.').waitFor();
    await politieRow.getByText('De mobiele clients zijn opgenomen in het herstelplan.').waitFor();
    await detail.getByRole('button', { name: 'Definitief maken' }).click();
    await lms.getByText(`Risicoanalyse ${number} is definitief.`, { exact: false }).waitFor();
    await lms
      .locator(`tr[data-analysis-row="${number}"][data-state=DEFINITIEF]`, { hasText: 'Definitief' })
      .waitFor();

    // The register's heat map counts the final analysis' risk.
    const register = lms.getByTestId('register-heat-map');
    await register.locator('caption', { hasText: 'Risicomatrix van' }).waitFor();
    await register.locator('td[data-likelihood="2"][data-impact="3"][data-residual="1"]').waitFor();
    await register.locator('td[data-likelihood="4"][data-impact="5"]', { hasText: 'Zeer hoog' }).waitFor();
    await lms.screenshot({ path: join(SHOTS, 'web-admin-risk-final.png'), fullPage: true });

    // Politie reads the LMS's answer.
    await politie.reload();
    await politie.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await politie
      .getByTestId(`risk-answer-${number}`)
      .getByText('De mobiele clients zijn opgenomen', { exact: false })
      .waitFor();

    // The boards see the counts per party and facility, by name.
    const smb = await platform.signedInPage('smb-member@smb');
    await smb.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    const row = smb.locator('tr[data-aggregate="lms:GMS"]');
    await row.getByText('Voorziening Gemeenschappelijk Meldkamer Systeem (GMS)').waitFor();
    await row.getByText('Landelijke Meldkamer Samenwerking').waitFor();
    await smb.screenshot({ path: join(SHOTS, 'web-boards-risk-overview.png'), fullPage: true });
  });

  it('[SK-5.2] the accountable official decides on an acceptance above the level; the officer finalises', async () => {
    const own = await draftWithRisk(platform.as, 'security-officer@politie', {
      dueDate: isoDay(60),
      accept: true,
    });

    // The accountable official of politie sees the proposed acceptance and approves it.
    const official = await platform.signedInPage('accountable-official@politie');
    await official.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await official.getByTestId('acceptance-level').getByText('Midden', { exact: false }).waitFor();
    const proposal = official.locator('[data-acceptance="Uitval van GMS"]');
    await proposal.getByText('voorgesteld door security-officer@politie', { exact: false }).waitFor();
    await proposal.locator('textarea').fill('Aanvaard tot de vervanging van GMS; de uitwijk is getest.');
    await proposal.locator('input[type=date]').fill(isoDay(180));
    await official.screenshot({ path: join(SHOTS, 'web-politie-risk-acceptance.png'), fullPage: true });
    await proposal.getByRole('button', { name: 'Acceptatie goedkeuren' }).click();
    await official.getByText('De acceptatie is goedgekeurd.').waitFor();
    await proposal.waitFor({ state: 'detached' });

    // The security officer finalises the analysis of its own use: no consultation.
    const officer = await platform.signedInPage('security-officer@politie');
    await officer.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await officer.getByRole('button', { name: `Risicoanalyse ${own.number} openen` }).click();
    const detail = officer.locator(`[data-analysis-detail="${own.number}"]`);
    await detail.locator('tr[data-risk="Uitval van GMS"]', { hasText: 'Acceptatie goedgekeurd' }).waitFor();
    await detail.getByRole('button', { name: 'Definitief maken' }).click();
    await officer.getByText(`Risicoanalyse ${own.number} is definitief.`).waitFor();
    await officer.locator(`tr[data-analysis-row="${own.number}"][data-state=DEFINITIEF]`).waitFor();
    await officer
      .getByTestId('register-heat-map')
      .locator('td[data-likelihood="4"][data-impact="4"][data-residual="1"]')
      .waitFor();

    // A revision: the versions are listed, an earlier or later one opens read-only.
    await detail.getByRole('button', { name: 'Herzien (nieuwe versie)' }).click();
    await officer.getByText(`Een nieuwe versie van ${own.number} staat klaar als concept.`).waitFor();
    const versions = officer.getByTestId('analysis-versions');
    await versions.getByRole('button', { name: 'Versie 1 (Definitief)', exact: false }).waitFor();
    await versions.getByRole('button', { name: 'Versie 2 (Concept)' }).click();
    await officer.getByTestId('version-read-only').waitFor();
    await officer.getByRole('heading', { name: `${own.number} versie 2`, exact: false }).waitFor();
    await versions.getByRole('button', { name: 'Terug naar de geopende versie' }).click();
    await officer.getByRole('heading', { name: `${own.number} versie 1`, exact: false }).waitFor();
  });
});

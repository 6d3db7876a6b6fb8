import { join } from 'node:path';
import { SHOTS, useBrowserPlatform } from './browser-platform';

/**
 * In a real Chromium, in Dutch: the board secretary opens the year's cycle, a co-user sends its report
 * (and sees nothing else), the police security officer drafts the ICV, is refused "in control" over
 * measures nobody assessed, names them in an exception and prepares it, the accountable
 * official signs and submits it, and the SMB records its advice.
 */
const platform = useBrowserPlatform();

describe('the in-control cycle in the browser', () => {
  it('[SK-5.4] [SK-5.5] [SK-3.5] co-user report, politie ICV sign-off and SMB advice', async () => {
    const secretary = await platform.signedInPage('board-secretary@smb');
    await secretary.getByRole('heading', { name: 'SMB en BMB', exact: true }).waitFor();
    // The boards open on the dashboard ("Overzicht", issue 18); the cycle is on the ICVs' tab.
    await secretary.getByRole('tab', { name: 'ICV’s', exact: true }).click();
    await secretary.getByText('De jaarcyclus is nog niet geopend.').waitFor();
    // The cycle the boards open on (the platform's clock decides it): the calendar year's, or from
    // January to June last year's.
    const year = Number(await secretary.getByLabel('Cyclus (verslagjaar)').inputValue());
    for (const [field, date] of [
      ['medegebruikerRapportages', `${year + 1}-01-15`],
      ['icvIndiening', `${year + 1}-02-15`],
      ['smbVergadering', `${year + 1}-03-10`],
      ['bmbVergadering', `${year + 1}-04-05`],
    ])
      await secretary.fill(`input[name=cycle-${field}]`, date);
    await secretary.getByRole('button', { name: 'Jaarcyclus openen' }).click();
    await secretary.getByTestId('cycle').waitFor();

    const coUser = await platform.signedInPage('medegebruiker@handhaving-amsterdam');
    await coUser.getByRole('heading', { name: `Rapportage medegebruiker ${year}` }).waitFor();
    // A co-user sees its own report form and nothing else.
    expect(await coUser.getByRole('tab').count()).toBe(0);
    expect(await coUser.getByRole('heading', { name: 'Voorzieningenregister' }).count()).toBe(0);
    await coUser.selectOption('select[name=co-user-status]', 'DEELS');
    await coUser.fill(
      'textarea[name=co-user-summary]',
      'Toegangsbeheer op orde; logging volgt in het voorjaar.',
    );
    await coUser.getByRole('button', { name: 'Rapportage versturen' }).click();
    await coUser.getByText('verstuurd aan politie', { exact: false }).waitFor();
    await coUser.screenshot({ path: join(SHOTS, 'web-politie-co-user-report.png'), fullPage: true });

    const officer = await platform.signedInPage('security-officer@politie');
    // A finding with its improvement action on one measure: it lives on after the ICV is submitted.
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await officer.getByRole('tab', { name: 'Zelfevaluatie' }).click();
    const measure = officer.locator('[data-measure="BIO2:5.01.01"]');
    await measure.getByRole('button', { name: 'Bevinding toevoegen' }).click();
    await officer
      .getByLabel('Bevinding', { exact: true })
      .fill('Het beleid is niet door de directie vastgesteld.');
    await officer
      .getByLabel('Verbeteractie', { exact: true })
      .fill('Het beleid ter vaststelling voorleggen.');
    await officer.getByLabel('Eigenaar', { exact: true }).fill('CISO politie');
    await officer.getByLabel('Gereed op', { exact: true }).fill(due);
    await officer.getByRole('button', { name: 'Bevinding opslaan' }).click();
    await measure.getByText('Het beleid is niet door de directie vastgesteld.', { exact: false }).waitFor();
    await officer.getByRole('tab', { name: 'ICV' }).click();
    await officer.getByRole('button', { name: 'ICV opstellen' }).click();
    await officer.getByText('De ICV is aangemaakt.').waitFor();
    await officer
      .locator('[data-co-user="handhaving-amsterdam"]', { hasText: 'Deels geïmplementeerd' })
      .waitFor();
    // Out of order: preparing without a statement is refused with a message that names the missing step,
    // in Dutch (the text of the server's message key icv.statementMissing), not the API's English.
    await officer.getByRole('button', { name: 'Gereedmaken voor ondertekening' }).click();
    await officer
      .getByText('Kies eerst de verklaring voordat u de ICV klaarzet voor ondertekening.')
      .waitFor();
    expect(
      await officer.getByText('Choose the statement before preparing the ICV for signature.').count(),
    ).toBe(0);
    // Comply or explain: "in control" while no measure is assessed is refused, each measure named.
    await officer.selectOption('select[name=statement]', 'IN_CONTROL');
    await officer.getByRole('button', { name: 'Concept opslaan' }).click();
    await officer.getByText('Het concept is opgeslagen.').waitFor();
    await officer.getByRole('button', { name: 'Gereedmaken voor ondertekening' }).click();
    await officer
      .getByText('BIO2 5.01.01 is niet (volledig) geïmplementeerd of niet beoordeeld', { exact: false })
      .waitFor();
    // Every open measure goes into one exception, with an explanation and a planned date.
    await officer.selectOption('select[name=statement]', 'IN_CONTROL_MET_UITZONDERINGEN');
    await officer.getByRole('button', { name: 'Uitzondering toevoegen' }).click();
    await officer.getByRole('button', { name: 'Alle openstaande maatregelen kiezen' }).click();
    await officer.fill(
      'textarea[name=exception-0-explanation]',
      'De zelfevaluatie is nog niet uitgevoerd; die volgt in het eerste kwartaal.',
    );
    const planned = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    await officer.fill('input[name=exception-0-plannedDate]', planned);
    await officer.getByRole('button', { name: 'Concept opslaan' }).click();
    await officer.getByText('Het concept is opgeslagen.').waitFor();
    await officer.screenshot({ path: join(SHOTS, 'web-politie-icv-exceptions.png'), fullPage: true });
    await officer.getByRole('button', { name: 'Gereedmaken voor ondertekening' }).click();
    await officer.getByText('De ICV is gereed voor ondertekening.').waitFor();
    // The preparer gets no signing button: another person signs.
    expect(await officer.getByRole('button', { name: 'Ondertekenen' }).count()).toBe(0);

    const official = await platform.signedInPage('accountable-official@politie');
    await official.getByRole('tab', { name: 'ICV' }).click();
    await official.getByText('voorbereid, wacht op ondertekening', { exact: false }).waitFor();
    await official.getByRole('button', { name: 'Ondertekenen' }).click();
    await official.getByText('De ICV is ondertekend.').waitFor();
    await official.getByRole('button', { name: 'Indienen bij het SMB' }).click();
    await official.getByText('De ICV is ingediend en staat op de agenda van het SMB.').waitFor();
    await official.screenshot({ path: join(SHOTS, 'web-politie-icv-submitted.png'), fullPage: true });

    // After submission the year is frozen, but its finding still progresses and closes (issue 12).
    await officer.reload();
    await officer.getByRole('tab', { name: 'Zelfevaluatie' }).click();
    await measure.getByRole('button', { name: 'Voortgang bijwerken' }).click();
    await officer.getByLabel('Eigenaar', { exact: true }).fill('Informatiebeveiliging politie');
    await officer.getByRole('button', { name: 'Bevinding opslaan' }).click();
    await officer.getByText('De voortgang van de bevinding is vastgelegd.').waitFor();
    await measure.getByRole('button', { name: 'Bevinding afronden' }).click();
    await officer.getByText('De bevinding is afgerond.').waitFor();
    await measure
      .getByText('Het beleid is niet door de directie vastgesteld. (afgerond)', { exact: false })
      .waitFor();

    const smb = await platform.signedInPage('smb-member@smb');
    await smb.getByRole('tab', { name: 'ICV’s', exact: true }).click();
    const card = smb.locator('[data-agenda-item="politie"]');
    await card.waitFor();
    await card.getByText('In control, met uitzonderingen', { exact: true }).waitFor();
    // The SMB sees that the statement differs from what the assessment proposed.
    await card.getByText('Wijkt af van het voorstel uit de zelfevaluatie: Niet in control.').waitFor();
    await card
      .locator('textarea[name=advice-politie]')
      .fill('Het SMB adviseert de verklaring van de politie te aanvaarden.');
    await card.getByRole('button', { name: 'Advies vastleggen' }).click();
    await smb.getByText('Het advies is vastgelegd.').waitFor();
    await smb
      .getByTestId('advice-politie')
      .getByText('Het SMB adviseert de verklaring van de politie te aanvaarden.', { exact: false })
      .waitFor();
    // The SMB advises; deciding is the BMB's.
    expect(await smb.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(0);
    await smb.screenshot({ path: join(SHOTS, 'web-boards-advice.png'), fullPage: true });

    // The auditor reads the submitted version as it was frozen at submission (issue 12).
    const auditor = await platform.signedInPage('auditor@jenv');
    await auditor.getByRole('tab', { name: 'Ingediende versies' }).click();
    await auditor.getByLabel('Partij').selectOption({ label: 'Politie' });
    const frozen = auditor.locator('[data-submission="1"]');
    await frozen.getByText('Vastgelegd bij indiening op', { exact: false }).waitFor();
    expect(await frozen.getByTestId('frozen-statement').textContent()).toBe('In control, met uitzonderingen');
    expect(await frozen.getByTestId('frozen-proposal').textContent()).toBe(
      'Niet in control (wijkt af van de gekozen verklaring)',
    );
    await auditor.screenshot({ path: join(SHOTS, 'web-auditor-submission.png'), fullPage: true });
  });
});

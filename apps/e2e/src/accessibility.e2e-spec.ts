import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { adoptPolicyChange, isoDay } from '@mkib/testing';
import { useBrowserPlatform } from './browser-platform';
import { analysisInConsultation, draftWithRisk } from './risk-steps';

/**
 * Every screen, in Dutch, on a 320 px wide screen (WCAG 1.4.10 reflow): no sideways scrolling of the
 * page and no axe violations (WCAG 2.x A and AA). And the one dialog: focus moves in when it opens and
 * back to the opener when Escape closes it.
 */
const platform = useBrowserPlatform();
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function check(page: Page, where: string) {
  await page
    .getByText('Bezig met laden…')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  // Through the debugging protocol: the page's CSP (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  expect({ where, violations }).toEqual({ where, violations: [] });
  // What sticks out to the right, outermost first (a table may scroll inside its own region).
  const tooWide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 321 && !e.closest('.mkib-table-scroll *'))
      .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= 321)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`)
      .slice(0, 5),
  );
  expect({ where, tooWide }).toEqual({ where, tooWide: [] });
}

async function narrow(username: string) {
  const page = await platform.signedInPage(username);
  await page.setViewportSize({ width: 320, height: 800 });
  return page;
}

describe('accessibility at 320 px', () => {
  it('every tab of a party workspace, in Dutch', async () => {
    const page = await narrow('security-officer@politie');
    await page.getByRole('heading', { name: 'Voorzieningenregister' }).waitFor();
    for (const tab of [
      'Voorzieningen',
      'Catalogus',
      'Zelfevaluatie',
      'ICV',
      'Medegebruikers',
      'Aanwijzingen',
      'Beleid',
      'Beleidswijzigingen',
      'Risico’s',
    ]) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().waitFor();
      await check(page, `politie: ${tab}`);
    }
  });

  it('the ICV form: exceptions over the open measures, a missing co-user report to explain', async () => {
    const page = await narrow('security-officer@ambulance');
    await page.getByRole('tab', { name: 'ICV' }).click();
    await page.getByRole('button', { name: 'ICV opstellen' }).click();
    await page.getByText('De ICV is aangemaakt.').waitFor();
    await page.locator('[data-co-user="rode-kruis"] input').waitFor();
    // Preparing "in control" lists what is not explained yet.
    await page.selectOption('select[name=statement]', 'IN_CONTROL');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Gereedmaken voor ondertekening' }).click();
    await page.getByText('De medegebruikersrapportage van rode-kruis ontbreekt', { exact: false }).waitFor();
    // An exception picks from the open measures.
    await page.getByRole('button', { name: 'Uitzondering toevoegen' }).click();
    await page.locator('input[name=exception-0-measure]').first().waitFor();
    await check(page, 'ambulance: ICV form with an exception and the prepare problems');
  });

  it('the LMS: the register and the classification dialog (focus in, Escape, focus back)', async () => {
    const page = await narrow('lms-operator@lms');
    await page.getByRole('heading', { name: 'Voorzieningenregister' }).waitFor();
    await check(page, 'lms: register');
    const opener = page.getByRole('button', { name: 'Classificeren: Voorziening Spoedvraag' });
    await opener.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await check(page, 'lms: classification dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.getByRole('tab', { name: 'Catalogus' }).click();
    await page.getByRole('heading', { name: 'Importeren in de catalogus' }).waitFor();
    await check(page, 'lms: catalogue, import, profile');
    // The policy change workspace and its drafting dialog (focus in, Escape, focus back).
    await page.getByRole('tab', { name: 'Beleidswijzigingen' }).click();
    await page.getByRole('heading', { name: 'Wijzigingsvoorstellen' }).waitFor();
    await check(page, 'lms: policy changes');
    const draft = page.getByRole('button', { name: 'Nieuw voorstel' });
    await draft.click();
    const draftDialog = page.getByRole('dialog', { name: 'Nieuw wijzigingsvoorstel' });
    await draftDialog.locator('select[name=norm-choice] option[value="N-01"]').waitFor({ state: 'attached' });
    expect(await draftDialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await check(page, 'lms: draft a policy change');
    await page.keyboard.press('Escape');
    await draftDialog.waitFor({ state: 'detached' });
    expect(await draft.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.getByRole('tab', { name: 'Beleid', exact: true }).click();
    await page.getByRole('heading', { name: 'Informatiebeveiligingsbeleid', exact: true }).waitFor();
    await page.locator('article[data-policy-version]').waitFor();
    await check(page, 'lms: policy reader');
  });

  it('the boards and a co-user', async () => {
    const boards = await narrow('board-secretary@smb');
    await boards.getByRole('heading', { name: 'SMB en BMB', exact: true }).waitFor();
    // issue 18: dashboard — the boards open on the SMB dashboard ("Overzicht").
    await boards.getByRole('heading', { name: 'Signalen voor het SMB' }).waitFor();
    await boards.locator('[data-icv]').first().waitFor();
    await check(boards, 'boards: dashboard');
    await boards.getByRole('tab', { name: 'ICV’s', exact: true }).click();
    await check(boards, 'boards');
    await boards.getByRole('tab', { name: 'Beleidswijzigingen' }).click();
    await boards.getByRole('heading', { name: 'Beleidswijzigingen op de agenda' }).waitFor();
    await check(boards, 'boards: policy changes');
    await boards.getByRole('tab', { name: 'Beleid', exact: true }).click();
    await boards.locator('article[data-policy-version]').waitFor();
    await check(boards, 'boards: policy');
    await boards.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await boards.getByRole('heading', { name: 'Risico’s per partij en voorziening' }).waitFor();
    await check(boards, 'boards: risk overview');
    const coUser = await narrow('medegebruiker@handhaving-amsterdam');
    await coUser.locator('select[name=co-user-status]').waitFor();
    await check(coUser, 'co-user');
  });

  it("the auditor's workspace: trail, ICVs, self-assessments", async () => {
    const page = await narrow('auditor@jenv');
    await page.getByRole('heading', { name: 'Auditwerkruimte', level: 1 }).waitFor();
    // Verifying four chains is the slowest first read; allow a busy machine its time.
    await page.getByTestId('audit-badge').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('trail-position').waitFor();
    await check(page, 'auditor: trail');
    await page.getByRole('tab', { name: 'ICV’s' }).click();
    await page.getByRole('heading', { name: 'Jaarcyclus', exact: false }).waitFor();
    await check(page, 'auditor: ICVs');
    await page.getByRole('tab', { name: 'Ingediende versies' }).click();
    await page.getByRole('heading', { name: 'Ingediende ICV-versies', exact: false }).waitFor();
    await check(page, 'auditor: submitted versions');
    await page.getByRole('tab', { name: 'Zelfevaluaties' }).click();
    await page.getByRole('heading', { name: 'Zelfevaluatie', exact: false }).waitFor();
    await check(page, 'auditor: self-assessments');
    await page.getByRole('tab', { name: 'Beleid', exact: true }).click();
    await page.locator('article[data-policy-version]').waitFor();
    await check(page, 'auditor: policy');
    await page.getByRole('tab', { name: 'Beleidswijzigingen' }).click();
    await page.getByRole('heading', { name: 'Beleidswijzigingen op de agenda' }).waitFor();
    await check(page, 'auditor: policy changes');
  });
});

describe('accessibility of a policy change at 320 px', () => {
  const norm = (key: string) => ({
    setNorms: [
      {
        key,
        title: `Toegevoegde norm ${key}`,
        text: 'Een norm die deze test toevoegt om de schermen met een wijziging te controleren.',
        measures: [{ frameworkCode: 'BIO2', identifier: '5.01.01' }],
      },
    ],
  });

  it('the consultation, the proposal, the BMB decision form and the review banner, in Dutch', async () => {
    await adoptPolicyChange(platform.as, { title: 'Norm N-91 toevoegen', change: norm('N-91') });
    await adoptPolicyChange(platform.as, {
      title: 'Norm N-92 toevoegen',
      change: norm('N-92'),
      until: 'ADVISED',
    });
    await adoptPolicyChange(platform.as, {
      title: 'Norm N-93 toevoegen',
      change: norm('N-93'),
      until: 'CONSULTATION',
    });

    const politie = await narrow('security-officer@politie');
    await politie.getByRole('tab', { name: 'Beleidswijzigingen', exact: true }).click();
    await politie.locator('[data-consultation] tr[data-change="N-93"]').waitFor();
    await check(politie, 'politie: consultation with a proposal');
    await politie.getByRole('tab', { name: 'Zelfevaluatie', exact: true }).click();
    await politie.getByTestId('policy-review').getByRole('button', { name: 'Wijzigingen bekijken' }).click();
    await politie.getByTestId('policy-review').locator('tr[data-change="N-91"]').waitFor();
    await check(politie, 'politie: policy review banner with its diff');

    const lms = await narrow('lms-operator@lms');
    await lms.getByRole('tab', { name: 'Beleidswijzigingen', exact: true }).click();
    await lms.getByRole('button', { name: 'Voorstel 3 openen' }).click();
    await lms.locator('[data-proposal-detail="3"] [data-testid=proposal-trail] li').first().waitFor();
    await check(lms, 'lms: a proposal in consultation');
    const withdraw = lms.getByRole('button', { name: 'Intrekken', exact: true });
    await withdraw.click();
    const dialog = lms.getByRole('dialog', { name: 'Voorstel 3 intrekken' });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await check(lms, 'lms: withdraw dialog');
    await lms.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await withdraw.evaluate((b) => b === document.activeElement)).toBe(true);

    const bmb = await narrow('bmb-member@bmb');
    await bmb.getByRole('tab', { name: 'Beleidswijzigingen', exact: true }).click();
    await bmb.locator('[data-board-item="2"] select[name=policy-decision-2]').waitFor();
    await check(bmb, 'bmb: the decision form of a policy change');
  });
});

describe('accessibility of risk management at 320 px', () => {
  it('the register, an analysis with its heat map, the editor dialog and the consultation inbox, in Dutch', async () => {
    const number = await analysisInConsultation(platform.as, isoDay(14), isoDay(90));
    const concept = await draftWithRisk(platform.as, 'lms-operator@lms', { dueDate: isoDay(90) });
    await draftWithRisk(platform.as, 'security-officer@politie', { dueDate: isoDay(90), accept: true });

    const lms = await narrow('lms-operator@lms');
    await lms.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await lms.getByRole('heading', { name: 'Risicoregister', exact: true }).waitFor();
    await lms.getByRole('button', { name: `Risicoanalyse ${number} openen` }).click();
    const detail = lms.locator(`[data-analysis-detail="${number}"]`);
    await detail.locator('table.mkib-heat-map caption').waitFor();
    await detail.getByTestId('risk-consultation').waitFor();
    await check(lms, 'lms: a risk analysis in consultation with its heat map');
    // The drafting dialog: focus in, Escape, focus back.
    const opener = lms.getByRole('button', { name: 'Nieuwe risicoanalyse' });
    await opener.click();
    const dialog = lms.getByRole('dialog', { name: 'Nieuwe risicoanalyse' });
    await dialog.locator('select[name=analysis-facility] option[value=GMS]').waitFor({ state: 'attached' });
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await check(lms, 'lms: draft a risk analysis');
    await lms.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
    // The risk scale form of the LMS: focus in, Escape, focus back.
    const scaleOpener = lms.getByRole('button', { name: 'Risicoschaal aanpassen' });
    await scaleOpener.click();
    const scale = lms.getByRole('dialog', { name: 'Risicoschaal aanpassen' });
    await scale.locator('input[name=scale-likelihood-1-label]').waitFor();
    expect(await scale.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await check(lms, 'lms: the risk scale form');
    await lms.keyboard.press('Escape');
    await scale.waitFor({ state: 'detached' });
    expect(await scaleOpener.evaluate((b) => b === document.activeElement)).toBe(true);
    // The editor of an analysis in CONCEPT, with a threat and a risk.
    await lms.getByRole('button', { name: `Risicoanalyse ${concept.number} openen` }).click();
    const edit = lms
      .locator(`[data-analysis-detail="${concept.number}"]`)
      .getByRole('button', { name: 'Bewerken' });
    await edit.click();
    const editor = lms.getByRole('dialog', { name: `Risicoanalyse ${concept.number} bewerken` });
    await editor.locator('input[name=risk-0-title]').waitFor();
    await check(lms, 'lms: the editor of a risk analysis');
    // The measure picker: the chosen measure with its remove button, a search with results to add.
    await editor.getByRole('list', { name: 'Gekozen maatregelen' }).getByText('BIO2 5.01.01').waitFor();
    await editor.locator('input[name=risk-0-measures-search]').fill('5.15');
    await editor.getByRole('list', { name: 'Gevonden maatregelen' }).getByRole('button').first().waitFor();
    await check(lms, 'lms: the measure picker of the editor');
    await lms.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect(await edit.evaluate((b) => b === document.activeElement)).toBe(true);
    // Deleting a draft asks first, in the one dialog.
    const discard = lms
      .locator(`[data-analysis-detail="${concept.number}"]`)
      .getByRole('button', { name: 'Concept verwijderen' });
    await discard.click();
    const confirm = lms.getByRole('dialog', { name: `Concept ${concept.number} verwijderen` });
    await confirm.waitFor();
    expect(await confirm.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await check(lms, 'lms: confirm deleting a draft');
    await lms.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await discard.evaluate((b) => b === document.activeElement)).toBe(true);

    const politie = await narrow('security-officer@politie');
    await politie.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await politie.locator(`[data-risk-task="${number}"] select[name=risk-position-${number}]`).waitFor();
    await check(politie, 'politie: the risk consultation inbox');

    const official = await narrow('accountable-official@politie');
    await official.getByRole('tab', { name: 'Risico’s', exact: true }).click();
    await official.getByRole('heading', { name: 'Acceptatie van restrisico’s' }).waitFor();
    await official.locator('select[name=acceptance-level]').waitFor();
    await official.locator('[data-acceptance="Uitval van GMS"] textarea').waitFor();
    await check(official, 'politie: acceptance decisions and level');
  });
});

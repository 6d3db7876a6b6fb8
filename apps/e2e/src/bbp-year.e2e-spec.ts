import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, GraphQLResponse } from '@mkib/testing';
import { SHOTS, useBrowserPlatform } from './browser-platform';

/**
 * The BBP year in the browser, in Dutch, on a 320 px wide screen (no sideways scrolling, no axe
 * violations): the SMB's board secretary opens the year with its whole calendar, a party of art. 1e
 * submits a wish after the deadline (accepted, marked late) from its "Kalender" tab, the secretary
 * consolidates and puts the BBP before the boards, the SMB advises and the BMB adopts it; the boards'
 * "Voortgang" with the police's progress report (sent through the API); the auditor reads it all. The
 * platform's clock is 1 May of this year (the year from the system's clock; no literal dates).
 */
const year = new Date().getUTCFullYear();
const platform = useBrowserPlatform({ MKIB_NOW: `${year}-05-01T09:00:00Z` });
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function check(page: Page, where: string) {
  await page
    .getByText('Bezig met laden…')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect({ where, violations }).toEqual({ where, violations: [] });
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

describe('the BBP year in the browser', () => {
  it('[SK-3.2] [SK-3.4] [SK-2.4] is opened, gets a late wish and a progress report, is adopted', async () => {
    const secretary = await narrow('board-secretary@smb');
    await secretary.getByRole('tab', { name: 'BBP en kalender', exact: true }).click();
    await secretary.getByText(`Het BBP-jaar ${year} is nog niet geopend.`).waitFor();
    await check(secretary, 'secretary: BBP year not opened');

    // The whole calendar in the one dialog: focus moves in, and back to the opener on Escape.
    const opener = secretary.getByRole('button', { name: `BBP-jaar ${year} openen` });
    await opener.click();
    const dialog = secretary.getByRole('dialog', { name: `BBP-jaar ${year} openen` });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await check(secretary, 'secretary: the calendar form');
    await secretary.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);

    await opener.click();
    await dialog.locator('input[name=bbp-wishesDeadline]').fill(`${year}-04-01`);
    await dialog.locator('input[name=bbp-progressReportMoments-1]').fill(`${year}-06-30`);
    await dialog.getByRole('button', { name: 'Rapportagemoment toevoegen' }).click();
    await dialog.locator('input[name=bbp-progressReportMoments-2]').fill(`${year}-10-31`);
    await dialog.locator('input[name=bbp-smbMeetings-1]').fill(`${year}-09-15`);
    await dialog.locator('input[name=bbp-bmbMeetings-1]').fill(`${year}-10-01`);
    await dialog.locator('input[name=bbp-adoptionDate]').fill(`${year}-10-01`);
    // The ICV cycle of last year, whose deadlines fall in this year, opened with it.
    await dialog.getByLabel(`Ook de ICV-cyclus ${year - 1} openen`, { exact: false }).check();
    await dialog.locator('input[name=bbp-icv-medegebruikerRapportages]').fill(`${year}-01-15`);
    await dialog.locator('input[name=bbp-icv-icvIndiening]').fill(`${year}-02-15`);
    await dialog.locator('input[name=bbp-icv-smbVergadering]').fill(`${year}-03-10`);
    await dialog.locator('input[name=bbp-icv-bmbVergadering]').fill(`${year}-04-05`);
    await dialog.getByRole('button', { name: `BBP-jaar ${year} openen` }).click();
    await secretary.getByText(`Het BBP-jaar ${year} is geopend.`).waitFor();
    await secretary.getByRole('heading', { name: `PDCA-kalender ${year}` }).waitFor();
    await secretary.getByText('Vandaag', { exact: false }).first().waitFor();
    await secretary.locator('li[data-milestone=VOORTGANGSRAPPORTAGE]').nth(1).waitFor();
    await secretary.locator('li[data-milestone=ICV_INDIENING]').waitFor();
    await check(secretary, 'secretary: BBP year opened with its calendar');
    await secretary.screenshot({ path: join(SHOTS, 'web-boards-bbp-calendar.png'), fullPage: true });

    // The police reports progress on its plan for period 1 (four eyes), through the API: it reaches the boards.
    const officer = platform.as('security-officer@politie');
    const official = platform.as('accountable-official@politie');
    const ok = <T>(r: GraphQLResponse<T>): T => {
      if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
      return r.data as T;
    };
    ok(
      await officer(`mutation($i: PlanLineInput!) { savePlanLine(input: $i) { policyVersion } }`, {
        i: {
          kind: 'MAATREGEL',
          measure: { frameworkCode: 'BIO2', identifier: '5.15' },
          description: 'Toegangsbeveiliging van de meldkamer herzien',
          owner: 'CISO politie',
          dueDate: `${year}-12-31`,
          status: 'IN_UITVOERING',
        },
      }),
    );
    // icv learns the year's periods from governance's event.
    await eventually(
      () =>
        officer(`mutation($i: ProgressReportInput!) { prepareProgressReport(input: $i) { state } }`, {
          i: { year, period: 1, summary: 'Op schema.' },
        }),
      (r) => !r.errors?.length,
      'the progress period known to icv',
    );
    ok(
      await official(`mutation($y: Int!) { signProgressReport(year: $y, period: 1) { state } }`, { y: year }),
    );
    ok(
      await officer(`mutation($y: Int!) { submitProgressReport(year: $y, period: 1) { state } }`, {
        y: year,
      }),
    );
    await eventually(
      () =>
        platform.as('bmb-member@bmb')(
          `query($y: Int!) { progressOverview(year: $y) { periods { period reports { reportId } } } }`,
          { y: year },
        ),
      (r) =>
        !!r.data?.progressOverview.periods.some(
          (p: { period: number; reports: unknown[] }) => p.period === 1 && p.reports.length === 1,
        ),
      'the report in the boards’ progress overview',
    );

    // A party of art. 1e: the calendar and its wishes in its "Kalender" tab.
    const politie = await narrow('security-officer@politie');
    await politie.getByRole('tab', { name: 'Kalender', exact: true }).click();
    await politie.getByRole('heading', { name: `PDCA-kalender ${year}` }).waitFor();
    await politie.locator('li[data-today]').waitFor();
    await politie.getByRole('button', { name: 'Wens indienen' }).click();
    const wish = politie.getByRole('dialog', { name: `Wens voor het BBP ${year}` });
    await wish.locator('input[name=wish-subject]').fill('Logging centraliseren');
    await wish.locator('textarea[name=wish-reasoning]').fill('Eén SIEM voor alle meldkamers.');
    await wish.locator('input[name=wish-estimatedCost]').fill('125000');
    await wish.locator('select[name=wish-priority]').selectOption('HOOG');
    await check(politie, 'politie: the wish form');
    await wish.getByRole('button', { name: 'Wens indienen' }).click();
    await politie.getByText('De wens is ingediend en gemarkeerd als te laat.').waitFor();
    await politie.locator('tr[data-wish="Logging centraliseren"]').getByText('Te laat').waitFor();
    await check(politie, 'politie: Kalender with its wishes');

    // The secretary consolidates: the late wish is marked, one disposition, the paragraph.
    await secretary.getByRole('tab', { name: 'Wensen', exact: true }).click();
    const row = secretary.locator('tr[data-wish="Logging centraliseren"]');
    await row.getByText('Te laat').waitFor();
    await check(secretary, 'secretary: wishes to consolidate');
    await row.locator('select').selectOption('OPGENOMEN');
    await secretary.locator('textarea[name=bbp-paragraph]').fill('De meldkamers centraliseren hun logging.');
    await secretary.getByRole('button', { name: 'Wensen consolideren' }).click();
    await secretary.getByText(`De wensen voor het BBP ${year} zijn geconsolideerd.`).waitFor();
    await secretary.getByRole('button', { name: 'Voorleggen ter vaststelling' }).click();
    await secretary.getByText(`Het BBP ${year} staat op de agenda van SMB en BMB.`).waitFor();

    // The SMB advises, the BMB adopts.
    const smb = await narrow('smb-member@smb');
    await smb.getByRole('tab', { name: 'Wensen', exact: true }).click();
    await smb.locator('textarea[name^=board-advice-]').fill('Het SMB adviseert vast te stellen.');
    await check(smb, 'smb: the BBP on the agenda');
    await smb.getByRole('button', { name: 'Advies vastleggen' }).click();
    await smb.getByText('Het advies is vastgelegd.').waitFor();
    const bmb = await narrow('bmb-member@bmb');
    await bmb.getByRole('tab', { name: 'Wensen', exact: true }).click();
    await bmb.locator('select[name^=board-decision-]').selectOption('AANVAARD');
    await bmb.locator('textarea[name^=board-decision-text-]').fill('Vastgesteld.');
    await bmb.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await bmb.getByText('Het besluit is vastgelegd.').waitFor();
    await bmb.getByRole('tab', { name: 'BBP en kalender', exact: true }).click();
    await bmb.getByText('Stand: vastgesteld.', { exact: false }).waitFor();

    // The boards' view of the plans and progress reports.
    await bmb.getByRole('tab', { name: 'Voortgang', exact: true }).click();
    await bmb.getByRole('heading', { name: `Voortgang implementatie ${year}` }).waitFor();
    const period = bmb.locator('[data-progress-period="1"]');
    await period.locator('tr[data-report=politie]').waitFor();
    await period.getByText('Ontbreekt nog:', { exact: false }).waitFor();
    await period
      .locator('[data-board-item-kind=PROGRESS_REPORTS]')
      .getByText('Voortgangsrapportages')
      .first()
      .waitFor();
    await check(bmb, 'bmb: Voortgang');

    // The Minister's auditor reads it all, without the forms.
    const auditor = await narrow('auditor@jenv');
    await auditor.getByRole('tab', { name: 'Wensen', exact: true }).click();
    await auditor.locator('tr[data-wish="Logging centraliseren"]').getByText('Opgenomen').waitFor();
    expect(await auditor.locator('select[name^=disposition-]').count()).toBe(0);
    await check(auditor, 'auditor: the wishes read-only');
    await auditor.getByRole('tab', { name: 'BBP en kalender', exact: true }).click();
    await auditor.getByText('Stand: vastgesteld.', { exact: false }).waitFor();
    expect(await auditor.getByRole('button', { name: 'Datums wijzigen' }).count()).toBe(0);
  });
});

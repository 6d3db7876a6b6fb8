import { join } from 'node:path';
import { currentYear, eventually, GraphQLResponse, isoDay } from '@mkib/testing';
import { checkAccessible } from './axe-check';
import { SHOTS, useBrowserPlatform } from './browser-platform';

/**
 * In a real Chromium, in Dutch (SK-2.3, SK-2.4, SK-3.2): the board secretary has opened this year's BBP with
 * its PDCA calendar (through the API). The police security officer adds a line to the implementation plan
 * and updates it, sees an overdue line marked and filtered, and prepares the progress report of the first
 * period; the accountable official (a second sign-in: four eyes) signs it and submits it to the SMB. The
 * party's "Kalender" tab shows the year's calendar with today marked.
 */
const platform = useBrowserPlatform();

const ok = <T>(r: GraphQLResponse<T>, what: string): T => {
  if (r.errors?.length) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
};

describe('the implementation plan and its progress report in the browser', () => {
  it('[SK-2.3] [SK-2.4] [SK-3.2] a plan line updated, a progress report signed off, the calendar shown', async () => {
    // The BBP year of the calendar year, opened by the SMB's board secretary with its whole calendar.
    const year = currentYear();
    const day = (month: number, d: number) =>
      `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const opened = await platform.as('board-secretary@smb')(
      `mutation($input: BbpYearInput!) { openBbpYear(input: $input) { year state } }`,
      {
        input: {
          year,
          wishesDeadline: day(5, 1),
          progressReportMoments: [day(6, 30), day(12, 15)],
          smbMeetings: [day(3, 10), day(9, 10)],
          bmbMeetings: [day(4, 5), day(10, 5)],
          adoptionDate: day(10, 5),
        },
      },
    );
    ok(opened, 'openBbpYear');
    // icv learns the periods from governance's event.
    await eventually(
      async () =>
        ok<{ progressPeriods: { period: number }[] }>(
          await platform.as('security-officer@politie')(
            `query($y: Int!) { progressPeriods(year: $y) { period } }`,
            {
              y: year,
            },
          ),
          'progressPeriods',
        ),
      (d) => d.progressPeriods.length === 2,
      'the progress periods of the calendar in icv',
    );

    // The security officer adds a line to the plan.
    const officer = await platform.signedInPage('security-officer@politie');
    await officer.getByRole('tab', { name: 'Implementatieplan', exact: true }).click();
    await officer.getByRole('heading', { name: 'Implementatieplan', exact: true }).waitFor();
    await officer.getByRole('button', { name: 'Regel toevoegen' }).click();
    let dialog = officer.getByRole('dialog', { name: 'Regel toevoegen' });
    await dialog.locator('select[name=plan-line-kind]').selectOption('MAATREGEL');
    await dialog.locator('input[name=plan-line-identifier]').fill('5.01.01');
    await dialog
      .locator('textarea[name=plan-line-description]')
      .fill('Informatiebeveiligingsbeleid herzien en laten vaststellen.');
    await dialog.locator('input[name=plan-line-owner]').fill('CISO politie');
    await dialog.locator('input[name=plan-line-due]').fill(isoDay(60));
    await dialog.getByRole('button', { name: 'Regel opslaan' }).click();
    await officer.getByText('De regel is opgeslagen.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const line = officer.locator('tr[data-plan-line="BIO2 5.01.01"]');
    await line.getByText('Gepland').waitFor();
    await line.getByText('CISO politie').waitFor();

    // … and updates it: in progress now.
    await officer.getByRole('button', { name: 'Regel BIO2 5.01.01 bewerken' }).click();
    dialog = officer.getByRole('dialog', { name: 'Regel bewerken' });
    await dialog.locator('select[name=plan-line-status]').selectOption('IN_UITVOERING');
    await dialog.getByRole('button', { name: 'Regel opslaan' }).click();
    await officer.getByText('De regel is opgeslagen.').waitFor();
    await officer.locator('tr[data-plan-line="BIO2 5.01.01"][data-status=IN_UITVOERING]').waitFor();
    await line.getByText('In uitvoering').waitFor();

    // A policy rule's line past its due date, without owner: marked, and found by the filters.
    await officer.getByRole('button', { name: 'Regel toevoegen' }).click();
    dialog = officer.getByRole('dialog', { name: 'Regel toevoegen' });
    await dialog.locator('select[name=plan-line-kind]').selectOption('BELEIDSREGEL');
    await dialog.locator('input[name=plan-line-rule]').fill('TB-03');
    await dialog
      .locator('textarea[name=plan-line-description]')
      .fill('Toegangsbeleid meldkamer actualiseren.');
    await dialog.locator('input[name=plan-line-due]').fill(isoDay(-5));
    await dialog.getByRole('button', { name: 'Regel opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const late = officer.locator('tr[data-plan-line="TB-03"][data-overdue=true]');
    await late.getByText('Te laat').waitFor();
    await late.getByText('Geen eigenaar').waitFor();
    await officer.getByTestId('plan-roll-up').getByText('Te laat: 1').waitFor();
    await officer.getByLabel('Alleen te late regels').check();
    await officer.locator('tr[data-plan-line="BIO2 5.01.01"]').waitFor({ state: 'detached' });
    await late.waitFor();
    await officer.getByLabel('Alleen te late regels').uncheck();
    await officer.screenshot({ path: join(SHOTS, 'web-politie-implementation-plan.png'), fullPage: true });

    // The security officer prepares the report of period 1.
    const period = officer.locator('[data-progress-period="1"]');
    await period.getByRole('heading', { name: 'Periode 1', exact: false }).waitFor();
    await period
      .locator('textarea[name=progress-summary-1]')
      .fill('Het beleid wordt herzien; het toegangsbeleid loopt achter en krijgt voorrang.');
    await period.getByRole('button', { name: 'Rapportage opstellen' }).click();
    await officer.getByText('De rapportage over periode 1 is opgesteld.').waitFor();
    await officer.locator('[data-progress-period="1"][data-state=CONCEPT]').waitFor();
    // Four eyes: the preparer has no signature to give.
    expect(await period.getByRole('button', { name: 'Rapportage ondertekenen' }).count()).toBe(0);

    // The accountable official signs it and submits it to the SMB.
    const official = await platform.signedInPage('accountable-official@politie');
    await official.getByRole('tab', { name: 'Implementatieplan', exact: true }).click();
    const card = official.locator('[data-progress-period="1"]');
    await card.getByText('concept, wacht op ondertekening', { exact: false }).waitFor();
    await card.getByText('Het beleid wordt herzien', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Rapportage ondertekenen' }).click();
    await official.getByText('De rapportage over periode 1 is ondertekend.').waitFor();
    await official.locator('[data-progress-period="1"][data-state=ONDERTEKEND]').waitFor();
    await card.getByRole('button', { name: 'Indienen bij het SMB' }).click();
    await official.getByText('De rapportage over periode 1 is ingediend bij het SMB.').waitFor();
    await official.locator('[data-progress-period="1"][data-state=INGEDIEND]').waitFor();
    await card.getByText('ingediend bij het SMB', { exact: false }).waitFor();
    await official.screenshot({ path: join(SHOTS, 'web-politie-progress-report.png'), fullPage: true });

    // The notifications in the header open in a dialog, and close again.
    await official.getByRole('button', { name: /^Meldingen/ }).click();
    const notifications = official.getByRole('dialog', { name: 'Meldingen' });
    await notifications.getByRole('heading', { name: 'E-mail' }).waitFor();
    await notifications.getByRole('button', { name: 'Sluiten' }).last().click();
    await notifications.waitFor({ state: 'detached' });

    // The party's calendar of the year, with today marked.
    await official.getByRole('tab', { name: 'Kalender', exact: true }).click();
    await official.getByRole('heading', { name: `PDCA-kalender ${year}` }).waitFor();
    await official
      .getByText(/^\s*Vandaag\b/)
      .first()
      .waitFor();
  });

  it('is accessible at 320 px: the plan, its line form, the notifications, the LMS settings and outbox', async () => {
    const narrow = async (username: string) => {
      const page = await platform.signedInPage(username);
      await page.setViewportSize({ width: 320, height: 800 });
      return page;
    };
    const officer = await narrow('security-officer@politie');
    await officer.getByRole('tab', { name: 'Implementatieplan', exact: true }).click();
    await officer.locator('tr[data-plan-line="TB-03"]').waitFor();
    await officer.locator('[data-progress-period="1"]').waitFor();
    await checkAccessible(officer, 'politie: Implementatieplan');
    // The line form: focus moves in, Escape closes it, focus returns to its opener.
    const opener = officer.getByRole('button', { name: 'Regel TB-03 bewerken' });
    await opener.click();
    const dialog = officer.getByRole('dialog', { name: 'Regel bewerken' });
    await dialog.locator('input[name=plan-line-rule]').waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await dialog.getByText('Risicobehandelingen', { exact: false }).waitFor();
    await checkAccessible(officer, 'politie: plan line form');
    await officer.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
    // The notifications of the header.
    await officer.getByRole('button', { name: /^Meldingen/ }).click();
    const notifications = officer.getByRole('dialog', { name: 'Meldingen' });
    await notifications.getByRole('heading', { name: 'E-mail' }).waitFor();
    await notifications.locator('select[name=mail-digest]').waitFor();
    await checkAccessible(officer, 'politie: notifications');

    const lms = await narrow('lms-operator@lms');
    await lms.getByTestId('reminder-settings').locator('tr[data-milestone]').first().waitFor();
    await lms
      .getByTestId('mail-outbox')
      .getByRole('button', { name: 'Dagelijks overzicht nu versturen' })
      .click();
    await lms.getByText('e-mail(s) verstuurd', { exact: false }).waitFor();
    await checkAccessible(lms, 'lms: lead times and mail outbox');
    await lms.getByRole('tab', { name: 'Implementatieplan', exact: true }).click();
    await lms.getByRole('heading', { name: 'Implementatieplan', exact: true }).waitFor();
    await lms.getByRole('button', { name: 'Regel toevoegen' }).waitFor();
    await checkAccessible(lms, 'lms: Implementatieplan');
  });
});

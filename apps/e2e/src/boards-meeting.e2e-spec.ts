import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { GraphQLResponse } from '@mkib/testing';
import { SHOTS, useBrowserPlatform } from './browser-platform';

/**
 * A meeting of the boards in the browser, in Dutch, on a 320 px wide screen (no sideways scrolling, no
 * axe violations): the police raises an escalation with the ambulance service asked and records its
 * position; the SMB's board secretary plans a meeting, puts the escalation and a free item on its agenda,
 * records the SMB's advice and the minutes (the meeting is held); the BMB sees the positions side by side
 * with the missing party marked and cannot decide yet; once the ambulance service's position is in, the
 * BMB records its decision. The days come from the system's clock (no literal dates).
 */
const platform = useBrowserPlatform();
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

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

const ok = <T>(r: GraphQLResponse<T>): T => {
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
};

describe('a meeting of the boards in the browser', () => {
  it('[SK-3.8] assembles a meeting, records its minutes and decides an escalation', async () => {
    const title = 'Gedeelde uitwijklocatie';
    const itemTitle = `Escalatie: ${title}`;
    // The list's button to open it (its name ends in the title, for a screen reader).
    const row = `tr[data-escalation="${title}"]`;

    // 1. The police raises an escalation, with the ambulance service asked, and records its position.
    const politie = await narrow('security-officer@politie');
    await politie.getByRole('tab', { name: 'Escalaties', exact: true }).click();
    await politie.getByRole('heading', { name: 'Escalaties', level: 2 }).waitFor();
    const raise = politie.getByRole('button', { name: 'Escalatie indienen', exact: true });
    await raise.click();
    const raiseDialog = politie.getByRole('dialog', { name: 'Escalatie indienen' });
    await raiseDialog.waitFor();
    await raiseDialog.locator('input[name=escalation-title]').fill(title);
    await raiseDialog
      .locator('textarea[name=escalation-question]')
      .fill('Delen politie en ambulancezorg één uitwijklocatie voor de meldkamer?');
    expect(await raiseDialog.locator('input[name=escalation-parties][value=politie]').isChecked()).toBe(true);
    await raiseDialog.locator('input[name=escalation-parties][value=ambulance]').check();
    await raiseDialog.locator('input[name=escalation-positionsDue]').fill(inDays(14));
    await check(politie, 'politie: the escalation form');
    await raiseDialog.getByRole('button', { name: 'Escalatie indienen', exact: true }).click();
    await politie.getByText('De escalatie is ingediend en staat op de agenda van de beraden.').waitFor();
    await politie.locator(row).getByRole('button', { name: 'Bekijken' }).click();
    const politieDetail = politie.locator('[data-escalation-detail]');
    await politieDetail.getByText('U ziet alleen het standpunt van uw eigen partij.').waitFor();
    await politieDetail.getByRole('button', { name: 'Standpunt vastleggen', exact: true }).click();
    const position = politie.getByRole('dialog', { name: `Standpunt vastleggen: ${title}` });
    await position.locator('input[name=escalation-stance][value=ONEENS]').check();
    await position
      .locator('textarea[name=escalation-reasoning]')
      .fill('De politie wil een eigen uitwijklocatie binnen de regio.');
    await check(politie, 'politie: the position form');
    await position.getByRole('button', { name: 'Standpunt vastleggen', exact: true }).click();
    await politie.getByText('Het standpunt is vastgelegd.').waitFor();
    await politieDetail.locator('tr[data-position=politie]').getByText('Oneens').waitFor();
    await check(politie, 'politie: the escalation with its position');

    // 2. The SMB's board secretary plans a meeting (focus in the dialog, and back on Escape).
    const secretary = await narrow('board-secretary@smb');
    await secretary.getByRole('tab', { name: 'Overzicht', exact: true }).waitFor();
    await secretary.getByRole('tab', { name: 'Vergaderingen', exact: true }).click();
    await secretary.getByRole('heading', { name: 'Vergaderingen', level: 2 }).waitFor();
    await check(secretary, 'secretary: the meetings');
    const opener = secretary.getByRole('button', { name: 'Vergadering plannen', exact: true });
    await opener.click();
    const planDialog = secretary.getByRole('dialog', { name: 'Vergadering plannen' });
    await planDialog.waitFor();
    expect(await planDialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await check(secretary, 'secretary: the planning form');
    await secretary.keyboard.press('Escape');
    await planDialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);

    await opener.click();
    await planDialog.locator('input[name=meeting-date]').fill(inDays(7));
    await planDialog.locator('input[name=meeting-title]').fill('Vergadering van het SMB');
    await planDialog.getByRole('button', { name: 'Plannen', exact: true }).click();
    await planDialog.waitFor({ state: 'detached' });
    const meeting = secretary.locator('section[data-meeting]');
    await meeting.getByRole('heading', { name: 'SMB: Vergadering van het SMB', level: 2 }).waitFor();
    await meeting.getByText('Er staan nog geen punten op de agenda.').waitFor();
    await check(secretary, 'secretary: the planned meeting');

    // Its agenda: the escalation from the boards' agenda, and a free item.
    await meeting
      .locator('select[name=meeting-source]')
      .selectOption({ label: 'Een punt van de agenda van de raden' });
    await meeting
      .locator('select[name=meeting-source-value]')
      .selectOption({ label: `Escalatie: ${itemTitle}` });
    await meeting.getByRole('button', { name: 'Agendapunt toevoegen', exact: true }).click();
    await meeting.locator('li[data-agenda-item]').first().waitFor();
    await meeting.locator('select[name=meeting-source]').selectOption({ label: 'Een vrij agendapunt' });
    await meeting.locator('input[name=meeting-free-title]').fill('Rondvraag');
    await meeting.locator('textarea[name=meeting-free-description]').fill('Wat verder ter tafel komt.');
    await meeting.getByRole('button', { name: 'Agendapunt toevoegen', exact: true }).click();
    await meeting.locator('li[data-agenda-item]').nth(1).waitFor();
    await check(secretary, 'secretary: the agenda with two items');

    // The SMB's advice on the escalation.
    const escalationItem = meeting.locator('li[data-agenda-item]', {
      has: secretary.locator('[data-board-item-kind=ESCALATION]'),
    });
    await escalationItem
      .getByLabel(`Advies van het SMB over ${itemTitle}`, { exact: true })
      .fill('Het SMB adviseert één gedeelde uitwijklocatie.');
    await escalationItem.getByRole('button', { name: 'Advies vastleggen', exact: true }).click();
    await secretary.getByText('Het advies is vastgelegd.').waitFor();
    await escalationItem
      .getByText('Het SMB adviseert één gedeelde uitwijklocatie.', { exact: false })
      .waitFor();

    // The minutes: attendance, the minutes and a minute per item; the meeting is held.
    await meeting.getByRole('button', { name: 'Notulen vastleggen', exact: true }).click();
    const minutes = secretary.getByRole('dialog', { name: 'Notulen vastleggen' });
    await minutes.waitFor();
    expect(await minutes.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await minutes.locator('input[name=attendee-1]').fill('J. de Vries');
    await minutes.locator('select[name=attendee-party-1]').selectOption('politie');
    await minutes.locator('textarea[name=meeting-minutes]').fill('De voorzitter opent de vergadering.');
    await minutes.locator('textarea[name=meeting-item-minute-1]').fill('Het SMB heeft geadviseerd.');
    await minutes.locator('textarea[name=meeting-item-minute-2]').fill('Geen vragen.');
    await check(secretary, 'secretary: the minutes form');
    await minutes.getByRole('button', { name: 'Notulen opslaan', exact: true }).click();
    await minutes.waitFor({ state: 'detached' });
    await secretary.getByText('De notulen zijn vastgelegd. De vergadering is gehouden.').waitFor();
    await meeting.getByTestId('meeting-facts').getByText('Status: Gehouden.', { exact: false }).waitFor();
    await meeting.getByTestId('meeting-attendance').getByText('J. de Vries', { exact: false }).waitFor();
    await meeting.getByText('De voorzitter opent de vergadering.').waitFor();
    await check(secretary, 'secretary: the meeting held');
    await secretary.screenshot({ path: join(SHOTS, 'web-boards-meeting.png'), fullPage: true });

    // 3. The BMB: the positions side by side, the missing party marked, not decidable yet.
    const bmb = await narrow('bmb-member@bmb');
    await bmb.getByRole('tab', { name: 'Escalaties', exact: true }).click();
    await bmb.locator(row).getByRole('button', { name: 'Bekijken' }).click();
    const detail = bmb.locator('[data-escalation-detail]');
    await detail.locator('tr[data-position=politie]').getByText('Oneens').waitFor();
    await detail
      .locator('tr[data-position=ambulance][data-missing=true]')
      .getByText('Ontbreekt nog')
      .waitFor();
    await detail.getByText('Het BMB kan nog niet besluiten', { exact: false }).waitFor();
    expect(await detail.getByRole('button', { name: 'Besluit vastleggen', exact: true }).isDisabled()).toBe(
      true,
    );
    await check(bmb, 'bmb: the escalation not decidable yet');

    // The ambulance service's position, through the API.
    const { escalations } = ok<{ escalations: { id: string; title: string }[] }>(
      await platform.as('bmb-member@bmb')(`query { escalations { id title } }`),
    );
    const escalationId = escalations.find((e) => e.title === title)!.id;
    ok(
      await platform.as('security-officer@ambulance')(
        `mutation($i: EscalationPositionInput!) { recordEscalationPosition(input: $i) { id } }`,
        { i: { escalationId, stance: 'EENS', reasoning: 'Eén locatie is goedkoper en even veilig.' } },
      ),
    );

    // The BMB decides.
    const bmb2 = await narrow('bmb-member@bmb');
    await bmb2.getByRole('tab', { name: 'Escalaties', exact: true }).click();
    await bmb2.locator(row).getByRole('button', { name: 'Bekijken' }).click();
    const decided = bmb2.locator('[data-escalation-detail]');
    await decided.locator('tr[data-position=ambulance][data-missing=false]').getByText('Eens').waitFor();
    await decided.getByText('Alle standpunten zijn binnen.').waitFor();
    expect(await decided.getByText('Het BMB kan nog niet besluiten', { exact: false }).count()).toBe(0);
    await decided.locator('select[name^=meeting-decision-]').selectOption('AANVAARD');
    await decided
      .locator('textarea[name^=meeting-decision-text-]')
      .fill('Eén gedeelde uitwijklocatie, conform het advies.');
    await check(bmb2, 'bmb: the decision form');
    await decided.getByRole('button', { name: 'Besluit vastleggen', exact: true }).click();
    await bmb2.getByText('Het besluit is vastgelegd.').waitFor();
    await decided
      .getByText('Besluit BMB: Aanvaard. Eén gedeelde uitwijklocatie, conform het advies.', { exact: false })
      .waitFor();
    await bmb2.locator(row).getByText('Besloten').waitFor();
    await check(bmb2, 'bmb: the escalation decided');
  });
});

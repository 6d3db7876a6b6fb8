import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS, useBrowserPlatform } from './browser-platform';

/**
 * The Minister's auditor, in Dutch: its own workspace with the verification of each service's audit chain,
 * every party's submitted ICVs and every party's self-assessment, all read-only.
 */
const platform = useBrowserPlatform();

describe("the auditor's workspace in the browser", () => {
  it('shows a verification badge per service and reads every party read-only', async () => {
    const auditor = await platform.signedInPage('auditor@jenv');
    await auditor.getByRole('heading', { name: 'Auditwerkruimte', level: 1 }).waitFor();
    for (const service of ['policy', 'risk', 'icv', 'governance']) {
      const card = auditor.locator(`[data-audit-service="${service}"]`);
      await card.getByTestId('audit-badge').waitFor();
      expect(await card.getByTestId('audit-badge').textContent()).toBe('Keten intact');
    }

    // The trail of the four services as one list, newest first, paged. (The platform still records
    // its start-up as this runs, so the counts may grow between two looks.)
    const position = auditor.getByTestId('trail-position');
    await position.filter({ hasText: /^Regels 1 tot en met \d+ van \d+$/ }).waitFor();
    // More than a page: the start-up's entries arrive as the services consume the seed's events.
    for (let i = 0; i < 100 && !/ 25 van/.test((await position.textContent())!); i++) {
      await new Promise((r) => setTimeout(r, 200));
      await auditor.getByRole('button', { name: 'Filteren' }).click();
    }
    await position.filter({ hasText: /^Regels 1 tot en met 25 van \d+$/ }).waitFor();
    const rows = auditor.locator('[data-trail-entry]');
    const times = await rows.evaluateAll((r) => r.map((e) => e.querySelector('td')!.textContent));
    expect(times).toHaveLength(25);
    await auditor.getByRole('button', { name: 'Volgende pagina' }).click();
    await position.filter({ hasText: /^Regels 26 tot en met \d+ van \d+$/ }).waitFor();
    await auditor.getByRole('button', { name: 'Vorige pagina' }).click();
    await position.filter({ hasText: /^Regels 1 tot en met 25 van \d+$/ }).waitFor();

    // Filtered by an action: every entry shown has it.
    const action = (await rows.first().locator('td').nth(3).textContent())!;
    await auditor.getByLabel('Handeling').fill(action);
    await auditor.getByRole('button', { name: 'Filteren' }).click();
    await auditor.getByLabel('Handeling').press('Tab');
    const actionsShown = () => rows.evaluateAll((r) => r.map((e) => e.querySelectorAll('td')[3].textContent));
    for (let i = 0; i < 50 && new Set(await actionsShown()).size !== 1; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(new Set(await actionsShown())).toEqual(new Set([action]));

    // Exported for Excel: UTF-8 with a byte-order mark, semicolons, only the filtered entries.
    const [download] = await Promise.all([
      auditor.waitForEvent('download'),
      auditor.getByRole('button', { name: 'Exporteren naar Excel (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...lines] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      '\uFEFFTijdstip;Dienst;Volgnummer;Wie;Partij;Handeling;Onderwerp;Waarom;Voor;Na;Correlatie-id',
    );
    expect(lines.length).toBeGreaterThanOrEqual((await actionsShown()).length);
    expect(new Set(lines.map((l) => l.split(';')[5]))).toEqual(new Set([action]));
    await auditor.getByText(`${lines.length} regels geëxporteerd.`).waitFor();
    await auditor.screenshot({ path: join(SHOTS, 'web-boards-auditor-trail.png'), fullPage: true });

    await auditor.getByRole('tab', { name: 'Zelfevaluaties' }).click();
    await auditor.getByLabel('Partij').selectOption('brandweer');
    await auditor.getByRole('heading', { name: 'Zelfevaluatie', exact: false }).waitFor();
    // Read-only: no status to change, nothing to save or upload.
    await auditor.getByRole('status').filter({ hasText: 'maatregelen' }).first().waitFor();
    expect(await auditor.getByRole('button', { name: 'Opslaan', exact: false }).count()).toBe(0);

    await auditor.getByRole('tab', { name: 'ICV’s' }).click();
    await auditor.getByRole('heading', { name: 'Jaarcyclus', exact: false }).waitFor();
    // The boards' forms are not the auditor's.
    expect(await auditor.getByRole('button', { name: 'Jaarcyclus openen' }).count()).toBe(0);
  });
});

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

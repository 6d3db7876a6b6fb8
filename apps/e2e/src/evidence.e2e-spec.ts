import { useBrowserPlatform } from './browser-platform';

/**
 * Evidence in a real Chromium (issue 13, §5): a text file that is really a web page is refused with the
 * reason in Dutch; a clean file is stored under its normalised name (no markup) and comes back as a
 * download of the stored type, never opened in a tab or shown inline.
 */
const platform = useBrowserPlatform();

describe('evidence in the browser', () => {
  it('refuses a page saved as .txt and downloads a stored file as an attachment', async () => {
    const officer = await platform.signedInPage('security-officer@politie');
    await officer.getByRole('tab', { name: 'Zelfevaluatie' }).click();
    const measure = officer.locator('[data-measure="BIO2:5.01.01"]');
    const input = measure.getByLabel('Bewijsstuk toevoegen bij BIO2 5.01.01');

    await input.setInputFiles({
      name: 'notitie.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
    });
    await officer.getByText('De tekst begint als een webpagina', { exact: false }).waitFor();
    expect(await measure.getByRole('button', { name: /downloaden$/ }).count()).toBe(0);

    const text = 'Beoordeling van de logging: maandelijks, door de CISO.\n';
    await input.setInputFiles({
      name: '<i>verslag "logging".txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    const stored = '_i_verslag _logging_.txt';
    const link = measure.getByRole('button', { name: `Bewijsstuk ${stored} downloaden` });
    await link.waitFor();

    const pages = officer.context().pages().length;
    const at = officer.url();
    const [download] = await Promise.all([officer.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(stored);
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(text);
    // Not opened: no new tab, the page stays where it was, no frame or object shows it.
    expect(officer.context().pages()).toHaveLength(pages);
    expect(officer.url()).toBe(at);
    expect(await officer.locator('iframe, embed, object').count()).toBe(0);
  });
});

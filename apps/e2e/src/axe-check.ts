import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * The page as it stands, in Dutch at 320 px (as accessibility.e2e-spec.ts checks every screen): no axe
 * violations (WCAG 2.x A and AA) and nothing that sticks out to the right (WCAG 1.4.10 reflow; a table
 * scrolls inside its own region).
 */
export async function checkAccessible(page: Page, where: string) {
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
  const tooWide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 321 && !e.closest('.mkib-table-scroll *'))
      .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= 321)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`)
      .slice(0, 5),
  );
  expect({ where, tooWide }).toEqual({ where, tooWide: [] });
}

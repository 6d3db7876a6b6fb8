/**
 * The SMB dashboard rendered to HTML with a stand-in GraphQL client that answers per operation (SK-3.3):
 * party names (not codes), Dutch labels, overdue markers and the signal feed with its paging. The NL Design
 * System components are replaced by plain elements (their CommonJS build needs a bundler).
 */
jest.mock('@rijkshuisstijl-community/components-react', () => {
  const { createElement } = jest.requireActual('react');
  const element = (name: string) =>
    name === 'Heading'
      ? ({ level, ...rest }: { level: number }) => createElement(`h${level}`, rest)
      : ({ appearance, type, ...rest }: { appearance?: string; type?: string }) =>
          createElement(
            name === 'Paragraph' ? 'p' : name === 'Button' ? 'button' : name === 'Table' ? 'table' : 'div',
            name === 'Button' ? { ...rest, type: type ?? 'button' } : rest,
          );
  return new Proxy({}, { get: (_target, name: string) => element(name) });
});

import { createElement, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { DocumentNode } from 'graphql';
import { Client, Provider } from 'urql';
import { fromValue, never } from 'wonka';
import { resources } from '@mkib/web-i18n';
import type { SmbDashboardQuery, SmbSignalFeedQuery } from '@mkib/web-data-access';
import { SmbDashboardPanel } from './index';

/** Dates from the clock (never literal): `isoDay(n)` is today plus n days, `currentYear()` this year (UTC). */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
});

/** Renders with a client that answers each query by its operation name; unknown ones stay loading. */
function render(element: ReactElement, answers: Record<string, unknown>): string {
  const client = {
    executeQuery: (operation: { query: DocumentNode }) => {
      const definition = operation.query.definitions.find((d) => d.kind === 'OperationDefinition');
      const name = definition?.kind === 'OperationDefinition' ? definition.name?.value : undefined;
      const data = name ? answers[name] : undefined;
      return data === undefined ? never : fromValue({ operation, data, stale: false, hasNext: false });
    },
    executeMutation: () => never,
    executeSubscription: () => never,
  } as unknown as Client;
  return renderToStaticMarkup(createElement(Provider, { value: client }, element));
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A table row's markup: from its `data-<attr>="<code>"` to the next row's or the end of the table. */
const row = (html: string, attr: string, code: string) =>
  html.split(`data-${attr}="${code}"`)[1]?.split(new RegExp(`data-${attr}="|</table>`))[0] ?? '';

const politie = { code: 'politie', name: 'Politie' };
const kmar = { code: 'kmar', name: 'Koninklijke Marechaussee' };
const lms = { code: 'lms', name: 'Landelijke Meldkamer Samenwerking' };

const dashboard = (patch: Partial<SmbDashboardQuery['smbDashboard']> = {}): SmbDashboardQuery => ({
  smbDashboard: {
    year,
    asOf: isoDay(),
    icvs: [
      { party: politie, year, standing: 'BESLOTEN', decision: 'AANVAARD_MET_AANWIJZING', overdue: false },
      { party: kmar, year, standing: 'NIET_INGEDIEND', decision: null, overdue: true },
      { party: lms, year, standing: 'GEADVISEERD', decision: null, overdue: false },
    ],
    plans: [],
    instructions: { open: 2, overdue: 1, byParty: [{ party: politie, open: 2, overdue: 1 }] },
    findings: { open: 0, overdue: 0, byParty: [] },
    facilitiesReviewDue: [{ facilityCode: 'GMS', reviewDue: isoDay(-1), overdue: true }],
    riskWork: { openSupplementaryAnalyses: 1, openConsultations: 3, overdueConsultations: 0 },
    openEscalations: 0,
    ...patch,
  },
});

const feed = (total: number, count: number): SmbSignalFeedQuery => ({
  smbSignals: {
    total,
    items: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      kind: 'BBN_VERHOOGD',
      subject: 'GMS',
      summary: 'BBN van GMS verhoogd van 2 naar 3; een aanvullende risicoanalyse is vereist.',
      occurredAt: `${isoDay()}T10:00:00.000Z`,
    })),
  },
});

describe('[SK-3.3] the SMB dashboard', () => {
  it('shows each party by name with its ICV standing in Dutch and the overdue markers', () => {
    const html = render(createElement(SmbDashboardPanel, { year }), {
      SmbDashboard: dashboard(),
      SmbSignalFeed: feed(0, 0),
    });
    const shown = text(html);
    expect(shown).toContain(`Overzicht ${year}`);
    expect(shown).toContain('Politie');
    expect(shown).toContain('Koninklijke Marechaussee');
    expect(shown).not.toMatch(/\bkmar\b/);
    expect(shown).toContain('Besloten door het BMB');
    expect(shown).toContain('Aanvaard met aanwijzing');
    expect(shown).toContain('Niet ingediend');
    expect(row(html, 'icv', 'kmar')).toContain('te laat');
    expect(row(html, 'icv', 'politie')).not.toContain('te laat');
    expect(shown).toContain('Er zijn nog geen implementatieplannen.');
    expect(html).toContain('data-testid="dashboard-instructions">2</strong>');
    expect(shown).toContain('1 te laat');
    expect(shown).toContain('Nog geen signalen.');
  });

  it('shows the signal feed with the kind in Dutch and pages through it', () => {
    const html = render(createElement(SmbDashboardPanel, { year }), {
      SmbDashboard: dashboard(),
      SmbSignalFeed: feed(12, 10),
    });
    const shown = text(html);
    expect(shown).toContain('Signalen voor het SMB');
    expect(shown).toContain('BBN verhoogd');
    expect(shown).toContain('1–10 van 12');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Vorige<\/button>/);
    expect(html).toMatch(/<button(?![^>]*disabled)[^>]*>Volgende<\/button>/);
  });

  it('shows the loading state until the answer comes', () => {
    const html = render(createElement(SmbDashboardPanel, { year }), {});
    expect(text(html)).toContain(`Overzicht ${year}`);
    expect(html).not.toContain('data-icv');
  });
});

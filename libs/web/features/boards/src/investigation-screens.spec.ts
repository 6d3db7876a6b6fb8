/**
 * The investigations and aanwijzingen screens (issue 18, SK-3.6) rendered to HTML with a stand-in GraphQL client that answers per operation: what each
 * person sees (headings, the "Vandaag" marker, late markers, who gets which form). The NL Design System
 * components are replaced by plain elements (their CommonJS build needs a bundler).
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
import type { InvestigationFieldsFragment, Session } from '@mkib/web-data-access';
import { BoardInstructionsPanel, InvestigationDetail, InvestigationsPanel } from './index';

/** Dates from the clock (never literal): `isoDay(n)` is today plus n days. */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

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

/** The visible text, tags dropped, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const session = (party: string, ...roles: string[]): Session => ({ username: `${party}-user`, party, roles });
const secretary = session('smb', 'board-secretary');
const bmbMember = session('bmb', 'bmb-member');
const smbMember = session('smb', 'smb-member');
const officer = session('politie', 'security-officer');

const investigation = (patch: Partial<InvestigationFieldsFragment> = {}): InvestigationFieldsFragment => ({
  id: 'i1',
  title: 'Werking van het beleid',
  scope: 'Hoe het beleid in de praktijk werkt.',
  investigator: 'Onderzoeksbureau Noord',
  dueDate: isoDay(30),
  state: 'VOORGESTELD',
  summary: null,
  proposedBy: 'secretaris',
  proposedAt: `${isoDay(-10)}T09:00:00.000Z`,
  completedAt: null,
  findings: [],
  report: null,
  boardItem: {
    id: 'b1',
    kind: 'INVESTIGATION',
    title: 'Onderzoek: Werking van het beleid',
    advice: null,
    advisedBy: null,
    decision: null,
    decisionText: null,
    decidedBy: null,
    advisedAt: null,
    decidedAt: null,
  },
  ...patch,
});

describe('[SK-3.6] the investigations screen', () => {
  it('lists the investigations with their state in Dutch; only the secretary may propose', () => {
    const answers = {
      Investigations: {
        investigations: [
          investigation(),
          investigation({ id: 'i2', title: 'Tweede onderzoek', state: 'NIET_VERLEEND' }),
        ],
      },
    };
    const html = render(createElement(InvestigationsPanel, { session: secretary }), answers);
    expect(text(html)).toContain('Onderzoeken');
    expect(text(html)).toContain('Voorgesteld');
    expect(text(html)).toContain('Geen opdracht verleend');
    expect(text(html)).toContain('Onderzoek voorstellen');
    expect(html).toContain('aria-label="Onderzoek Tweede onderzoek bekijken"');
    const party = render(createElement(InvestigationsPanel, { session: officer }), answers);
    expect(text(party)).toContain('Werking van het beleid');
    expect(text(party)).not.toContain('Onderzoek voorstellen');
  });

  it('says so while loading and when there are none', () => {
    expect(text(render(createElement(InvestigationsPanel, { session: secretary }), {}))).toContain(
      'Bezig met laden',
    );
    expect(
      text(
        render(createElement(InvestigationsPanel, { session: secretary }), {
          Investigations: { investigations: [] },
        }),
      ),
    ).toContain('Er zijn nog geen onderzoeken.');
  });

  it('gives the SMB the advice form and the BMB the decision only after the advice', () => {
    const onChanged = () => undefined;
    const smb = render(
      createElement(InvestigationDetail, { investigation: investigation(), session: smbMember, onChanged }),
      {},
    );
    expect(text(smb)).toContain('Advies vastleggen');
    expect(text(smb)).not.toContain('Besluit vastleggen');
    const bmb = render(
      createElement(InvestigationDetail, { investigation: investigation(), session: bmbMember, onChanged }),
      {},
    );
    expect(text(bmb)).toContain('Het BMB besluit pas na het advies van het SMB.');
    expect(bmb).toMatch(/<button[^>]*disabled[^>]*>Besluit vastleggen/);
  });

  it('shows a completed investigation’s report and findings; the secretary records one in progress', () => {
    const onChanged = () => undefined;
    const done = investigation({
      state: 'AFGEROND',
      summary: 'Het beleid werkt.',
      completedAt: `${isoDay(-1)}T10:00:00.000Z`,
      report: {
        filename: 'rapport.pdf',
        contentType: 'application/pdf',
        size: 4096,
        uploadedBy: 'secretaris',
        uploadedAt: `${isoDay(-1)}T10:00:00.000Z`,
      },
      findings: [{ id: 'f1', text: 'Back-ups niet getest', followUp: 'Aanwijzing', state: 'OPEN' }],
      boardItem: {
        ...investigation().boardItem!,
        advice: 'Uitvoeren.',
        advisedBy: 'smb',
        decision: 'AANVAARD',
        decisionText: 'Akkoord.',
        decidedBy: 'bmb',
      },
    });
    const html = text(
      render(createElement(InvestigationDetail, { investigation: done, session: officer, onChanged }), {}),
    );
    expect(html).toContain('Rapport downloaden (rapport.pdf)');
    expect(html).toContain('Back-ups niet getest (open)');
    expect(html).toContain('Opdracht verleend. Akkoord.');
    expect(html).not.toContain('Rapport vastleggen');
    const running = render(
      createElement(InvestigationDetail, {
        investigation: investigation({ state: 'IN_UITVOERING' }),
        session: secretary,
        onChanged,
      }),
      {},
    );
    expect(text(running)).toContain('Rapport vastleggen');
    expect(running).toContain('type="file"');
  });
});

describe('[SK-3.6] the aanwijzingen screen', () => {
  const answers = {
    BoardInstructions: {
      instructions: [
        {
          id: 'a1',
          party: 'politie',
          description: 'Test de back-ups.',
          dueDate: isoDay(10),
          state: 'GEREED_GEMELD',
          reason: 'Bevinding van het onderzoek.',
          issuedAt: `${isoDay(-5)}T09:00:00.000Z`,
          doneReport: 'Gedaan.',
          reportedBy: 'politie-so',
          boardItem: null,
        },
      ],
      parties: [
        { code: 'politie', name: 'Politie', kind: 'HOOFDGEBRUIKER' },
        { code: 'smb', name: 'Strategisch Meldkamerberaad', kind: 'BERAAD' },
      ],
    },
  };

  it('lists the aanwijzingen with party names, states and reasons; the BMB gives and reviews them', () => {
    const html = render(createElement(BoardInstructionsPanel, { session: bmbMember }), answers);
    expect(text(html)).toContain('Politie');
    expect(text(html)).toContain('Gereed gemeld');
    expect(text(html)).toContain('Aanleiding: Bevinding van het onderzoek.');
    expect(text(html)).toContain('Aanwijzing geven');
    expect(html).toContain('aria-label="Aanwijzing aan Politie sluiten"');
    const smb = render(createElement(BoardInstructionsPanel, { session: smbMember }), answers);
    expect(text(smb)).not.toContain('Aanwijzing geven');
    expect(smb).not.toContain('Aanwijzing aan Politie sluiten');
  });
});

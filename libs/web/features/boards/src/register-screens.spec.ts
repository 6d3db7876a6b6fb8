/**
 * The registers screen rendered to HTML with a stand-in GraphQL client: what the LMS sees (co-users with
 * their category in Dutch, the responsible hoofdgebruiker by name, the representatives) and who may change
 * it. The NL Design System components are replaced by plain elements (their CommonJS build needs a bundler).
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
import type { PartyRegisterQuery } from '@mkib/web-data-access';
import { CoUserFormDialog, RegistersPanel } from './index';

const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
});

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

const politie = { code: 'politie', name: 'Politie' };
const register: PartyRegisterQuery = {
  partyRegister: {
    hoofdgebruikers: [politie, { code: 'kmar', name: 'Koninklijke Marechaussee' }],
    coUsers: [
      {
        party: { code: 'handhaving-amsterdam', name: 'Gemeente Amsterdam, Handhaving' },
        category: 'MEDEGEBRUIKER',
        responsibleHoofdgebruiker: politie,
        admittedOn: isoDay(-400),
        endsOn: null,
        active: true,
        facilities: ['GMS', 'OIS'],
        reportingArrangement: null,
        reportDue: null,
      },
      {
        party: { code: 'rijkswaterstaat', name: 'Rijkswaterstaat, verkeerscentrales' },
        category: 'BIJZONDERE_GEBRUIKER',
        responsibleHoofdgebruiker: null,
        admittedOn: isoDay(-400),
        endsOn: isoDay(-1),
        active: false,
        facilities: ['GMS'],
        reportingArrangement: 'Jaarlijkse rapportage aan de LMS.',
        reportDue: isoDay(30),
      },
    ],
    representatives: [{ party: politie, smb: ['A. de Vries'], bmb: ['B. Jansen'] }],
  },
};

describe('[SK-5.4] the registers the LMS keeps', () => {
  it('lists the co-users by name with the category in Dutch and the hoofdgebruiker by name', () => {
    const html = render(createElement(RegistersPanel, { canManage: true }), { PartyRegister: register });
    const shown = text(html);
    expect(shown).toContain('Registers');
    expect(shown).toContain('Gemeente Amsterdam, Handhaving Medegebruiker Politie');
    expect(shown).toContain('Bijzondere gebruiker Geen (rapporteert aan de LMS)');
    expect(shown).toContain('Jaarlijkse rapportage aan de LMS.');
    expect(shown).toContain('A. de Vries');
    expect(shown).toContain('Medegebruiker toelaten');
    // An ended co-user can be changed, not ended again.
    expect(html.match(/Beëindigen/g)).toHaveLength(1);
    expect(html).not.toContain('handhaving-amsterdam<');
  });

  it('shows no actions to those who only read it', () => {
    const shown = text(
      render(createElement(RegistersPanel, { canManage: false }), { PartyRegister: register }),
    );
    expect(shown).not.toContain('Medegebruiker toelaten');
    expect(shown).not.toContain('Wijzigen');
  });

  it('the admission form asks for a hoofdgebruiker and the facilities, with labels', () => {
    const html = render(
      createElement(CoUserFormDialog, {
        hoofdgebruikers: register.partyRegister.hoofdgebruikers,
        onClose: () => undefined,
        onSaved: () => undefined,
      }),
      {},
    );
    const shown = text(html);
    expect(shown).toContain('Medegebruiker toelaten');
    expect(shown).toContain('Verantwoordelijke hoofdgebruiker');
    expect(shown).toContain('Gedeelde voorzieningen');
    expect(shown).not.toContain('Rapportageafspraak');
    expect(html.match(/type="checkbox"/g)).toHaveLength(6);
  });
});

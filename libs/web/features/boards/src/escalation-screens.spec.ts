/**
 * The escalation screens rendered to HTML with a stand-in GraphQL client that answers per operation: the
 * list, the positions side by side with the missing parties marked, the deadline, the notice while the BMB
 * cannot decide, and who gets which form. The NL Design System components are replaced by plain elements.
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
import type { EscalationFieldsFragment, Session } from '@mkib/web-data-access';
import { EscalationDetail, EscalationsPanel } from './index';

/** Dates from the clock (never literal). */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
});

function render(element: ReactElement, answers: Record<string, unknown> = {}): string {
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

const session = (party: string, ...roles: string[]): Session => ({ username: `${party}-user`, party, roles });
const politie = { code: 'politie', name: 'Politie' };
const ambulance = { code: 'ambulance', name: 'Ambulancezorg' };
const brandweer = { code: 'brandweer', name: 'Brandweer' };

const escalation = (over: Partial<EscalationFieldsFragment> = {}): EscalationFieldsFragment => ({
  id: 'e1',
  title: 'Centrale logging',
  question: 'Moet de logging centraal worden bewaard?',
  raisedBy: 'security-officer@politie',
  raisedByParty: politie,
  raisedAt: `${isoDay(-2)}T10:00:00.000Z`,
  positionsDue: isoDay(5),
  state: 'OPEN',
  parties: [politie, ambulance, brandweer],
  positions: [
    {
      party: politie,
      stance: 'EENS',
      reasoning: 'Eenvoudiger onderzoek van incidenten.',
      recordedBy: 'security-officer@politie',
      recordedAt: `${isoDay(-1)}T09:00:00.000Z`,
    },
    {
      party: ambulance,
      stance: 'ONEENS',
      reasoning: 'Wij bewaren liever zelf.',
      recordedBy: 'security-officer@ambulance',
      recordedAt: `${isoDay(-1)}T11:00:00.000Z`,
    },
  ],
  missing: [brandweer],
  decidable: false,
  boardItem: {
    id: 'b1',
    kind: 'ESCALATION',
    title: 'Escalatie: Centrale logging',
    advice: 'Het SMB adviseert centraal.',
    advisedBy: 'smb-member@smb',
    decision: null,
    decisionText: null,
    decidedBy: null,
    advisedAt: null,
    decidedAt: null,
  },
  ...over,
});

describe('escalation screens', () => {
  it('lists the escalations with who is missing, and offers the secretary "Escalatie indienen"', () => {
    const t = text(
      render(createElement(EscalationsPanel, { session: session('smb', 'board-secretary') }), {
        Escalations: { escalations: [escalation()] },
      }),
    );
    expect(t).toContain('Escalaties');
    expect(t).toContain('Escalatie indienen');
    expect(t).toContain('Centrale logging');
    expect(t).toContain('Brandweer');
    expect(t).toContain('Open');
  });

  it('says so when there are none, and gives a viewer no forms', () => {
    const t = text(
      render(createElement(EscalationsPanel, { session: session('politie', 'viewer') }), {
        Escalations: { escalations: [] },
      }),
    );
    expect(t).toContain('Er zijn nog geen escalaties.');
    expect(t).not.toContain('Escalatie indienen');
  });

  it('shows the BMB the positions side by side, the missing party marked and why it cannot decide yet', () => {
    const html = render(
      createElement(EscalationDetail, {
        escalation: escalation(),
        session: session('bmb', 'bmb-member'),
        onChanged: () => undefined,
      }),
    );
    const t = text(html);
    expect(t).toContain('Moet de logging centraal worden bewaard?');
    expect(t).toContain('Eens');
    expect(t).toContain('Oneens');
    expect(t).toContain('Wij bewaren liever zelf.');
    expect(t).toContain('Ontbreekt nog');
    expect(html).toContain('data-missing="true"');
    expect(t).toContain(`Standpunten uiterlijk ${isoDay(5)}`);
    expect(t).toContain('Het BMB kan nog niet besluiten');
    expect(t).toContain('Besluit vastleggen');
    expect(t).not.toContain('Standpunt vastleggen');
  });

  it('gives a party asked "Standpunt vastleggen" and tells it it sees its own position only', () => {
    const own = escalation({ positions: [], missing: [politie, ambulance, brandweer] });
    const t = text(
      render(
        createElement(EscalationDetail, {
          escalation: own,
          session: session('politie', 'security-officer'),
          onChanged: () => undefined,
        }),
      ),
    );
    expect(t).toContain('Standpunt vastleggen');
    expect(t).toContain('U ziet alleen het standpunt van uw eigen partij.');
    expect(t).not.toContain('Besluit vastleggen');
  });

  it('lets the BMB decide once decidable, and shows the decision once taken', () => {
    const ready = text(
      render(
        createElement(EscalationDetail, {
          escalation: escalation({ decidable: true, missing: [] }),
          session: session('bmb', 'bmb-member'),
          onChanged: () => undefined,
        }),
      ),
    );
    expect(ready).toContain('Alle standpunten zijn binnen.');
    expect(ready).not.toContain('Het BMB kan nog niet besluiten');
    const decided = text(
      render(
        createElement(EscalationDetail, {
          escalation: escalation({
            state: 'BESLOTEN',
            decidable: true,
            boardItem: {
              ...escalation().boardItem!,
              decision: 'AANVAARD',
              decisionText: 'Centraal.',
              decidedBy: 'bmb-member@bmb',
            },
          }),
          session: session('politie', 'security-officer'),
          onChanged: () => undefined,
        }),
      ),
    );
    expect(decided).toContain('Aanvaard. Centraal.');
    expect(decided).not.toContain('Standpunt vastleggen');
  });
});

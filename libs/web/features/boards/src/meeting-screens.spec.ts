/**
 * The meeting screens rendered to HTML with a stand-in GraphQL client that answers per operation: what each
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
import type { MeetingFieldsFragment, Session } from '@mkib/web-data-access';
import { MeetingDetails, MeetingsPanel } from './index';
import { MinutesDialog, PlanMeetingDialog } from './meeting-screens';

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

const session = (party: string, ...roles: string[]): Session => ({ username: `${party}-user`, party, roles });
const smbSecretary = session('smb', 'board-secretary');
const bmbSecretary = session('bmb', 'board-secretary');
const bmbMember = session('bmb', 'bmb-member');

const item = (id: string, kind: string, title: string, patch: object = {}) => ({
  id,
  kind,
  title,
  party: 'smb',
  year: 1,
  submittedAt: `${isoDay(-3)}T10:00:00.000Z`,
  advice: null,
  advisedBy: null,
  advisedAt: null,
  decision: null,
  decisionText: null,
  decidedBy: null,
  decidedAt: null,
  ...patch,
});

const meeting = (patch: Partial<MeetingFieldsFragment> = {}): MeetingFieldsFragment =>
  ({
    id: 'm1',
    board: 'SMB',
    date: isoDay(10),
    title: 'Vergadering SMB',
    location: 'Driebergen',
    state: 'GEPLAND',
    minutes: null,
    minutesRecordedBy: null,
    minutesRecordedAt: null,
    createdBy: 'secretaris',
    attendance: [],
    agenda: [
      { position: 1, minute: null, item: item('i1', 'SIGNAL', 'Signaal: GMS naar BBN3') },
      {
        position: 2,
        minute: null,
        item: item('i2', 'FREE', 'Uitwijk brandweer', {
          advice: 'Het SMB adviseert te beproeven.',
          advisedBy: 'smb-lid',
          advisedAt: `${isoDay(-1)}T10:00:00.000Z`,
        }),
      },
    ],
    ...patch,
  }) as MeetingFieldsFragment;

const parties = {
  MeetingParties: {
    parties: [
      { code: 'brandweer', name: 'Brandweer', kind: 'HOOFDGEBRUIKER' },
      { code: 'smb', name: 'Strategisch Meldkamer Beraad', kind: 'BESTUUR' },
    ],
  },
};
const sources = {
  MeetingSources: {
    boardItems: [{ id: 'b1', kind: 'BBP', title: 'BBP', decision: null }],
    smbSignals: {
      items: [{ id: 's1', kind: 'BBN_VERHOOGD', summary: 'GMS naar BBN3', receivedAt: isoDay(-2) }],
    },
    bbpYears: [{ year: 1 }],
  },
};

describe('meetings', () => {
  it('lists the meetings with their board and state; the secretary gets "Vergadering plannen"', () => {
    const answers = {
      Meetings: {
        meetings: [
          {
            id: 'm1',
            board: 'SMB',
            date: isoDay(10),
            title: 'Vergadering SMB',
            location: null,
            state: 'GEPLAND',
          },
        ],
      },
    };
    const html = render(createElement(MeetingsPanel, { session: smbSecretary }), answers);
    expect(text(html)).toContain('Vergaderingen');
    expect(text(html)).toContain('SMB: Vergadering SMB (Gepland)');
    expect(html).toContain('Vergadering plannen');
    expect(render(createElement(MeetingsPanel, { session: bmbMember }), answers)).not.toContain(
      'Vergadering plannen',
    );
    expect(
      text(render(createElement(MeetingsPanel, { session: bmbMember }), { Meetings: { meetings: [] } })),
    ).toContain('Er zijn nog geen vergaderingen.');
  });

  it('shows the agenda in order with Dutch kinds; the secretary orders, removes and adds items', () => {
    const html = render(
      createElement(MeetingDetails, { id: 'm1', session: smbSecretary, onBack: () => {} }),
      {
        MeetingOne: { meeting: meeting() },
        ...parties,
        ...sources,
      },
    );
    const shown = text(html);
    expect(shown).toContain('SMB: Vergadering SMB');
    expect(shown.indexOf('Signaal : Signaal: GMS naar BBN3')).toBeLessThan(
      shown.indexOf('Vrij agendapunt : Uitwijk brandweer'),
    );
    expect(shown).toContain('Omhoog punt 2: Uitwijk brandweer');
    expect(shown).toContain('Van de agenda halen punt 1: Signaal: GMS naar BBN3');
    expect(shown).toContain('Agendapunt toevoegen');
    expect(shown).toContain('Vergaderstukken downloaden (PDF)');
    expect(shown).toContain('Notulen vastleggen');
    // The SMB secretary advises the item without advice.
    expect(shown).toContain('Advies vastleggen');
  });

  it('another board reads the meeting without changing it; the BMB decides after the advice', () => {
    const html = render(
      createElement(MeetingDetails, { id: 'm1', session: bmbSecretary, onBack: () => {} }),
      {
        MeetingOne: { meeting: meeting() },
        ...parties,
      },
    );
    const shown = text(html);
    expect(shown).not.toContain('Agendapunt toevoegen');
    expect(shown).not.toContain('Omhoog');
    expect(shown).not.toContain('Notulen vastleggen');
    expect(shown).toContain('Besluit vastleggen');
    expect(shown).toContain('Aanvaard met aanwijzing');
  });

  it('a held meeting shows attendance by party name and the minutes; its agenda is fixed', () => {
    const held = meeting({
      state: 'GEHOUDEN',
      minutes: 'De vergadering bespreekt de uitwijk.',
      minutesRecordedBy: 'secretaris',
      minutesRecordedAt: `${isoDay(0)}T12:00:00.000Z`,
      attendance: [{ name: 'A. Voorzitter', present: true, party: { code: 'brandweer', name: 'Brandweer' } }],
    });
    const shown = text(
      render(createElement(MeetingDetails, { id: 'm1', session: smbSecretary, onBack: () => {} }), {
        MeetingOne: { meeting: held },
        ...parties,
      }),
    );
    expect(shown).toContain('Gehouden');
    expect(shown).toContain('A. Voorzitter (Brandweer): aanwezig');
    expect(shown).toContain('De vergadering bespreekt de uitwijk.');
    expect(shown).toContain('Notulen corrigeren');
    expect(shown).not.toContain('Agendapunt toevoegen');
  });

  it('the forms: plan a meeting, and the minutes with attendance rows and a minute per item', () => {
    const plan = text(
      render(createElement(PlanMeetingDialog, { board: 'SMB', onClose() {}, onSaved() {} }), {}),
    );
    expect(plan).toContain('Datum');
    expect(plan).toContain('Titel');
    expect(plan).toContain('Vergadering plannen');
    const minutes = text(
      render(
        createElement(MinutesDialog, {
          meeting: meeting(),
          parties: [{ code: 'brandweer', name: 'Brandweer' }],
          onClose() {},
          onSaved() {},
        }),
        {},
      ),
    );
    expect(minutes).toContain('Naam deelnemer 1');
    expect(minutes).toContain('Deelnemer 1 aanwezig');
    expect(minutes).toContain('Notulen bij punt 2: Uitwijk brandweer');
    expect(minutes).toContain('Notulen vastleggen');
  });
});

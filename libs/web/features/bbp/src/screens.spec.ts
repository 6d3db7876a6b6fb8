/**
 * The BBP screens rendered to HTML with a stand-in GraphQL client that answers per operation: what each
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
import type { BbpConsolidationQuery, BbpProgressOverviewQuery, Session } from '@mkib/web-data-access';
import {
  BbpYearPanel,
  PartyCalendar,
  PdcaCalendar,
  ProgressOverviewPanel,
  WishesConsolidation,
} from './index';
import { CalendarFormDialog } from './calendar-form';
import { WishFormDialog } from './wish-form';

/** Dates from the clock (never literal): `isoDay(n)` is today plus n days, `currentYear()` this year (UTC). */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const currentYear = () => new Date().getUTCFullYear();

const year = currentYear();
const day = (month: number, d: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

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

const politie = { code: 'politie', name: 'Politie' };
const lms = { code: 'lms', name: 'Landelijke Meldkamer Samenwerking' };

type Year = NonNullable<BbpConsolidationQuery['bbpYear']>;
type Wish = BbpConsolidationQuery['wishes'][number];

const bbpYear = (patch: Partial<Year> = {}): Year => ({
  year,
  policyVersion: 2,
  state: 'OPEN',
  wishesDeadline: day(3, 1),
  progressReportMoments: [day(4, 30), day(9, 30)],
  smbMeetings: [day(5, 20)],
  bmbMeetings: [day(6, 10)],
  adoptionDate: day(6, 10),
  paragraph: null,
  consolidatedBy: null,
  consolidatedAt: null,
  openedBy: 'secretaris',
  openedAt: `${day(1, 5)}T09:00:00.000Z`,
  wishParties: [
    { party: politie, description: 'de korpsbeheerder', submitted: 1, late: 1 },
    { party: lms, description: 'de LMS', submitted: 1, late: 0 },
  ],
  boardItem: null,
  ...patch,
});

const wish = (patch: Partial<Wish> = {}): Wish => ({
  id: 'w1',
  year,
  party: politie,
  subject: 'Logging centraliseren',
  reasoning: 'Eén SIEM voor alle meldkamers.',
  estimatedCost: 125000,
  priority: 'HOOG',
  submittedBy: 'politie-so',
  submittedAt: `${day(3, 2)}T10:00:00.000Z`,
  late: true,
  withdrawn: false,
  disposition: null,
  dispositionNote: null,
  ...patch,
});

const opened = { BbpYears: { bbpYears: [{ year, state: 'OPEN' }] } };

describe('the PDCA calendar', () => {
  it('has its heading, the entries in date order and today marked "Vandaag" between past and future', () => {
    const html = render(createElement(PdcaCalendar, { year }), {
      BbpCalendar: {
        calendar: [
          {
            milestone: 'BMB_VERGADERING',
            date: isoDay(30),
            label: 'Vergadering BMB',
            cycleYear: null,
            period: null,
          },
          { milestone: 'WENSEN', date: isoDay(-30), label: 'Wensen indienen', cycleYear: null, period: null },
        ],
      },
    });
    expect(html).toContain(`<h2 id="pdca-calendar-${year}">PDCA-kalender ${year}</h2>`);
    const t = text(html);
    expect(t.indexOf('Wensen indienen')).toBeLessThan(t.indexOf('Vandaag'));
    expect(t.indexOf('Vandaag')).toBeLessThan(t.indexOf('Vergadering BMB'));
    expect(html).toContain('aria-current="date"');
    expect(t).toContain('Wensen indienen (geweest)');
    expect(t).toContain('Vergadering BMB (komt nog)');
  });

  it('says when a year has no dates yet, and still shows today', () => {
    const t = text(render(createElement(PdcaCalendar, { year }), { BbpCalendar: { calendar: [] } }));
    expect(t).toContain(`Voor ${year} staan nog geen datums in de kalender.`);
    expect(t).toContain('Vandaag');
  });
});

describe('a party’s Kalender tab', () => {
  const answers = {
    ...opened,
    BbpCalendar: { calendar: [] },
    BbpConsolidation: {
      bbpYear: bbpYear(),
      wishes: [wish(), wish({ id: 'w2', subject: 'Oud', withdrawn: true, late: false })],
    },
  };

  it('shows the security officer of a party of art. 1e its own wishes, late marked, to add and withdraw', () => {
    const t = text(
      render(createElement(PartyCalendar, { session: session('politie', 'security-officer') }), answers),
    );
    expect(t).toContain(`PDCA-kalender ${year}`);
    expect(t).toContain(`Onze wensen voor het BBP ${year}`);
    expect(t).toContain('Logging centraliseren Te laat');
    expect(t).toContain('€ 125.000');
    expect(t).toContain('Hoog');
    expect(t).toContain('Wens indienen');
    expect(t).toContain('Intrekken : Logging centraliseren');
    expect(t).not.toContain('Intrekken : Oud');
    expect(t).toContain('ingetrokken');
  });

  it('shows the calendar only to a viewer, and to a hoofdgebruiker that is not a party of art. 1e', () => {
    for (const who of [session('politie', 'viewer'), session('kmar', 'security-officer')]) {
      const t = text(render(createElement(PartyCalendar, { session: who }), answers));
      expect(t).toContain(`PDCA-kalender ${year}`);
      expect(t).not.toContain('Onze wensen');
    }
  });

  it('tells the party the round is closed once the wishes are consolidated', () => {
    const t = text(
      render(createElement(PartyCalendar, { session: session('lms', 'lms-operator') }), {
        ...answers,
        BbpConsolidation: { bbpYear: bbpYear({ state: 'GECONSOLIDEERD' }), wishes: [wish()] },
      }),
    );
    expect(t).toContain('De wensenronde is gesloten');
    expect(t).not.toContain('Wens indienen');
    // The LMS reads every party's wishes; its own list shows its own only.
    expect(t).not.toContain('Logging centraliseren');
    expect(t).toContain('Er zijn nog geen wensen ingediend.');
  });
});

describe('the boards’ BBP en kalender', () => {
  it('offers the secretary to open a year not opened, and no one else', () => {
    const answers = { ...opened, BbpYear: { bbpYear: null }, BbpCalendar: { calendar: [] } };
    const own = text(render(createElement(BbpYearPanel, { session: secretary }), answers));
    expect(own).toContain(`Het BBP-jaar ${year} is nog niet geopend.`);
    expect(own).toContain(`BBP-jaar ${year} openen`);
    const member = text(
      render(createElement(BbpYearPanel, { session: session('smb', 'smb-member') }), answers),
    );
    expect(member).not.toContain(`BBP-jaar ${year} openen`);
  });

  it('shows an opened year’s state and dates, and lets the secretary move them, after the adoption too', () => {
    const answers = { ...opened, BbpYear: { bbpYear: bbpYear() }, BbpCalendar: { calendar: [] } };
    const t = text(render(createElement(BbpYearPanel, { session: secretary }), answers));
    expect(t).toContain('Stand: open (wensenronde loopt). Beleidsversie 2.');
    expect(t).toContain('Wensen indienen uiterlijk 1 maart');
    expect(t).toContain('Datums wijzigen');
    const adopted = { ...answers, BbpYear: { bbpYear: bbpYear({ state: 'VASTGESTELD' }) } };
    expect(text(render(createElement(BbpYearPanel, { session: secretary }), adopted))).toContain(
      'Datums wijzigen',
    );
  });

  it('has the whole calendar in one form, prefilled when moving the dates', () => {
    const html = render(
      createElement(CalendarFormDialog, { year, opened: bbpYear(), onClose: () => {}, onSaved: () => {} }),
      {},
    );
    const t = text(html);
    for (const label of [
      'Voortgangsrapportages',
      'Vergaderingen SMB',
      'Vergaderingen BMB',
      `ICV-cyclus ${year - 1}`,
    ])
      expect(t).toContain(label);
    expect(html).toContain(`value="${day(9, 30)}"`);
    expect(html).toContain('aria-label="Voortgangsrapportage 2"');
    expect(html).toContain('role="dialog"');
    expect(t).toContain('Datums opslaan');
  });
});

describe('the boards’ Wensen', () => {
  const answers = (y: Year, wishes: Wish[]) => ({ ...opened, BbpConsolidation: { bbpYear: y, wishes } });

  it('gives the secretary the wishes per party, late marked, with a disposition each and the paragraph', () => {
    const html = render(
      createElement(WishesConsolidation, { session: secretary }),
      answers(bbpYear(), [wish()]),
    );
    const t = text(html);
    expect(t).toContain('Politie (totaal € 125.000)');
    expect(t).toContain('Landelijke Meldkamer Samenwerking (totaal € 0)');
    expect(t).toContain('Logging centraliseren Te laat');
    expect(html).toContain('data-late="true"');
    expect(html).toContain('aria-label="Verwerking van de wens &quot;Logging centraliseren&quot;"');
    expect(t).toContain('Tekst van de informatiebeveiligingsparagraaf');
    expect(t).toContain('Wensen consolideren');
    expect(t).toContain('Wens namens een partij vastleggen');
    expect(t).not.toContain('Voorleggen ter vaststelling');
  });

  it('lets the secretary put a consolidated BBP before the boards', () => {
    const y = bbpYear({
      state: 'GECONSOLIDEERD',
      paragraph: 'De paragraaf.',
      consolidatedBy: 'secretaris',
      consolidatedAt: `${day(3, 5)}T08:00:00Z`,
    });
    const t = text(
      render(
        createElement(WishesConsolidation, { session: secretary }),
        answers(y, [wish({ disposition: 'OPGENOMEN' })]),
      ),
    );
    expect(t).toContain('Voorleggen ter vaststelling');
    expect(t).toContain('Consolidatie bijwerken');
  });

  it('is read-only for the boards’ members, and shows the BBP’s item with its kind in Dutch', () => {
    const y = bbpYear({
      state: 'VOORGELEGD',
      paragraph: 'De paragraaf.',
      boardItem: {
        id: 'item-1',
        kind: 'BBP',
        title: `BBP ${year}`,
        year,
        submittedAt: `${day(5, 1)}T08:00:00Z`,
        advice: 'Positief',
        advisedBy: 'smb-lid',
        advisedAt: `${day(5, 20)}T08:00:00Z`,
        decision: null,
        decisionText: null,
        decidedBy: null,
        decidedAt: null,
      },
    });
    const html = render(
      createElement(WishesConsolidation, { session: session('bmb', 'bmb-member') }),
      answers(y, [wish({ disposition: 'UITGESTELD', dispositionNote: 'volgend jaar' })]),
    );
    const t = text(html);
    expect(html).not.toContain('<select name="disposition-');
    expect(t).toContain('Uitgesteld: volgend jaar');
    expect(t).toContain('De paragraaf.');
    expect(t).toContain(`Beleids- en bestedingsplan : BBP ${year}`);
    expect(t).toContain('Advies SMB: Positief (smb-lid)');
    expect(t).toContain('Vastgesteld');
    expect(t).toContain('Besluit vastleggen');
  });

  it('has a wish form with the party to choose for the secretary, saying when it will be late', () => {
    const t = text(
      render(
        createElement(WishFormDialog, {
          year,
          parties: [politie, lms],
          afterDeadline: true,
          onClose: () => {},
          onSaved: () => {},
        }),
        {},
      ),
    );
    for (const label of [
      'Namens partij',
      'Onderwerp',
      'Onderbouwing',
      'Geraamde kosten (euro)',
      'Prioriteit',
    ])
      expect(t).toContain(label);
    expect(t).toContain('gemarkeerd als te laat');
  });
});

describe('the boards’ Voortgang', () => {
  const period = {
    year,
    period: 1,
    due: day(4, 30),
    reports: [
      {
        party: politie,
        reportId: 'r1',
        policyVersion: 2,
        total: 10,
        done: 3,
        onTrack: 8,
        overdue: 2,
        withoutOwner: 1,
        percentOnTrack: 80,
        submittedAt: `${day(5, 2)}T08:00:00Z`,
        late: true,
      },
    ],
    missing: [lms],
    total: 10,
    onTrack: 8,
    overdue: 2,
    withoutOwner: 1,
    percentOnTrack: 80,
  };
  const overview: BbpProgressOverviewQuery = {
    progressOverview: {
      year,
      plans: [
        {
          party: politie,
          policyVersion: 2,
          state: 'BIJWERKEN_VEREIST',
          updateDueDate: day(6, 1),
          total: 10,
          onTrack: 8,
          overdue: 2,
          withoutOwner: 1,
          updatedAt: `${day(5, 2)}T08:00:00Z`,
        },
      ],
      periods: [period],
    },
    boardItems: [
      {
        id: 'item-2',
        kind: 'PROGRESS_REPORTS',
        title: `Voortgangsrapportages ${year} periode 1`,
        year,
        submittedAt: `${day(5, 2)}T08:00:00Z`,
        advice: null,
        advisedBy: null,
        advisedAt: null,
        decision: null,
        decisionText: null,
        decidedBy: null,
        decidedAt: null,
        progressPeriod: period,
      },
    ],
  };

  it('shows plans and periods across parties as counts, with the missing parties and the agenda item', () => {
    const t = text(
      render(createElement(ProgressOverviewPanel, { session: session('smb', 'smb-member') }), {
        ...opened,
        BbpProgressOverview: overview,
      }),
    );
    expect(t).toContain(`Voortgang implementatie ${year}`);
    expect(t).toContain('Bijwerken vereist vóór 1 juni');
    expect(t).toContain(
      '1 rapportages: 8 van 10 regels op schema (80%), 2 achterstallig, 1 zonder eigenaar.',
    );
    expect(t).toContain('Politie Te laat');
    expect(t).toContain('Ontbreekt nog: Landelijke Meldkamer Samenwerking.');
    expect(t).toContain(`Voortgangsrapportages : Voortgangsrapportages ${year} periode 1`);
    expect(t).toContain('Advies vastleggen');
    expect(t).not.toContain('Besluit vastleggen');
  });
});

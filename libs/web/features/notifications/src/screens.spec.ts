/**
 * The notification list, the e-mail preference, the lead times and the mail outbox rendered to HTML with a stand-in GraphQL client that answers per operation (as the BBP screens'
 * tests do): what each person sees. The NL Design System components are replaced by plain elements
 * (their CommonJS build needs a bundler).
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

import type { NotificationFieldsFragment } from '@mkib/web-data-access';
import {
  MailOutbox,
  MailPreferenceForm,
  NotificationList,
  NotificationsButton,
  ReminderSettingsForm,
} from './index';

/** Dates from the clock (never literal). */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

type Item = NotificationFieldsFragment['items'][number];
const item = (patch: Partial<Item>): Item => ({
  id: 'n1',
  milestone: 'PLAN_BIJWERKEN',
  kind: 'VOORAF',
  party: 'politie',
  deadline: isoDay(12),
  daysLeft: 12,
  subjectId: 'p2',
  title: null,
  link: '/web-politie/implementatieplan',
  read: false,
  ...patch,
});

const list = (items: Item[]) => ({
  MyNotifications: { myNotifications: { items, unread: items.filter((i) => !i.read).length } },
});

const noop = () => undefined;

describe('the notification list', () => {
  it('shows each reminder in words, read or unread, with a link to its task', () => {
    const html = render(
      createElement(NotificationList, { onNavigate: noop }),
      list([
        item({}),
        item({
          id: 'n2',
          milestone: 'BEVINDING',
          kind: 'VERLOPEN',
          deadline: isoDay(-3),
          daysLeft: -3,
          title: 'BIO2 5.01.01: Beleid verouderd',
          link: '/web-politie/zelfevaluatie',
          read: true,
        }),
        item({
          id: 'n3',
          milestone: 'WENSEN',
          daysLeft: 0,
          deadline: isoDay(0),
          link: 'https://elders.example/x',
        }),
      ]),
    );
    const t = text(html);
    expect(t).toContain('Ongelezen: 2');
    expect(t).toContain(`Implementatieplan bijwerken (politie): uiterlijk ${isoDay(12)}, nog 12 dagen.`);
    expect(t).toContain(
      `Bevinding: BIO2 5.01.01: Beleid verouderd (politie): de termijn verstreek op ${isoDay(-3)}, 3 dagen geleden.`,
    );
    expect(t).toContain(`Wensen voor het BBP (politie): uiterlijk vandaag (${isoDay(0)}).`);
    expect(t).toContain('Termijn verstreken');
    expect(html).toContain('href="/web-politie/implementatieplan"');
    // A link out of this web is not followed.
    expect(html).not.toContain('elders.example');
    expect(html).toMatch(/data-notification="PLAN_BIJWERKEN" data-read="false"/);
    expect(html).toMatch(/data-notification="BEVINDING" data-read="true"/);
    expect(t).toContain('Alles als gelezen markeren');
    expect(t).toContain('Markeer als ongelezen');
  });

  it('says when there are none', () => {
    expect(text(render(createElement(NotificationList, { onNavigate: noop }), list([])))).toContain(
      'U hebt geen meldingen.',
    );
  });

  it('counts the unread on the header button', () => {
    const html = render(
      createElement(NotificationsButton, { onNavigate: noop }),
      list([item({}), item({ id: 'n2' })]),
    );
    expect(html).toContain('aria-label="Meldingen, 2 ongelezen"');
    expect(text(html)).toBe('Meldingen 2');
  });
});

describe('the e-mail preference', () => {
  it('names the address and the choice', () => {
    const t = text(
      render(createElement(MailPreferenceForm), {
        MyMailPreference: { myMailPreference: { digest: 'DAGELIJKS', email: 'so.politie@mkib.invalid' } },
      }),
    );
    expect(t).toContain('Herinneringen per e-mail gaan naar so.politie@mkib.invalid.');
    expect(t).toContain('Dagelijks één overzicht');
    expect(t).toContain('Geen e-mail');
  });

  it('says so when the account has no address', () => {
    const t = text(
      render(createElement(MailPreferenceForm), {
        MyMailPreference: { myMailPreference: { digest: 'DAGELIJKS', email: null } },
      }),
    );
    expect(t).toContain('Uw account heeft geen e-mailadres');
  });
});

describe('the LMS screens', () => {
  it('list the lead time per milestone, marking the defaults', () => {
    const html = render(createElement(ReminderSettingsForm), {
      ReminderSettings: {
        reminderSettings: [
          { milestone: 'ICV_INDIENING', leadDays: 30, isDefault: true },
          { milestone: 'VOORTGANGSRAPPORTAGE', leadDays: 10, isDefault: false },
        ],
      },
    });
    const t = text(html);
    expect(t).toContain('Termijnen van herinneringen');
    expect(t).toContain('Indiening ICV');
    expect(t).toContain('(standaard)');
    expect(html).toContain('aria-label="Dagen vooraf voor Voortgangsrapportage"');
    expect(html).toContain('value="10"');
    expect(t.match(/\(standaard\)/g)).toHaveLength(1);
  });

  it('list the mail sent, with its channel in words', () => {
    const t = text(
      render(createElement(MailOutbox), {
        MailOutbox: {
          mailOutbox: {
            total: 1,
            items: [
              {
                id: 'm1',
                to: 'so.politie@mkib.invalid',
                subject: 'MKIB: 1 herinnering',
                text: 'Implementatieplan bijwerken',
                createdAt: `${isoDay(0)}T06:00:00.000Z`,
                channel: 'OUTBOX',
              },
            ],
          },
        },
      }),
    );
    expect(t).toContain('Verzonden e-mail 1 tot en met 1 van 1');
    expect(t).toContain('so.politie@mkib.invalid');
    expect(t).toContain('MKIB: 1 herinnering');
    expect(t).toContain('Lokale uitbak');
    expect(t).toContain('Dagelijks overzicht nu versturen');
  });

  it('say when no mail was sent', () => {
    expect(
      text(render(createElement(MailOutbox), { MailOutbox: { mailOutbox: { total: 0, items: [] } } })),
    ).toContain('Er is nog geen e-mail verstuurd.');
  });
});

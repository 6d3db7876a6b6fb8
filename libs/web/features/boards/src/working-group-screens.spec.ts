/**
 * The working groups' screens rendered to HTML with a stand-in GraphQL client that answers per operation:
 * what each person sees (the groups with members by party name, the state, the reports with advice and
 * decision) and who gets which button and form. The NL Design System components are replaced by plain
 * elements (their CommonJS build needs a bundler).
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
import type { Session, WorkingGroupsQuery } from '@mkib/web-data-access';
import { WorkingGroupsPanel } from './index';
import { WorkingGroupFormDialog, workingGroupFormProblems } from './working-group-form';
import { WorkingGroupReportDialog } from './working-group-report';

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
const secretary = session('smb', 'board-secretary');

type Group = WorkingGroupsQuery['workingGroups'][number];
const report = (over: Partial<Group['reports'][number]> = {}) => ({
  __typename: 'BoardItem' as const,
  id: 'item-1',
  kind: 'WORKING_GROUP_REPORT' as const,
  title: 'Werkgroep Incidentrespons: Eerste rapportage',
  submittedAt: `${isoDay(-3)}T10:00:00.000Z`,
  advice: null,
  advisedBy: null,
  decision: null,
  decisionText: null,
  decidedBy: null,
  ...over,
});
const group = (over: Partial<Group> = {}): Group =>
  ({
    __typename: 'WorkingGroup',
    id: 'wg-1',
    name: 'Incidentrespons',
    mandate: 'Werkt een gezamenlijk draaiboek uit.',
    state: 'ACTIEF',
    establishedOn: isoDay(-30),
    dissolvedOn: null,
    members: [
      { party: { code: 'lms', name: 'Landelijke Meldkamer Samenwerking' }, name: 'A. de Vries' },
      { party: { code: 'politie', name: 'Politie' }, name: 'B. Jansen' },
    ],
    reports: [],
    ...over,
  }) as unknown as Group;
const answers = (groups: Group[]) => ({ WorkingGroups: { workingGroups: groups } });

describe('[SK-3.7] the boards’ working groups', () => {
  it('lists a group with its mandate, members by party name and state, and the secretary’s buttons', () => {
    const html = render(createElement(WorkingGroupsPanel, { session: secretary }), answers([group()]));
    const t = text(html);
    expect(t).toContain('Werkgroepen');
    expect(t).toContain('Incidentrespons');
    expect(t).toContain('Werkt een gezamenlijk draaiboek uit.');
    expect(t).toContain('A. de Vries (Landelijke Meldkamer Samenwerking)');
    expect(t).toContain('B. Jansen (Politie)');
    expect(t).toContain('Actief');
    expect(t).toContain('Nog geen rapportages.');
    for (const button of ['Werkgroep instellen', 'Rapportage indienen', 'Wijzigen', 'Opheffen'])
      expect(t).toContain(button);
    expect(html).toContain('aria-label="Werkgroep Incidentrespons opheffen"');
  });

  it('gives a party the list to read, without buttons', () => {
    const t = text(
      render(
        createElement(WorkingGroupsPanel, { session: session('politie', 'security-officer') }),
        answers([group()]),
      ),
    );
    expect(t).toContain('B. Jansen (Politie)');
    for (const button of ['Werkgroep instellen', 'Rapportage indienen', 'Wijzigen', 'Opheffen'])
      expect(t).not.toContain(button);
  });

  it('shows no buttons on a dissolved group, and says when it was dissolved', () => {
    const dissolvedOn = isoDay(-1);
    const t = text(
      render(
        createElement(WorkingGroupsPanel, { session: secretary }),
        answers([group({ state: 'OPGEHEVEN', dissolvedOn })]),
      ),
    );
    expect(t).toContain('Opgeheven');
    expect(t).toContain(`Opgeheven op ${dissolvedOn}`);
    expect(t).not.toContain('Rapportage indienen');
  });

  it('shows a report with the SMB’s advice and the BMB’s decision; the BMB its form after the advice', () => {
    const advised = group({
      reports: [report({ advice: 'Overnemen.', advisedBy: 'smb-member@smb' })],
    } as Partial<Group>);
    const bmb = text(
      render(
        createElement(WorkingGroupsPanel, { session: session('bmb', 'bmb-member') }),
        answers([advised]),
      ),
    );
    expect(bmb).toContain('Werkgroep Incidentrespons: Eerste rapportage');
    expect(bmb).toContain('Advies SMB: Overnemen. (smb-member@smb)');
    expect(bmb).toContain('Het BMB heeft nog niet besloten.');
    expect(bmb).toContain('Besluit vastleggen');
    const decided = group({
      reports: [report({ advice: 'Overnemen.', decision: 'AANVAARD', decisionText: 'Akkoord.' })],
    } as Partial<Group>);
    const smb = text(
      render(
        createElement(WorkingGroupsPanel, { session: session('smb', 'smb-member') }),
        answers([decided]),
      ),
    );
    expect(smb).toContain('Besluit BMB: Aanvaard. Akkoord.');
    expect(smb).not.toContain('Advies vastleggen');
  });

  it('says when there are no groups yet, and shows loading before the answer', () => {
    expect(text(render(createElement(WorkingGroupsPanel, { session: secretary }), answers([])))).toContain(
      'Er zijn nog geen werkgroepen.',
    );
    expect(text(render(createElement(WorkingGroupsPanel, { session: secretary }), {}))).not.toContain(
      'Incidentrespons',
    );
  });

  it('opens the form with member rows: a party among the LMS and the hoofdgebruikers, by name', () => {
    const html = render(
      createElement(WorkingGroupFormDialog, { group: group(), onClose() {}, onSaved() {} }),
      {
        WorkingGroupParties: {
          parties: [
            { code: 'lms', name: 'Landelijke Meldkamer Samenwerking', kind: 'BEHEERDER' },
            { code: 'politie', name: 'Politie', kind: 'HOOFDGEBRUIKER' },
            { code: 'smb', name: 'Strategisch Meldkamer Beraad', kind: 'BESTUURSORGAAN' },
            { code: 'rode-kruis', name: 'Rode Kruis', kind: 'MEDEGEBRUIKER' },
          ],
        },
      },
    );
    const t = text(html);
    expect(html).toContain('role="dialog"');
    expect(t).toContain('Werkgroep Incidentrespons wijzigen');
    expect(t).toContain('Partij van lid 1');
    expect(t).toContain('Naam van lid 2');
    expect(t).toContain('Lid 2 verwijderen');
    expect(t).toContain('Lid toevoegen');
    expect(t).toContain('Politie');
    expect(t).not.toContain('Strategisch Meldkamer Beraad');
    expect(t).not.toContain('Rode Kruis');
  });

  it('checks the form before sending', () => {
    expect(
      workingGroupFormProblems({
        name: ' ',
        mandate: '',
        members: [{ key: 0, party: '', name: ' ' }],
      }),
    ).toEqual({ name: 'required', mandate: 'required', 'party-0': 'party', 'name-0': 'required' });
    expect(workingGroupFormProblems({ name: 'A', mandate: 'B', members: [] })).toEqual({
      members: 'noMembers',
    });
  });

  it('opens the report form with a title and a summary', () => {
    const t = text(
      render(
        createElement(WorkingGroupReportDialog, {
          group: { id: 'wg-1', name: 'Incidentrespons' },
          onClose() {},
          onSaved() {},
        }),
        {},
      ),
    );
    expect(t).toContain('Rapportage van werkgroep Incidentrespons');
    expect(t).toContain('Titel');
    expect(t).toContain('Samenvatting');
    expect(t).toContain('Op de SMB-agenda zetten');
  });
});

/**
 * The Implementatieplan tab and its progress panel rendered to HTML with a stand-in GraphQL client that answers per operation (as the BBP screens'
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

import type { PlanFieldsFragment, ProgressFieldsFragment, Session } from '@mkib/web-data-access';
import { ImplementationPlanPanel, ProgressPanel } from './index';
import { LineDialog } from './line-dialog';
import { emptyLineForm } from './plan-lines';

/** Dates from the clock (never literal). */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const year = new Date().getUTCFullYear();

const session = (username: string, ...roles: string[]): Session => ({ username, party: 'politie', roles });
const officer = session('so@politie', 'security-officer');
const official = session('ao@politie', 'accountable-official');
const viewer = session('viewer@politie', 'viewer');

type Line = PlanFieldsFragment['lines'][number];
const line = (patch: Partial<Line> = {}): Line => ({
  id: 'l1',
  kind: 'MAATREGEL',
  measure: { frameworkCode: 'BIO2', identifier: '5.01.01' },
  policyRule: null,
  description: 'Beleid herzien',
  owner: 'CISO politie',
  dueDate: isoDay(30),
  status: 'IN_UITVOERING',
  overdue: false,
  carriedOver: false,
  findings: [],
  exceptions: [],
  riskTreatments: [],
  updatedBy: 'so@politie',
  updatedAt: `${isoDay(-1)}T10:00:00.000Z`,
  ...patch,
});

const plan = (patch: Partial<PlanFieldsFragment> = {}): PlanFieldsFragment => ({
  id: 'p2',
  party: 'politie',
  policyVersion: 2,
  state: 'ACTUEEL',
  updateDueDate: null,
  previousPolicyVersion: 1,
  confirmedBy: null,
  confirmedAt: null,
  versions: [2, 1],
  rollUp: { total: 2, done: 0, onTrack: 1, overdue: 1, withoutOwner: 1, percentOnTrack: 50 },
  lines: [
    line({
      findings: [
        {
          id: 'f1',
          frameworkCode: 'BIO2',
          identifier: '5.01.01',
          description: 'Beleid verouderd',
          status: 'OPEN',
        },
      ],
      exceptions: [
        { year, frameworkCode: 'BIO2', identifier: '5.01.01', explanation: 'Later', plannedDate: isoDay(40) },
      ],
      riskTreatments: [
        {
          treatmentId: 't1',
          analysisId: 'a1',
          analysisNumber: 'RA-1',
          riskTitle: 'Uitval GMS',
          kind: 'ACCEPTEREN',
          description: 'Accepteren',
          dueDate: isoDay(50),
        },
      ],
    }),
    line({
      id: 'l2',
      kind: 'BELEIDSREGEL',
      measure: null,
      policyRule: 'TB-03',
      description: 'Toegangsbeleid actualiseren',
      owner: null,
      dueDate: isoDay(-5),
      status: 'GEPLAND',
      overdue: true,
      carriedOver: true,
    }),
  ],
  ...patch,
});

const answersFor = (p: PlanFieldsFragment, reports: ProgressFieldsFragment[] = []) => ({
  ImplementationPlan: { implementationPlan: p },
  PlanBbpYears: { bbpYears: [{ year }] },
  ProgressReports: {
    progressPeriods: [
      { year, period: 1, due: isoDay(10) },
      { year, period: 2, due: isoDay(100) },
    ],
    progressReports: reports,
  },
});

const report = (patch: Partial<ProgressFieldsFragment> = {}): ProgressFieldsFragment => ({
  id: 'r1',
  party: 'politie',
  year,
  period: 1,
  due: isoDay(10),
  state: 'CONCEPT',
  summary: 'Het beleid wordt herzien.',
  policyVersion: 2,
  rollUp: { total: 2, done: 0, onTrack: 1, overdue: 1, withoutOwner: 1, percentOnTrack: 50 },
  preparedBy: 'so@politie',
  preparedAt: `${isoDay(-1)}T10:00:00.000Z`,
  signedBy: null,
  signedAt: null,
  submittedBy: null,
  submittedAt: null,
  late: false,
  ...patch,
});

describe('the Implementatieplan tab', () => {
  it('shows the roll-up, the lines with their links, the overdue marker and "without owner"', () => {
    const html = render(
      createElement(ImplementationPlanPanel, { year, session: officer, canManage: true }),
      answersFor(plan()),
    );
    const t = text(html);
    expect(t).toContain('Plan bij beleidsversie 2: actueel.');
    expect(t).toContain('Regels: 2');
    expect(t).toContain('Te laat: 1');
    expect(t).toContain('Zonder eigenaar: 1');
    expect(html).toContain('data-plan-line="TB-03"');
    expect(html).toMatch(/data-plan-line="TB-03"[^>]*data-overdue="true"/);
    expect(t).toContain('Geen eigenaar');
    expect(t).toContain('overgenomen uit het vorige plan');
    expect(t).toContain('Bevinding BIO2 5.01.01: Beleid verouderd');
    expect(t).toContain(`Uitzondering ICV ${year}: BIO2 5.01.01`);
    expect(t).toContain('Risicobehandeling RA-1: Uitval GMS');
    expect(html).toContain('aria-label="Regel BIO2 5.01.01 bewerken"');
    expect(html).toContain('aria-label="Regel TB-03 verwijderen"');
    expect(t).toContain('Regel toevoegen');
    expect(t).toContain('Downloaden als Excel');
    // Filters and the versions selector.
    expect(t).toContain('Alleen te late regels');
    expect(t).toContain('Alleen regels zonder eigenaar');
    expect(t).toContain('Versie 2 (huidig)');
    // No update asked: no banner.
    expect(html).not.toContain('data-testid="plan-update"');
  });

  it('asks for the update after a new policy version, with the confirmation for the security officer', () => {
    const due = isoDay(80);
    const asked = plan({ state: 'BIJWERKEN_VEREIST', updateDueDate: due });
    const t = text(
      render(
        createElement(ImplementationPlanPanel, { year, session: officer, canManage: true }),
        answersFor(asked),
      ),
    );
    expect(t).toContain(`Plan bijwerken vereist vóór ${due}`);
    expect(t).toContain(
      'Beleidsversie 2 is vastgesteld. De open regels van het plan bij versie 1 zijn overgenomen',
    );
    expect(t).toContain('Wijzigingen in het beleid tonen');
    expect(t).toContain('Plan is bijgewerkt');
    const read = text(
      render(
        createElement(ImplementationPlanPanel, { year, session: viewer, canManage: false }),
        answersFor(asked),
      ),
    );
    expect(read).toContain(`Plan bijwerken vereist vóór ${due}`);
    expect(read).not.toContain('Plan is bijgewerkt');
  });

  it('lets a viewer read, without changing', () => {
    const html = render(
      createElement(ImplementationPlanPanel, { year, session: viewer, canManage: false }),
      answersFor(plan()),
    );
    expect(text(html)).not.toContain('Regel toevoegen');
    expect(html).not.toContain('bewerken"');
    expect(text(html)).toContain('Downloaden als Excel');
  });

  it('shows an earlier version read-only', () => {
    const older = plan({ policyVersion: 1, versions: [2, 1], state: 'ACTUEEL' });
    const t = text(
      render(
        createElement(ImplementationPlanPanel, { year, session: officer, canManage: true }),
        answersFor(older),
      ),
    );
    expect(t).toContain('Dit is een eerder plan: alleen te lezen.');
    expect(t).not.toContain('Regel toevoegen');
  });

  it('says so when the plan has no lines', () => {
    const empty = plan({ lines: [], versions: [2] });
    const t = text(
      render(
        createElement(ImplementationPlanPanel, { year, session: officer, canManage: true }),
        answersFor(empty),
      ),
    );
    expect(t).toContain('Het plan heeft nog geen regels.');
  });
});

describe('the line dialog', () => {
  it('has labelled fields and offers the findings, exceptions and final treatments to link', () => {
    const html = render(
      createElement(LineDialog, {
        year,
        initial: emptyLineForm(),
        onClose: () => undefined,
        onSaved: () => undefined,
      }),
      {
        PlanLinkFindings: {
          assessment: {
            findings: [
              {
                id: 'f1',
                frameworkCode: 'BIO2',
                identifier: '5.01.01',
                description: 'Beleid verouderd',
                status: 'OPEN',
              },
            ],
          },
        },
        PlanLinkExceptions: {
          icv: {
            exceptions: [
              {
                measures: [{ frameworkCode: 'BIO2', identifier: '8.01.01' }],
                explanation: 'Vervanging gepland',
                plannedDate: isoDay(60),
              },
            ],
          },
        },
        PlanLinkTreatments: {
          riskRegister: {
            analyses: [
              {
                id: 'a1',
                number: 'RA-1',
                state: 'DEFINITIEF',
                risks: [
                  {
                    title: 'Uitval GMS',
                    treatment: { id: 't1', kind: 'ACCEPTEREN', description: 'x', dueDate: isoDay(20) },
                  },
                ],
              },
              {
                id: 'a2',
                number: 'RA-2',
                state: 'CONCEPT',
                risks: [
                  {
                    title: 'Concept',
                    treatment: { id: 't2', kind: 'VERMIJDEN', description: 'y', dueDate: isoDay(20) },
                  },
                ],
              },
            ],
          },
        },
      },
    );
    const t = text(html);
    expect(html).toContain('role="dialog"');
    expect(t).toContain('Regel toevoegen');
    for (const label of [
      'Soort regel',
      'Normenkader',
      'Maatregel',
      'Omschrijving',
      'Eigenaar',
      'Gereed uiterlijk',
      'Status',
    ])
      expect(t).toContain(label);
    expect(t).toContain(`Bevindingen (zelfevaluatie ${year})`);
    expect(t).toContain('BIO2 5.01.01: Beleid verouderd (open)');
    expect(t).toContain('BIO2 8.01.01: Vervanging gepland');
    expect(t).toContain('RA-1, Uitval GMS: accepteren');
    expect(t).not.toContain('RA-2');
  });
});

describe('the progress panel', () => {
  it('gives the security officer "opstellen" and the accountable official "ondertekenen" (four eyes)', () => {
    const answers = answersFor(plan(), [report()]);
    const so = render(createElement(ProgressPanel, { year, session: officer }), answers);
    expect(text(so)).toContain(`Voortgangsrapportages ${year}`);
    expect(text(so)).toContain('concept, wacht op ondertekening');
    expect(text(so)).toContain('Rapportage opstellen');
    expect(text(so)).not.toContain('Rapportage ondertekenen');
    const ao = render(createElement(ProgressPanel, { year, session: official }), answers);
    expect(text(ao)).toContain('Rapportage ondertekenen');
    expect(text(ao)).toContain('Het beleid wordt herzien.');
    expect(text(ao)).toContain('nog niet opgesteld');
    const self = render(
      createElement(ProgressPanel, { year, session: session('so@politie', 'accountable-official') }),
      answers,
    );
    expect(text(self)).not.toContain('Rapportage ondertekenen');
    expect(text(self)).toContain('U hebt deze rapportage opgesteld');
  });

  it('offers the submission of a signed report, and nothing once submitted', () => {
    const signed = report({
      state: 'ONDERTEKEND',
      signedBy: 'ao@politie',
      signedAt: `${isoDay(0)}T09:00:00.000Z`,
    });
    expect(
      text(render(createElement(ProgressPanel, { year, session: official }), answersFor(plan(), [signed]))),
    ).toContain('Indienen bij het SMB');
    const submitted = report({
      ...signed,
      state: 'INGEDIEND',
      submittedBy: 'ao@politie',
      submittedAt: signed.signedAt,
      late: true,
    });
    const t = text(
      render(createElement(ProgressPanel, { year, session: official }), answersFor(plan(), [submitted])),
    );
    expect(t).toContain('ingediend bij het SMB');
    expect(t).toContain('Te laat ingediend.');
    expect(t).not.toContain('Indienen bij het SMB');
  });

  it('says when the calendar has no report moments', () => {
    const t = text(
      render(createElement(ProgressPanel, { year, session: officer }), {
        ProgressReports: { progressPeriods: [], progressReports: [] },
      }),
    );
    expect(t).toContain(`De PDCA-kalender ${year} heeft (nog) geen momenten voor voortgangsrapportages.`);
  });
});

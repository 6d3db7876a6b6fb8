/**
 * The evaluation screens (SK-6) rendered to HTML with a stand-in GraphQL client that answers per operation:
 * the five-year warning only when due, the schedule, the list, and the forms for JenV's evaluator only.
 * The NL Design System components are replaced by plain elements (their CommonJS build needs a bundler).
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
import type { EvaluationsQuery, Session } from '@mkib/web-data-access';
import { EvaluationsPanel, EvaluationWarning } from './index';
import { RecordResultDialog, StartEvaluationDialog } from './evaluation-forms';

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

const schedule = (warning: boolean) => ({
  EvaluationSchedule: {
    evaluationSchedule: {
      inForceSince: isoDay(-1500),
      lastCompletedOn: null,
      dueBy: isoDay(warning ? 300 : 400),
      warnFrom: isoDay(warning ? -65 : 35),
      warning,
      overdue: false,
    },
  },
});
type Evaluation = EvaluationsQuery['evaluations'][number];
const evaluation = (patch: Partial<Evaluation> = {}): Evaluation => ({
  id: 'e1',
  kind: 'EXTRA',
  title: 'Extra audit na de storing',
  periodFrom: isoDay(-400),
  periodTo: isoDay(-30),
  scope: 'Continuïteit van de meldkamers',
  auditor: 'Auditdienst Rijk',
  reason: 'Landelijke storing van het meldkamersysteem',
  state: 'LOPEND',
  findings: [{ id: 'f1', text: 'Uitwijk niet getest', followUp: 'Jaarlijkse uitwijktest', state: 'OPEN' }],
  report: {
    filename: 'rapport.pdf',
    contentType: 'application/pdf',
    size: 100,
    uploadedBy: 'evaluator',
    uploadedAt: `${isoDay(-2)}T10:00:00.000Z`,
  },
  completedOn: null,
  startedBy: 'evaluator',
  startedAt: `${isoDay(-40)}T10:00:00.000Z`,
  ...patch,
});
const list = { Evaluations: { evaluations: [evaluation()] } };

describe('the five-year warning', () => {
  it('shows a clear Dutch notice with the due date from warnFrom on', () => {
    const html = render(createElement(EvaluationWarning), schedule(true));
    expect(html).toContain('data-testid="evaluation-warning"');
    expect(text(html)).toMatch(
      /^Let op: de vijfjaarlijkse evaluatie van het strategisch kader moet uiterlijk \d+ \S+ \d{4} zijn afgerond/,
    );
  });
  it('shows nothing before warnFrom', () => {
    expect(render(createElement(EvaluationWarning), schedule(false))).toBe('');
  });
});

describe('the evaluations tab', () => {
  it('gives the evaluator the schedule, the list and its forms', () => {
    const html = render(createElement(EvaluationsPanel, { session: session('jenv', 'evaluator') }), {
      ...schedule(true),
      ...list,
    });
    const t = text(html);
    expect(t).toContain('Vijfjaarlijkse evaluatie');
    expect(t).toContain('Volgende evaluatie uiterlijk af');
    expect(t).toContain('Extra audit na de storing');
    expect(t).toContain('Aanleiding: Landelijke storing van het meldkamersysteem');
    expect(t).toContain('Uitwijk niet getest (open) — opvolging: Jaarlijkse uitwijktest');
    expect(t).toContain('Evaluatie starten');
    expect(t).toContain('Resultaat vastleggen: Extra audit na de storing');
    expect(t).toContain('Rapport downloaden (rapport.pdf)');
  });
  it('gives the auditor the same without forms, and no warning before warnFrom', () => {
    const t = text(
      render(createElement(EvaluationsPanel, { session: session('jenv', 'auditor') }), {
        ...schedule(false),
        ...list,
      }),
    );
    expect(t).toContain('Er is nu geen waarschuwing.');
    expect(t).not.toContain('Let op');
    expect(t).toContain('Rapport downloaden (rapport.pdf)');
    expect(t).not.toContain('Evaluatie starten');
    expect(t).not.toContain('Resultaat vastleggen');
  });
});

describe('the evaluator forms', () => {
  it('starting asks kind, title, period, scope and who carries it out, all labelled', () => {
    const html = render(createElement(StartEvaluationDialog, { onClose: () => {}, onSaved: () => {} }), {});
    expect(html).toContain('role="dialog"');
    for (const label of [
      'Soort',
      'Titel',
      'Periode vanaf',
      'Periode tot en met',
      'Reikwijdte',
      'Uitgevoerd door',
    ])
      expect(text(html)).toContain(label);
  });
  it('recording shows each finding with its follow-up, the report kept, and completing', () => {
    const t = text(
      render(
        createElement(RecordResultDialog, { evaluation: evaluation(), onClose: () => {}, onSaved: () => {} }),
        {},
      ),
    );
    expect(t).toContain('Bevinding 1');
    expect(t).toContain('Opvolging');
    expect(t).toContain('Zonder nieuw bestand blijft rapport.pdf het rapport.');
    expect(t).toContain('De evaluatie afronden');
    expect(t).toContain('Bevinding toevoegen');
  });
});

import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphQLRequest } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  Field,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@mkib/web-ui';
import { FRAMEWORKS, REQUIREMENT_MAPPINGS, REQUIREMENTS } from './operations';

export interface Framework {
  code: string;
  name: string;
  version: string;
  licence: string;
  attribution: string;
  ownerParty: string | null;
  requirementCount: number;
}
type Kind = 'THEMA' | 'CONTROL' | 'MAATREGEL';
interface Requirement {
  frameworkCode: string;
  identifier: string;
  kind: Kind;
  title: string | null;
  text: string | null;
  status: string | null;
}
interface Mapping {
  relationship: string;
  requirement: { frameworkCode: string; identifier: string; title: string | null; text: string | null };
}

const PAGE = 25;

/**
 * The control catalogue, read-only: choose a framework, search by number or words, filter by kind, open a
 * requirement to see its mappings to other frameworks. Shows the attribution each framework's licence asks.
 */
export function CatalogueBrowser(props: { request: GraphQLRequest; refreshKey?: number }) {
  const { t } = useTranslation();
  const [frameworks, setFrameworks] = useState<Framework[]>([]);
  const [code, setCode] = useState<string>('BIO2');
  const [kind, setKind] = useState<Kind | ''>('MAATREGEL');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; items: Requirement[] } | null>(null);
  const [open, setOpen] = useState<{ identifier: string; mappings: Mapping[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const framework = frameworks.find((f) => f.code === code) ?? null;

  useEffect(() => {
    props
      .request<{ frameworks: Framework[] }>(FRAMEWORKS)
      .then((r) => {
        setFrameworks(r.frameworks);
        if (!r.frameworks.some((f) => f.code === code) && r.frameworks[0]) setCode(r.frameworks[0].code);
      })
      .catch((e: Error) => setError(e.message));
  }, [props.request, props.refreshKey]);

  useEffect(() => {
    if (!framework) return;
    setOpen(null);
    props
      .request<{ requirements: { total: number; items: Requirement[] } }>(REQUIREMENTS, {
        code: framework.code,
        search: query || null,
        kind: kind || null,
        offset,
      })
      .then((r) => setPage(r.requirements))
      .catch((e: Error) => setError(e.message));
  }, [props.request, framework, query, kind, offset]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOffset(0);
    setQuery(search.trim());
  };
  const toggle = (r: Requirement) => {
    if (open?.identifier === r.identifier) return setOpen(null);
    props
      .request<{ requirement: { mappings: Mapping[] } }>(REQUIREMENT_MAPPINGS, {
        code: r.frameworkCode,
        id: r.identifier,
      })
      .then((d) => setOpen({ identifier: r.identifier, mappings: d.requirement.mappings }))
      .catch((e: Error) => setError(e.message));
  };

  return (
    <section aria-labelledby="catalogue-title" className="mkib-section">
      <Heading level={2} id="catalogue-title">
        {t('catalogue.title')}
      </Heading>
      {framework && (
        <Paragraph>
          {framework.name}, {t('catalogue.version')} {framework.version}
        </Paragraph>
      )}
      {error && <Alert type="error">{error}</Alert>}
      <form role="search" onSubmit={submit} className="mkib-search">
        <Field label={t('catalogue.framework')}>
          {(a11y) => (
            <select
              {...a11y}
              name="framework"
              className="utrecht-select utrecht-select--html-select"
              value={code}
              onChange={(e) => {
                setOffset(0);
                setCode(e.target.value);
              }}
            >
              {frameworks.map((f) => (
                <option key={f.code} value={f.code}>
                  {f.code}: {f.name}
                  {f.ownerParty ? ` (${t('catalogue.ownFramework', { party: f.ownerParty })})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('catalogue.kind')}>
          {(a11y) => (
            <select
              {...a11y}
              name="kind"
              className="utrecht-select utrecht-select--html-select"
              value={kind}
              onChange={(e) => {
                setOffset(0);
                setKind(e.target.value as Kind | '');
              }}
            >
              <option value="">{t('catalogue.kindAll')}</option>
              {(['THEMA', 'CONTROL', 'MAATREGEL'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`catalogue.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('catalogue.search')} hint={t('catalogue.searchHint')}>
          {(a11y) => (
            <input
              {...a11y}
              name="search"
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" appearance="secondary-action-button">
          {t('catalogue.searchButton')}
        </Button>
      </form>
      {page && (
        <>
          <p role="status">{t('catalogue.results', { count: page.total })}</p>
          <Table className="mkib-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('catalogue.identifier')}</TableHeaderCell>
                <TableHeaderCell>{t('catalogue.measure')}</TableHeaderCell>
                <TableHeaderCell>{t('catalogue.mappings')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.items.map((r) => (
                <TableRow key={r.identifier} data-requirement={r.identifier}>
                  <TableCell>
                    {r.identifier}
                    <div className="mkib-muted">{t(`catalogue.kinds.${r.kind}`)}</div>
                  </TableCell>
                  <TableCell>
                    {r.title && <strong>{r.title}</strong>}
                    <span className="mkib-requirement-text">
                      {r.text ?? (r.title ? '' : t('catalogue.noText'))}
                    </span>
                    {open?.identifier === r.identifier && (
                      <div className="mkib-mappings" data-testid={`mappings-${r.identifier}`}>
                        {open.mappings.length === 0 ? (
                          <em>{t('catalogue.noMappings')}</em>
                        ) : (
                          <ul>
                            {open.mappings.map((m) => (
                              <li key={`${m.requirement.frameworkCode}:${m.requirement.identifier}`}>
                                {t(`catalogue.relationships.${m.relationship}`)} {m.requirement.frameworkCode}{' '}
                                {m.requirement.identifier}
                                {m.requirement.title ? `: ${m.requirement.title}` : ''}
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    )}
                  </TableCell>
                  <TableCell>
                    <Button
                      appearance="subtle-button"
                      onClick={() => toggle(r)}
                      aria-expanded={open?.identifier === r.identifier}
                    >
                      {open?.identifier === r.identifier
                        ? t('catalogue.hideMappings')
                        : t('catalogue.showMappings')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className="mkib-actions">
            <Button
              appearance="secondary-action-button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('catalogue.previous')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={offset + PAGE >= page.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('catalogue.next')}
            </Button>
          </div>
        </>
      )}
      {framework && (
        <Paragraph className="mkib-attribution" data-testid="attribution">
          {t('catalogue.source')}: {framework.attribution || framework.name} ({framework.licence}).{' '}
          {framework.code === 'BIO2' && t('catalogue.isoNote')}
        </Paragraph>
      )}
    </section>
  );
}

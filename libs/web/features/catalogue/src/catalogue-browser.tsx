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

interface Framework {
  code: string;
  name: string;
  version: string;
  licence: string;
  attribution: string;
}
interface Requirement {
  identifier: string;
  kind: 'THEMA' | 'CONTROL' | 'MAATREGEL';
  text: string | null;
  status: string | null;
}

const FRAMEWORKS = '{ frameworks { code name version licence attribution } }';
const REQUIREMENTS = `query($code: ID!, $search: String, $offset: Int) {
  requirements(frameworkCode: $code, search: $search, kind: MAATREGEL, limit: 25, offset: $offset) { total items { identifier kind text status } } }`;

/** The control catalogue, read-only: search by number or words, with the attribution the licence asks. */
export function CatalogueBrowser(props: { request: GraphQLRequest }) {
  const { t } = useTranslation();
  const [framework, setFramework] = useState<Framework | null>(null);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; items: Requirement[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    props
      .request<{ frameworks: Framework[] }>(FRAMEWORKS)
      .then((r) => setFramework(r.frameworks.find((f) => f.code === 'BIO2') ?? r.frameworks[0] ?? null))
      .catch((e: Error) => setError(e.message));
  }, [props.request]);

  useEffect(() => {
    if (!framework) return;
    props
      .request<{ requirements: { total: number; items: Requirement[] } }>(REQUIREMENTS, {
        code: framework.code,
        search: query || null,
        offset,
      })
      .then((r) => setPage(r.requirements))
      .catch((e: Error) => setError(e.message));
  }, [props.request, framework, query, offset]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOffset(0);
    setQuery(search.trim());
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
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.items.map((r) => (
                <TableRow key={r.identifier} data-requirement={r.identifier}>
                  <TableCell>{r.identifier}</TableCell>
                  <TableCell>
                    <span className="mkib-requirement-text">{r.text ?? t('catalogue.noText')}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className="mkib-actions">
            <Button
              appearance="secondary-action-button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - 25))}
            >
              {t('catalogue.previous')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={offset + 25 >= page.total}
              onClick={() => setOffset(offset + 25)}
            >
              {t('catalogue.next')}
            </Button>
          </div>
        </>
      )}
      {framework && (
        <Paragraph className="mkib-attribution" data-testid="attribution">
          {t('catalogue.source')}: {framework.attribution} ({framework.licence}). {t('catalogue.isoNote')}
        </Paragraph>
      )}
    </section>
  );
}

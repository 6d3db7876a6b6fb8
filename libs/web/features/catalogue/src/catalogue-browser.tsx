import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, RequirementKind, useData } from '@mkib/web-data-access';
import { Button, Heading, Paragraph, SelectField, TextField } from '@mkib/web-ui';
import { FRAMEWORKS, REQUIREMENTS } from './operations';
import { RequirementsTable } from './requirements-table';

const PAGE = 25;

/**
 * The control catalogue, read-only: choose a framework, search by number or words, filter by kind, open a
 * requirement to see its mappings to other frameworks. Shows the attribution each framework's licence asks.
 */
export function CatalogueBrowser(props: { refreshKey?: number }) {
  const { t } = useTranslation();
  const frameworksResult = useData(FRAMEWORKS, {});
  const frameworks = frameworksResult.data?.frameworks ?? [];
  const [code, setCode] = useState<string>('BIO2');
  const [kind, setKind] = useState<RequirementKind | ''>('MAATREGEL');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const framework = frameworks.find((f) => f.code === code) ?? null;
  const { refetch } = frameworksResult;

  useEffect(() => {
    if (props.refreshKey) refetch();
  }, [props.refreshKey, refetch]);
  useEffect(() => {
    if (frameworks.length && !frameworks.some((f) => f.code === code)) setCode(frameworks[0].code);
  }, [frameworks, code]);

  const page = useData(
    REQUIREMENTS,
    { code: framework?.code ?? '', search: query || null, kind: kind || null, offset },
    { pause: !framework },
  );

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
      <form role="search" onSubmit={submit} className="mkib-search">
        <SelectField
          label={t('catalogue.framework')}
          name="framework"
          value={code}
          onValue={(v) => {
            setOffset(0);
            setCode(v);
          }}
          options={frameworks.map((f) => ({
            value: f.code,
            label: `${f.code}: ${f.name}${f.ownerParty ? ` (${t('catalogue.ownFramework', { party: f.ownerParty })})` : ''}`,
          }))}
        />
        <SelectField
          label={t('catalogue.kind')}
          name="kind"
          value={kind}
          onValue={(v) => {
            setOffset(0);
            setKind(v as RequirementKind | '');
          }}
          placeholder={t('catalogue.kindAll')}
          options={(['THEMA', 'CONTROL', 'MAATREGEL'] as const).map((k) => ({
            value: k,
            label: t(`catalogue.kinds.${k}`),
          }))}
        />
        <TextField
          label={t('catalogue.search')}
          hint={t('catalogue.searchHint')}
          name="search"
          type="search"
          value={search}
          onValue={setSearch}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('catalogue.searchButton')}
        </Button>
      </form>
      <DataView result={frameworksResult}>
        {() =>
          framework && (
            <DataView result={page}>
              {({ requirements }) => (
                <>
                  <p role="status">{t('catalogue.results', { count: requirements.total })}</p>
                  <RequirementsTable items={requirements.items} />
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
                      disabled={offset + PAGE >= requirements.total}
                      onClick={() => setOffset(offset + PAGE)}
                    >
                      {t('catalogue.next')}
                    </Button>
                  </div>
                </>
              )}
            </DataView>
          )
        }
      </DataView>
      {framework && (
        <Paragraph className="mkib-attribution" data-testid="attribution">
          {t('catalogue.source')}: {framework.attribution || framework.name} ({framework.licence}).{' '}
          {framework.code === 'BIO2' && t('catalogue.isoNote')}
        </Paragraph>
      )}
    </section>
  );
}

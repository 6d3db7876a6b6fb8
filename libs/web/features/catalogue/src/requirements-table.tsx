import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, RequirementsQuery, useData } from '@mkib/web-data-access';
import { Button, DataTable } from '@mkib/web-ui';
import { REQUIREMENT_MAPPINGS } from './operations';

type Requirement = RequirementsQuery['requirements']['items'][number];

/** A requirement's mappings to other frameworks, fetched when opened. */
function Mappings(props: { requirement: Requirement }) {
  const { t } = useTranslation();
  const result = useData(REQUIREMENT_MAPPINGS, {
    code: props.requirement.frameworkCode,
    id: props.requirement.identifier,
  });
  return (
    <div className="mkib-mappings" data-testid={`mappings-${props.requirement.identifier}`}>
      <DataView result={result}>
        {({ requirement }) =>
          requirement.mappings.length === 0 ? (
            <em>{t('catalogue.noMappings')}</em>
          ) : (
            <ul>
              {requirement.mappings.map((m) => (
                <li key={`${m.requirement.frameworkCode}:${m.requirement.identifier}`}>
                  {t(`catalogue.relationships.${m.relationship}`)} {m.requirement.frameworkCode}{' '}
                  {m.requirement.identifier}
                  {m.requirement.title ? `: ${m.requirement.title}` : ''}
                </li>
              ))}
            </ul>
          )
        }
      </DataView>
    </div>
  );
}

/** One page of requirements: number and kind, title and text, and a button that opens the mappings. */
export function RequirementsTable(props: { items: Requirement[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <DataTable
      rows={props.items}
      rowKey={(r) => r.identifier}
      rowProps={(r) => ({ 'data-requirement': r.identifier })}
      columns={[
        {
          header: t('catalogue.identifier'),
          cell: (r) => (
            <>
              {r.identifier}
              <div className="mkib-muted">{t(`catalogue.kinds.${r.kind}`)}</div>
            </>
          ),
        },
        {
          header: t('catalogue.measure'),
          cell: (r) => (
            <>
              {r.title && <strong>{r.title}</strong>}
              <span className="mkib-requirement-text">
                {r.text ?? (r.title ? '' : t('catalogue.noText'))}
              </span>
              {open === r.identifier && <Mappings requirement={r} />}
            </>
          ),
        },
        {
          header: t('catalogue.mappings'),
          cell: (r) => (
            <Button
              appearance="subtle-button"
              onClick={() => setOpen(open === r.identifier ? null : r.identifier)}
              aria-expanded={open === r.identifier}
            >
              {open === r.identifier ? t('catalogue.hideMappings') : t('catalogue.showMappings')}
            </Button>
          ),
        },
      ]}
    />
  );
}

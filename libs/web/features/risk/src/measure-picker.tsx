import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, useData } from '@mkib/web-data-access';
import { Button, Fieldset, Paragraph, TextField } from '@mkib/web-ui';
import { MEASURE_SEARCH } from './operations';

/** A measure of the common catalogue, as a treatment names it; the title when the picker found it. */
export interface MeasureChoice {
  frameworkCode: string;
  identifier: string;
  title?: string;
}

const sameMeasure = (a: MeasureChoice, b: MeasureChoice) =>
  a.frameworkCode === b.frameworkCode && a.identifier === b.identifier;

/**
 * The measures of a mitigating treatment, picked from the common catalogue (its MAATREGEL requirements):
 * a search field with the matching measures, each with an add button, and the chosen measures with a
 * remove button. No free text: every measure the analysis names exists in the catalogue.
 */
export function MeasurePicker(props: {
  name: string;
  label: string;
  value: MeasureChoice[];
  onValue(value: MeasureChoice[]): void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = search.trim();
  const result = useData(MEASURE_SEARCH, { search: term }, { pause: term.length < 2 });
  const text = (m: MeasureChoice) => `${m.frameworkCode} ${m.identifier}${m.title ? ` — ${m.title}` : ''}`;

  return (
    <Fieldset legend={props.label}>
      {props.value.length === 0 ? (
        <Paragraph data-testid={`${props.name}-none`}>{t('risk.measures.none')}</Paragraph>
      ) : (
        <ul aria-label={t('risk.measures.chosen')} data-testid={`${props.name}-chosen`}>
          {props.value.map((m) => (
            <li key={`${m.frameworkCode} ${m.identifier}`}>
              {text(m)}{' '}
              <Button
                appearance="subtle-button"
                aria-label={t('risk.measures.removeLabel', { id: `${m.frameworkCode} ${m.identifier}` })}
                onClick={() => props.onValue(props.value.filter((x) => !sameMeasure(x, m)))}
              >
                {t('risk.measures.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        label={t('risk.measures.search')}
        hint={t('risk.measures.searchHint')}
        name={`${props.name}-search`}
        value={search}
        onValue={setSearch}
      />
      {term.length >= 2 && (
        <DataView result={result}>
          {(d) =>
            d.requirements.items.length === 0 ? (
              <Paragraph role="status">{t('risk.measures.noResults', { search: term })}</Paragraph>
            ) : (
              <ul aria-label={t('risk.measures.results')} data-testid={`${props.name}-results`}>
                {d.requirements.items.map((r) => {
                  const m: MeasureChoice = {
                    frameworkCode: r.frameworkCode,
                    identifier: r.identifier,
                    title: r.title ?? undefined,
                  };
                  const chosen = props.value.some((x) => sameMeasure(x, m));
                  return (
                    <li key={r.identifier}>
                      {text(m)}{' '}
                      <Button
                        appearance="subtle-button"
                        disabled={chosen}
                        aria-label={t('risk.measures.addLabel', { id: `${m.frameworkCode} ${m.identifier}` })}
                        onClick={() => props.onValue([...props.value, m])}
                      >
                        {chosen ? t('risk.measures.added') : t('risk.measures.add')}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )
          }
        </DataView>
      )}
    </Fieldset>
  );
}

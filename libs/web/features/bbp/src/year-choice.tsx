import { ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useData } from '@mkib/web-data-access';
import { SelectField } from '@mkib/web-ui';
import { yearChoices } from './bbp-rules';
import { BBP_YEARS } from './operations';

/** This calendar year in the browser (which year to open on; the server decides what a date means). */
export const thisYear = () => new Date().getUTCFullYear();

/**
 * The calendar year a BBP screen shows: last, this and next year and every opened BBP year; this year
 * first. `name` keeps the select unique when two screens show one.
 */
export function BbpYearChoice(props: { name: string; children(year: number): ReactNode }) {
  const { t } = useTranslation();
  const current = thisYear();
  const opened = useData(BBP_YEARS, {});
  const [year, setYear] = useState(current);
  const years = yearChoices(current, opened.data?.bbpYears.map((y) => y.year) ?? []);
  return (
    <>
      <SelectField
        label={t('bbp.year')}
        hint={t('bbp.yearHint')}
        name={props.name}
        value={String(year)}
        onValue={(v) => setYear(Number(v))}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      {props.children(year)}
    </>
  );
}

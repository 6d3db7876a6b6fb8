import { Fragment, ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, graphql, useData } from '@mkib/web-data-access';
import { SelectField } from '@mkib/web-ui';

export const CYCLE_CHOICE = graphql(`
  query CycleChoice {
    cycleChoice {
      years
      defaultYear
    }
  }
`);

/** The URL query parameter that keeps the chosen cycle across a reload (`?jaar=2026`). */
export const YEAR_PARAMETER = 'jaar';

const yearInUrl = (): number | null => {
  const value = new URLSearchParams(window.location.search).get(YEAR_PARAMETER);
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
};

function keepYearInUrl(year: number) {
  const url = new URL(window.location.href);
  url.searchParams.set(YEAR_PARAMETER, String(year));
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The cycle selector: which yearly cycle everything below it shows. The server says which cycles exist and
 * which to open on (the oldest whose deadlines still run, as of the platform's clock); the choice is kept
 * in the URL, so a reload or a shared link opens the same cycle.
 */
export function CycleYear(props: { children: (year: number) => ReactNode }) {
  const { t } = useTranslation();
  const choice = useData(CYCLE_CHOICE, {});
  const [chosen, setChosen] = useState<number | null>(yearInUrl);
  useEffect(() => {
    const onPop = () => setChosen(yearInUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return (
    <DataView result={choice}>
      {({ cycleChoice: { years, defaultYear } }) => {
        const year = chosen !== null && years.includes(chosen) ? chosen : defaultYear;
        return (
          <>
            <div className="mkib-cycle-year">
              <SelectField
                label={t('cycle.label')}
                hint={t('cycle.hint')}
                name="cycle-year"
                value={year}
                options={years.map((y) => ({ value: y, label: String(y) }))}
                onValue={(v) => {
                  setChosen(Number(v));
                  keepYearInUrl(Number(v));
                }}
              />
            </div>
            {/* A new cycle starts its forms afresh. */}
            <Fragment key={year}>{props.children(year)}</Fragment>
          </>
        );
      }}
    </DataView>
  );
}

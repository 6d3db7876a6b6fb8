import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, useData } from '@mkib/web-data-access';
import { Heading, Paragraph } from '@mkib/web-ui';
import { isoDay, timeline } from './bbp-rules';
import { dayInWords } from './format';
import { BBP_CALENDAR } from './operations';

/**
 * The PDCA calendar of a year as a timeline: every dated milestone (the wishes deadline, the progress
 * moments, the ICV deadlines of the cycle before, the SMB and BMB meetings, the BBP's adoption) in date
 * order, each past or to come, and today's place marked "Vandaag". `refreshKey` asks again after a change.
 */
export function PdcaCalendar(props: { year: number; refreshKey?: number; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const calendar = useData(BBP_CALENDAR, { year: props.year });
  const { refetch } = calendar;
  useEffect(() => {
    if (props.refreshKey) refetch();
  }, [props.refreshKey, refetch]);
  const today = isoDay(new Date());
  const titleId = `pdca-calendar-${props.year}`;
  return (
    <section aria-labelledby={titleId} className="mkib-section" data-testid="pdca-calendar">
      <Heading level={props.headingLevel ?? 2} id={titleId}>
        {t('bbp.calendar.title', { year: props.year })}
      </Heading>
      <DataView result={calendar}>
        {(d) => (
          <>
            {d.calendar.length === 0 && (
              <Paragraph>{t('bbp.calendar.empty', { year: props.year })}</Paragraph>
            )}
            <ol className="mkib-timeline" style={{ listStyle: 'none', paddingInlineStart: 0 }}>
              {timeline(d.calendar, today).map((item) =>
                item.kind === 'today' ? (
                  <li
                    key="today"
                    data-today=""
                    aria-current="date"
                    style={{
                      borderInlineStart: '0.375rem solid currentColor',
                      paddingInlineStart: '0.5rem',
                      margin: '0.5rem 0',
                      fontWeight: 'bold',
                    }}
                  >
                    {t('bbp.calendar.today')}{' '}
                    <time dateTime={item.date}>{dayInWords(item.date, i18n.language)}</time>
                  </li>
                ) : (
                  <li
                    key={`${item.entry.milestone}:${item.entry.date}:${item.entry.period ?? ''}:${item.entry.cycleYear ?? ''}`}
                    data-milestone={item.entry.milestone}
                    data-when={item.when}
                    style={{
                      borderInlineStart: '0.125rem solid currentColor',
                      paddingInlineStart: '0.5rem',
                      paddingBlock: '0.25rem',
                    }}
                  >
                    <time dateTime={item.entry.date}>{dayInWords(item.entry.date, i18n.language)}</time>
                    {': '}
                    <span>{item.entry.label}</span>{' '}
                    <span className="mkib-muted">({t(`bbp.calendar.when.${item.when}`)})</span>
                  </li>
                ),
              )}
            </ol>
          </>
        )}
      </DataView>
    </section>
  );
}

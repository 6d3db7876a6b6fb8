import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BbpPeriodFieldsFragment, DataView, Session, useData } from '@mkib/web-data-access';
import { Alert, DataTable, Heading, Paragraph } from '@mkib/web-ui';
import { BoardItemDecision } from './board-item';
import { dayInWords } from './format';
import { BBP_PROGRESS_OVERVIEW } from './operations';
import { BbpYearChoice } from './year-choice';

/** The counts of a period across parties in one sentence. */
function PeriodSummary(props: { period: BbpPeriodFieldsFragment }) {
  const { t } = useTranslation();
  const p = props.period;
  return (
    <Paragraph data-testid={`progress-period-${p.period}-summary`}>
      {t('bbp.progress.summary', {
        onTrack: p.onTrack,
        total: p.total,
        percent: p.percentOnTrack,
        overdue: p.overdue,
        withoutOwner: p.withoutOwner,
        reports: p.reports.length,
      })}
    </Paragraph>
  );
}

function YearProgress(props: { year: number; session: Session }) {
  const { t, i18n } = useTranslation();
  const result = useData(BBP_PROGRESS_OVERVIEW, { year: props.year });
  const [notice, setNotice] = useState<string | null>(null);
  const day = (d: string | null | undefined) => dayInWords(d, i18n.language);
  return (
    <section aria-labelledby="bbp-progress-title" className="mkib-section">
      <Heading level={2} id="bbp-progress-title">
        {t('bbp.progress.title', { year: props.year })}
      </Heading>
      {notice && <Alert type="ok">{notice}</Alert>}
      <DataView result={result}>
        {({ progressOverview: o, boardItems }) => (
          <>
            <Heading level={3}>{t('bbp.progress.plansTitle')}</Heading>
            {o.plans.length === 0 ? (
              <Paragraph>{t('bbp.progress.noPlans')}</Paragraph>
            ) : (
              <DataTable
                caption={t('bbp.progress.plansCaption')}
                rows={o.plans}
                rowKey={(p) => p.party.code}
                rowProps={(p) => ({ 'data-plan': p.party.code, 'data-state': p.state })}
                columns={[
                  { header: t('bbp.party'), cell: (p) => p.party.name },
                  { header: t('bbp.progress.policyVersion'), cell: (p) => p.policyVersion },
                  {
                    header: t('bbp.progress.planState'),
                    cell: (p) =>
                      p.state === 'BIJWERKEN_VEREIST'
                        ? t('bbp.progress.updateRequired', { date: day(p.updateDueDate) })
                        : t('bbp.progress.current'),
                  },
                  { header: t('bbp.progress.total'), cell: (p) => p.total },
                  { header: t('bbp.progress.onTrack'), cell: (p) => p.onTrack },
                  { header: t('bbp.progress.overdue'), cell: (p) => p.overdue },
                  { header: t('bbp.progress.withoutOwner'), cell: (p) => p.withoutOwner },
                  { header: t('bbp.progress.updatedAt'), cell: (p) => p.updatedAt.slice(0, 10) },
                ]}
              />
            )}
            <Heading level={3}>{t('bbp.progress.periodsTitle')}</Heading>
            {o.periods.length === 0 && <Paragraph>{t('bbp.progress.noPeriods')}</Paragraph>}
            {o.periods.map((p) => {
              const item = boardItems.find((i) => i.progressPeriod?.period === p.period);
              return (
                <section
                  key={p.period}
                  aria-labelledby={`progress-period-${p.period}`}
                  data-progress-period={p.period}
                  className="mkib-card"
                >
                  <Heading level={4} id={`progress-period-${p.period}`}>
                    {t('bbp.progress.periodTitle', { period: p.period, due: day(p.due) })}
                  </Heading>
                  <PeriodSummary period={p} />
                  {p.reports.length > 0 && (
                    <DataTable
                      caption={t('bbp.progress.reportsCaption', { period: p.period })}
                      rows={p.reports}
                      rowKey={(r) => r.reportId}
                      rowProps={(r) => ({ 'data-report': r.party.code })}
                      columns={[
                        {
                          header: t('bbp.party'),
                          cell: (r) => (
                            <>
                              {r.party.name}{' '}
                              {r.late && <strong className="mkib-badge">{t('bbp.progress.late')}</strong>}
                            </>
                          ),
                        },
                        { header: t('bbp.progress.submittedAt'), cell: (r) => r.submittedAt.slice(0, 10) },
                        { header: t('bbp.progress.policyVersion'), cell: (r) => r.policyVersion },
                        { header: t('bbp.progress.total'), cell: (r) => r.total },
                        { header: t('bbp.progress.done'), cell: (r) => r.done },
                        { header: t('bbp.progress.onTrack'), cell: (r) => r.onTrack },
                        { header: t('bbp.progress.overdue'), cell: (r) => r.overdue },
                        { header: t('bbp.progress.withoutOwner'), cell: (r) => r.withoutOwner },
                        { header: t('bbp.progress.percent'), cell: (r) => `${r.percentOnTrack}%` },
                      ]}
                    />
                  )}
                  <Paragraph data-testid={`progress-period-${p.period}-missing`}>
                    {p.missing.length === 0
                      ? t('bbp.progress.noneMissing')
                      : t('bbp.progress.missing', { parties: p.missing.map((m) => m.name).join(', ') })}
                  </Paragraph>
                  {item && (
                    <BoardItemDecision
                      item={item}
                      session={props.session}
                      onChanged={(m) => {
                        setNotice(m);
                        result.refetch();
                      }}
                    />
                  )}
                </section>
              );
            })}
          </>
        )}
      </DataView>
    </section>
  );
}

/**
 * The boards' "Voortgang" (SK-2.4, SK-T3: counts, not content): every organisation's implementation plan
 * as governance last heard of it, and per progress-report moment of the year the reports that arrived,
 * rolled up across parties, with the organisations whose report is missing and the item on the agenda.
 */
export function ProgressOverviewPanel(props: { session: Session }) {
  return (
    <BbpYearChoice name="bbp-progress-year">
      {(year) => <YearProgress key={year} year={year} session={props.session} />}
    </BbpYearChoice>
  );
}

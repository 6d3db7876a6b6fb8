import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  ProgressFieldsFragment,
  Session,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import { Alert, Button, ErrorAlert, Heading, Paragraph, TextareaField } from '@mkib/web-ui';
import { PREPARE_PROGRESS, PROGRESS, SIGN_PROGRESS, SUBMIT_PROGRESS } from './operations';
import { progressActions } from './plan-lines';
import { RollUpSummary } from './roll-up';

/** One period of the calendar: its report (if any) in Dutch, and what this person may do with it. */
function PeriodCard(props: {
  year: number;
  period: number;
  due: string;
  report: ProgressFieldsFragment | undefined;
  session: Session;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const { report, period, year } = props;
  const [summary, setSummary] = useState(report?.summary ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const can = progressActions(report, props.session);
  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    setBusy(true);
    try {
      await action();
      props.onChanged(message);
    } catch (err) {
      setError(errorText(err).message);
    } finally {
      setBusy(false);
    }
  };
  const headingId = `progress-period-${year}-${period}`;
  return (
    <section
      className="mkib-card mkib-form"
      aria-labelledby={headingId}
      data-progress-period={period}
      data-state={report?.state ?? 'GEEN'}
    >
      <Heading level={3} id={headingId}>
        {t('plan.progress.period', { period, due: props.due })}
      </Heading>
      <Paragraph data-testid="progress-state">
        {t('plan.progress.stateLine', {
          state: t(`plan.progress.states.${report?.state ?? 'GEEN'}`),
        })}
        {report?.late ? ` ${t('plan.progress.late')}` : ''}
      </Paragraph>
      {report && (
        <>
          <Paragraph className="mkib-muted">
            {t('plan.progress.prepared', { by: report.preparedBy, at: report.preparedAt.slice(0, 10) })}
            {report.signedBy &&
              ` ${t('plan.progress.signed', { by: report.signedBy, at: report.signedAt?.slice(0, 10) ?? '' })}`}
            {report.submittedBy &&
              ` ${t('plan.progress.submitted', {
                by: report.submittedBy,
                at: report.submittedAt?.slice(0, 10) ?? '',
              })}`}
          </Paragraph>
          {!can.prepare && <Paragraph style={{ whiteSpace: 'pre-line' }}>{report.summary}</Paragraph>}
          <RollUpSummary
            rollUp={report.rollUp}
            label={t('plan.progress.rollUp', { version: report.policyVersion })}
          />
        </>
      )}
      {can.prepare && (
        <>
          <TextareaField
            label={t('plan.progress.summary')}
            hint={t('plan.progress.summaryHint')}
            name={`progress-summary-${period}`}
            value={summary}
            onValue={setSummary}
          />
          {report?.state === 'ONDERTEKEND' && (
            <Paragraph className="mkib-muted">{t('plan.progress.resignNote')}</Paragraph>
          )}
        </>
      )}
      <ErrorAlert message={error} />
      <div className="mkib-actions">
        {can.prepare && (
          <Button
            appearance={report ? 'secondary-action-button' : 'primary-action-button'}
            disabled={busy}
            onClick={() =>
              void run(
                () => send(PREPARE_PROGRESS, { input: { year, period, summary } }),
                t('plan.progress.preparedNotice', { period }),
              )
            }
          >
            {t('plan.progress.prepare')}
          </Button>
        )}
        {can.sign && (
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() =>
              void run(
                () => send(SIGN_PROGRESS, { year, period }),
                t('plan.progress.signedNotice', { period }),
              )
            }
          >
            {t('plan.progress.sign')}
          </Button>
        )}
        {can.submit && (
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() =>
              void run(
                () => send(SUBMIT_PROGRESS, { year, period }),
                t('plan.progress.submittedNotice', { period }),
              )
            }
          >
            {t('plan.progress.submit')}
          </Button>
        )}
      </div>
      {report?.state === 'CONCEPT' &&
        props.session.roles.includes('accountable-official') &&
        report.preparedBy === props.session.username && (
          <Paragraph className="mkib-muted">{t('plan.progress.fourEyes')}</Paragraph>
        )}
    </section>
  );
}

/**
 * The progress reports of a year (SK-2.4): one card per report moment of the BBP calendar; the security
 * officer prepares, the accountable official signs (never the preparer), then it goes to the SMB.
 */
export function ProgressPanel(props: { year: number; session: Session }) {
  const { t } = useTranslation();
  const result = useData(PROGRESS, { year: props.year });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="progress-title" className="mkib-section" data-testid="progress-reports">
      <Heading level={2} id="progress-title">
        {t('plan.progress.title', { year: props.year })}
      </Heading>
      {notice && (
        <Alert type="ok">
          <span role="status">{notice}</span>
        </Alert>
      )}
      <DataView result={result}>
        {(d) =>
          d.progressPeriods.length === 0 ? (
            <Paragraph>{t('plan.progress.noPeriods', { year: props.year })}</Paragraph>
          ) : (
            <div className="mkib-side-by-side">
              {d.progressPeriods.map((p) => {
                const report = d.progressReports.find((r) => r.period === p.period);
                return (
                  <PeriodCard
                    // A new state remounts the card, so its summary field starts from the saved text.
                    key={`${p.period}-${report?.state ?? ''}-${report?.preparedAt ?? ''}`}
                    year={props.year}
                    period={p.period}
                    due={p.due}
                    report={report}
                    session={props.session}
                    onChanged={(message) => {
                      setNotice(message);
                      result.refetch();
                    }}
                  />
                );
              })}
            </div>
          )
        }
      </DataView>
    </section>
  );
}

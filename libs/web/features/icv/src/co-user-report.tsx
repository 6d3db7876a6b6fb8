import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoUserStatus, DataView, useAction, useData, useErrorText } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  DataTable,
  ErrorAlert,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
} from '@mkib/web-ui';
import { CO_USER_REPORTS, SUBMIT_CO_USER_REPORT } from './operations';

const CO_USER_STATUSES = ['GEIMPLEMENTEERD', 'DEELS', 'NIET'] as const;

/** A co-user's yearly report to its hoofdgebruiker (a bijzondere gebruiker: to the LMS) (SK-5.4). */
export function CoUserReportForm(props: { year: number; party: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const result = useData(CO_USER_REPORTS, { y: props.year });
  const [send] = useAction(SUBMIT_CO_USER_REPORT);
  const [status, setStatus] = useState<string>('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!status) return setError({ message: '', fields: { status: t('coUser.chooseStatus') } });
    try {
      await send({ i: { year: props.year, status: status as CoUserStatus, summary } });
      result.refetch();
    } catch (err) {
      setError(errorText(err, ['status', 'summary']));
    }
  };

  return (
    <section aria-labelledby="co-user-title" className="mkib-section">
      <Heading level={2} id="co-user-title">
        {t('coUser.title', { year: props.year })}
      </Heading>
      <Paragraph>{t('coUser.intro')}</Paragraph>
      <ErrorAlert message={error?.message || null} />
      <DataView result={result}>
        {({ coUserReports }) => {
          const existing = coUserReports.find((x) => x.party === props.party);
          return existing ? (
            <Alert type="ok">
              {t('coUser.submitted', {
                to: existing.reportsTo,
                at: existing.submittedAt.slice(0, 10),
                status: t(`assessment.statuses.${existing.status}`),
              })}
            </Alert>
          ) : (
            <form onSubmit={submit} className="mkib-form" noValidate>
              <SelectField
                label={t('coUser.status')}
                error={error?.fields.status}
                name="co-user-status"
                value={status}
                onValue={setStatus}
                placeholder={t('coUser.choose')}
                options={CO_USER_STATUSES.map((s) => ({ value: s, label: t(`assessment.statuses.${s}`) }))}
              />
              <TextareaField
                label={t('coUser.summary')}
                hint={t('coUser.summaryHint')}
                error={error?.fields.summary}
                name="co-user-summary"
                value={summary}
                onValue={setSummary}
              />
              <Button type="submit" appearance="primary-action-button">
                {t('coUser.send')}
              </Button>
            </form>
          );
        }}
      </DataView>
    </section>
  );
}

/** The reports a hoofdgebruiker (or the LMS) received from its co-users. */
export function CoUserInbox(props: { year: number; party: string }) {
  const { t } = useTranslation();
  const result = useData(CO_USER_REPORTS, { y: props.year });
  return (
    <section aria-labelledby="inbox-title" className="mkib-section">
      <Heading level={2} id="inbox-title">
        {t('coUser.inboxTitle', { year: props.year })}
      </Heading>
      <DataView result={result}>
        {({ coUserReports }) => {
          const reports = coUserReports.filter((x) => x.reportsTo === props.party);
          return reports.length === 0 ? (
            <Paragraph>{t('coUser.none')}</Paragraph>
          ) : (
            <DataTable
              rows={reports}
              rowKey={(r) => r.party}
              rowProps={(r) => ({ 'data-report': r.party })}
              columns={[
                { header: t('coUser.party'), cell: (r) => r.party },
                { header: t('coUser.status'), cell: (r) => t(`assessment.statuses.${r.status}`) },
                { header: t('coUser.summary'), cell: (r) => r.summary },
                {
                  header: t('coUser.when'),
                  cell: (r) => `${r.submittedAt.slice(0, 10)} (${r.submittedBy})`,
                },
              ]}
            />
          );
        }}
      </DataView>
    </section>
  );
}

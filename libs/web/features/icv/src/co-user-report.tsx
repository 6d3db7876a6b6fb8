import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphQLRequest } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  ErrorAlert,
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
import { problemsText } from './year';
import { CO_USER_REPORTS, SUBMIT_CO_USER_REPORT } from './operations';

interface Report {
  party: string;
  reportsTo: string;
  status: string;
  summary: string;
  submittedBy: string;
  submittedAt: string;
}
const CO_USER_STATUSES = ['GEIMPLEMENTEERD', 'DEELS', 'NIET'] as const;

/** A co-user's yearly report to its hoofdgebruiker (a bijzondere gebruiker: to the LMS) (SK-5.4). */
export function CoUserReportForm(props: { request: GraphQLRequest; year: number; party: string }) {
  const { t } = useTranslation();
  const [existing, setExisting] = useState<Report | null | undefined>(undefined);
  const [status, setStatus] = useState<string>('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    props
      .request<{ coUserReports: Report[] }>(CO_USER_REPORTS, { y: props.year })
      .then((r) => setExisting(r.coUserReports.find((x) => x.party === props.party) ?? null))
      .catch((e: Error) => setError(e.message));
  }, [props.request, props.year, props.party]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!status) return setError(t('coUser.chooseStatus'));
    try {
      const r = await props.request<{ submitCoUserReport: Report }>(SUBMIT_CO_USER_REPORT, {
        i: { year: props.year, status, summary },
      });
      setExisting(r.submitCoUserReport);
    } catch (err) {
      setError(problemsText(err));
    }
  };

  return (
    <section aria-labelledby="co-user-title" className="mkib-section">
      <Heading level={2} id="co-user-title">
        {t('coUser.title', { year: props.year })}
      </Heading>
      <Paragraph>{t('coUser.intro')}</Paragraph>
      <ErrorAlert message={error} />
      {existing ? (
        <Alert type="ok">
          {t('coUser.submitted', {
            to: existing.reportsTo,
            at: existing.submittedAt.slice(0, 10),
            status: t(`assessment.statuses.${existing.status}`),
          })}
        </Alert>
      ) : existing === null ? (
        <form onSubmit={submit} className="mkib-form">
          <Field label={t('coUser.status')}>
            {(a11y) => (
              <select
                {...a11y}
                name="co-user-status"
                className="utrecht-select utrecht-select--html-select"
                value={status}
                onChange={(e) => setStatus(e.target.value)}
              >
                <option value="">{t('coUser.choose')}</option>
                {CO_USER_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`assessment.statuses.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('coUser.summary')} hint={t('coUser.summaryHint')}>
            {(a11y) => (
              <textarea
                {...a11y}
                name="co-user-summary"
                className="utrecht-textarea utrecht-textarea--html-textarea"
                value={summary}
                onChange={(e) => setSummary(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" appearance="primary-action-button">
            {t('coUser.send')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

/** The reports a hoofdgebruiker (or the LMS) received from its co-users. */
export function CoUserInbox(props: { request: GraphQLRequest; year: number; party: string }) {
  const { t } = useTranslation();
  const [reports, setReports] = useState<Report[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    props
      .request<{ coUserReports: Report[] }>(CO_USER_REPORTS, { y: props.year })
      .then((r) => setReports(r.coUserReports.filter((x) => x.reportsTo === props.party)))
      .catch((e: Error) => setError(e.message));
  }, [props.request, props.year, props.party]);
  return (
    <section aria-labelledby="inbox-title" className="mkib-section">
      <Heading level={2} id="inbox-title">
        {t('coUser.inboxTitle', { year: props.year })}
      </Heading>
      {error && <Alert type="error">{error}</Alert>}
      {reports && reports.length === 0 && <Paragraph>{t('coUser.none')}</Paragraph>}
      {reports && reports.length > 0 && (
        <Table className="mkib-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('coUser.party')}</TableHeaderCell>
              <TableHeaderCell>{t('coUser.status')}</TableHeaderCell>
              <TableHeaderCell>{t('coUser.summary')}</TableHeaderCell>
              <TableHeaderCell>{t('coUser.when')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reports.map((r) => (
              <TableRow key={r.party} data-report={r.party}>
                <TableCell>{r.party}</TableCell>
                <TableCell>{t(`assessment.statuses.${r.status}`)}</TableCell>
                <TableCell>{r.summary}</TableCell>
                <TableCell>
                  {r.submittedAt.slice(0, 10)} ({r.submittedBy})
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

import { FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTrailQuery, useData, useErrorText, useSend } from '@mkib/web-data-access';
import { Alert, Button, DataTable, DateField, ErrorAlert, Heading, Paragraph, TextField } from '@mkib/web-ui';
import { AUDIT_TRAIL } from './operations';
import {
  CSV_COLUMNS,
  CsvColumn,
  mergePage,
  NO_FILTER,
  Offsets,
  Service,
  serviceFilter,
  SERVICES,
  START,
  TrailAnswer,
  TrailEntry,
  trailCsv,
  TrailFilter,
  wholeTrail,
} from './trail';

const PAGE = 25;
const FIELDS = ['actor', 'party', 'subject', 'action', 'from', 'to'] as const;

const variables = (filter: TrailFilter, offsets: Offsets, limit: number) =>
  Object.fromEntries(SERVICES.map((s) => [s, serviceFilter(filter, offsets[s], limit)])) as Record<
    Service,
    ReturnType<typeof serviceFilter>
  >;

const answerOf = (data: AuditTrailQuery): TrailAnswer => ({
  policy: data.policyAuditTrail,
  risk: data.riskAuditTrail,
  icv: data.icvAuditTrail,
  governance: data.governanceAuditTrail,
});

/** Offers text as a file download (the CSV is made here, in the browser). */
function downloadText(text: string, filename: string, contentType: string) {
  const url = URL.createObjectURL(new Blob([text], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Json(props: { label: string; value: string | null | undefined }) {
  if (!props.value) return null;
  return (
    <div>
      <span className="mkib-muted">{props.label}: </span>
      <pre className="mkib-json">{props.value}</pre>
    </div>
  );
}

/**
 * The audit trail of the four services as one list, newest first: who, what, when, why, and the state
 * before and after; filtered by who, party, subject, action and period; paged; exported to Excel (CSV).
 * Each service pages its own trail, so a page takes the next entries of each and keeps where each stands.
 */
export function AuditTrail() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [form, setForm] = useState<TrailFilter>(NO_FILTER);
  const [filter, setFilter] = useState<TrailFilter>(NO_FILTER);
  const [offsets, setOffsets] = useState<Offsets>(START);
  const [previous, setPrevious] = useState<Offsets[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const result = useData(
    AUDIT_TRAIL,
    useMemo(() => variables(filter, offsets, PAGE), [filter, offsets]),
  );

  const page = useMemo(() => {
    if (!result.data) return null;
    const answer = answerOf(result.data);
    const pages = Object.fromEntries(SERVICES.map((s) => [s, answer[s].entries])) as Record<
      Service,
      TrailEntry[]
    >;
    const total = SERVICES.reduce((n, s) => n + answer[s].total, 0);
    const from = SERVICES.reduce((n, s) => n + offsets[s], 0);
    return { ...mergePage(pages, offsets, PAGE), total, from };
  }, [result.data, offsets]);

  const error = result.error ? errorText(result.error, FIELDS) : null;
  const headers = Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`audit.columns.${c}`)])) as Record<
    CsvColumn,
    string
  >;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL', {
      timeZone: 'Europe/Amsterdam',
    });

  const apply = (next: TrailFilter) => (e?: FormEvent) => {
    e?.preventDefault();
    setNotice(null);
    setForm(next);
    setFilter(next);
    setOffsets(START);
    setPrevious([]);
    // The same filter again asks anew: the trail grows while one reads it.
    if (JSON.stringify(next) === JSON.stringify(filter) && offsets === START) result.refetch();
  };

  const exportCsv = async () => {
    setExportError(null);
    setNotice(null);
    setExporting(true);
    try {
      const entries = await wholeTrail(async (at, limit) =>
        answerOf(await send(AUDIT_TRAIL, variables(filter, at, limit))),
      );
      downloadText(trailCsv(entries, headers), 'audittrail.csv', 'text/csv;charset=utf-8');
      setNotice(t('audit.exported', { count: entries.length }));
    } catch (err) {
      setExportError(errorText(err).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section aria-labelledby="audit-trail" className="mkib-section">
      <Heading level={3} id="audit-trail">
        {t('audit.trail')}
      </Heading>
      <form className="mkib-search" aria-label={t('audit.filters')} onSubmit={apply(form)}>
        {FIELDS.map((k) =>
          k === 'from' || k === 'to' ? (
            <DateField
              key={k}
              label={t(`audit.filter.${k}`)}
              name={`trail-${k}`}
              value={form[k]}
              error={error?.fields[k]}
              onValue={(v) => setForm({ ...form, [k]: v })}
            />
          ) : (
            <TextField
              key={k}
              label={t(`audit.filter.${k}`)}
              name={`trail-${k}`}
              value={form[k]}
              error={error?.fields[k]}
              onValue={(v) => setForm({ ...form, [k]: v })}
            />
          ),
        )}
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit">
            {t('audit.apply')}
          </Button>
          <Button appearance="secondary-action-button" type="button" onClick={apply(NO_FILTER)}>
            {t('audit.clear')}
          </Button>
        </div>
      </form>
      <div className="mkib-actions">
        <Button appearance="secondary-action-button" disabled={exporting} onClick={() => void exportCsv()}>
          {t('audit.export')}
        </Button>
      </div>
      <ErrorAlert message={exportError} />
      {notice && <Alert type="ok">{notice}</Alert>}
      {error && (
        <Alert type="error">
          <span style={{ whiteSpace: 'pre-line' }}>{error.message}</span>{' '}
          <Button appearance="secondary-action-button" onClick={result.refetch}>
            {t('errors.retry')}
          </Button>
        </Alert>
      )}
      {!error && !page && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {!error && page && (
        <>
          <p role="status" data-testid="trail-position">
            {page.entries.length === 0
              ? t('audit.empty')
              : t('audit.showing', {
                  from: page.from + 1,
                  to: page.from + page.entries.length,
                  total: page.total,
                })}
          </p>
          {page.entries.length > 0 && (
            <DataTable
              caption={t('audit.trail')}
              rows={page.entries}
              rowKey={(e) => `${e.service}-${e.seq}`}
              rowProps={(e) => ({ 'data-trail-entry': `${e.service}-${e.seq}` })}
              columns={[
                { header: t('audit.columns.occurredAt'), cell: (e) => when(e.occurredAt) },
                {
                  header: t('audit.columns.service'),
                  cell: (e) => (
                    <>
                      {t(`audit.services.${e.service as Service}`, { defaultValue: e.service })}
                      <div className="mkib-muted">#{e.seq}</div>
                    </>
                  ),
                },
                {
                  header: t('audit.columns.actor'),
                  cell: (e) => (
                    <>
                      {e.actor}
                      {e.party && <div className="mkib-muted">{e.party}</div>}
                    </>
                  ),
                },
                { header: t('audit.columns.action'), cell: (e) => e.action },
                { header: t('audit.columns.subject'), cell: (e) => e.subject },
                { header: t('audit.columns.reason'), cell: (e) => e.reason ?? '' },
                {
                  header: t('audit.change'),
                  cell: (e) =>
                    e.before || e.after ? (
                      <details>
                        <summary>{t('audit.change')}</summary>
                        <Json label={t('audit.columns.before')} value={e.before} />
                        <Json label={t('audit.columns.after')} value={e.after} />
                      </details>
                    ) : null,
                },
              ]}
            />
          )}
          <div className="mkib-actions">
            <Button
              appearance="secondary-action-button"
              disabled={previous.length === 0}
              onClick={() => {
                setOffsets(previous[previous.length - 1]);
                setPrevious(previous.slice(0, -1));
              }}
            >
              {t('audit.previous')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={page.from + page.entries.length >= page.total}
              onClick={() => {
                setPrevious([...previous, offsets]);
                setOffsets(page.next);
              }}
            >
              {t('audit.next')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

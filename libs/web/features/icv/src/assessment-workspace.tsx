import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphQLRequest } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  downloadFile,
  ErrorAlert,
  Field,
  Heading,
  Paragraph,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@mkib/web-ui';
import { MEASURE_STATUSES, problemsText } from './year';
import { ASSESSMENT, ASSESS_MEASURES, ASSESSMENT_XLSX, RECORD_FINDING, UPLOAD_EVIDENCE } from './operations';

type Status = (typeof MEASURE_STATUSES)[number];
interface Entry {
  frameworkCode: string;
  identifier: string;
  facilities: string[];
  status: Status | null;
  justification: string | null;
  requirement: { title: string | null; text: string | null };
  evidence: { id: string; filename: string; sizeBytes: number }[];
  findings: { id: string; description: string; status: string }[];
}
interface Progress {
  applicable: number;
  assessed: number;
  implemented: number;
  percentAssessed: number;
  percentImplemented: number;
}
interface Assessment {
  frozen: boolean;
  proposedStatement: string | null;
  progress: Progress;
  byFacility: { facilityCode: string; progress: Progress }[];
  entries: Entry[];
}

const keyOf = (e: { frameworkCode: string; identifier: string }) => `${e.frameworkCode}:${e.identifier}`;

const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * The self-assessment workspace (SK-4.5, SK-5.3): progress overall and per facility, the applicable
 * measures filterable by status, facility and words, a status per measure (with a justification when it
 * does not apply), evidence uploads with progress, findings, and the workbook export.
 */
export function AssessmentWorkspace(props: { request: GraphQLRequest; year: number; canChange: boolean }) {
  const { t } = useTranslation();
  const [data, setData] = useState<Assessment | null>(null);
  const [changes, setChanges] = useState<Record<string, { status: Status; justification: string }>>({});
  const [filter, setFilter] = useState<{ status: string; facility: string; words: string }>({
    status: '',
    facility: '',
    words: '',
  });
  const [upload, setUpload] = useState<{ key: string; fraction: number } | null>(null);
  const [finding, setFinding] = useState<{
    key: string;
    description: string;
    action: string;
    owner: string;
    dueDate: string;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = () =>
    props
      .request<{ assessment: Assessment }>(ASSESSMENT, { y: props.year })
      .then((r) => setData(r.assessment))
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load();
  }, [props.request, props.year]);

  const visible = useMemo(() => {
    if (!data) return [];
    const words = filter.words.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return data.entries.filter((e) => {
      const status = changes[keyOf(e)]?.status ?? e.status ?? 'OPEN';
      if (filter.status && status !== filter.status) return false;
      if (filter.facility && !e.facilities.includes(filter.facility)) return false;
      const haystack =
        `${e.identifier} ${e.requirement.title ?? ''} ${e.requirement.text ?? ''}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
  }, [data, filter, changes]);

  const save = async () => {
    setError(null);
    setNotice(null);
    const entries = Object.entries(changes).map(([key, c]) => {
      const [frameworkCode, ...rest] = key.split(':');
      return {
        frameworkCode,
        identifier: rest.join(':'),
        status: c.status,
        justification: c.justification || null,
      };
    });
    try {
      await props.request(ASSESS_MEASURES, { i: { year: props.year, entries } });
      setChanges({});
      setNotice(t('assessment.saved', { count: entries.length }));
      await load();
    } catch (err) {
      setError(problemsText(err));
    }
  };

  const uploadEvidence = async (entry: Entry, file: File | undefined) => {
    if (!file) return;
    setError(null);
    const key = keyOf(entry);
    try {
      setUpload({ key, fraction: 0 });
      const contentBase64 = await toBase64(file);
      await props.request(
        UPLOAD_EVIDENCE,
        {
          i: {
            year: props.year,
            frameworkCode: entry.frameworkCode,
            identifier: entry.identifier,
            filename: file.name,
            contentType: file.type || 'application/octet-stream',
            contentBase64,
          },
        },
        { onUploadProgress: (fraction) => setUpload({ key, fraction }) },
      );
      setNotice(t('assessment.uploaded', { name: file.name }));
      await load();
    } catch (err) {
      setError(problemsText(err));
    } finally {
      setUpload(null);
    }
  };

  const saveFinding = async () => {
    if (!finding) return;
    const [frameworkCode, ...rest] = finding.key.split(':');
    try {
      await props.request(RECORD_FINDING, {
        i: {
          year: props.year,
          frameworkCode,
          identifier: rest.join(':'),
          description: finding.description,
          action: finding.action,
          owner: finding.owner,
          dueDate: finding.dueDate,
        },
      });
      setFinding(null);
      await load();
    } catch (err) {
      setError(problemsText(err));
    }
  };

  if (!data) return error ? <Alert type="error">{error}</Alert> : <Paragraph>{t('app.loading')}</Paragraph>;
  const editable = props.canChange && !data.frozen;
  const pending = Object.keys(changes).length;
  return (
    <section aria-labelledby="assessment-title" className="mkib-section">
      <Heading level={2} id="assessment-title">
        {t('assessment.title', { year: props.year })}
      </Heading>
      {data.entries.length === 0 && <Alert type="info">{t('assessment.noMeasures')}</Alert>}
      {data.frozen && <Alert type="info">{t('assessment.frozen')}</Alert>}
      <ProgressBar
        label={t('assessment.assessed')}
        value={data.progress.assessed}
        max={data.progress.applicable}
      />
      <ProgressBar label={t('assessment.implemented')} value={data.progress.percentImplemented} />
      <details>
        <summary>{t('assessment.perFacility')}</summary>
        {data.byFacility.map((f) => (
          <ProgressBar key={f.facilityCode} label={f.facilityCode} value={f.progress.percentImplemented} />
        ))}
      </details>
      {data.proposedStatement && (
        <Paragraph data-testid="proposed-statement">
          {t('assessment.proposed')}: {t(`icv.statements.${data.proposedStatement}`)}
        </Paragraph>
      )}
      <div className="mkib-actions">
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            void props
              .request<{ assessmentXlsx: { filename: string; contentType: string; contentBase64: string } }>(
                ASSESSMENT_XLSX,
                { y: props.year },
              )
              .then((r) => downloadFile(r.assessmentXlsx))
              .catch((e: Error) => setError(e.message))
          }
        >
          {t('assessment.export')}
        </Button>
      </div>
      <form className="mkib-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('assessment.filterStatus')}>
          {(a11y) => (
            <select
              {...a11y}
              name="filter-status"
              className="utrecht-select utrecht-select--html-select"
              value={filter.status}
              onChange={(e) => setFilter({ ...filter, status: e.target.value })}
            >
              <option value="">{t('assessment.all')}</option>
              <option value="OPEN">{t('assessment.statuses.OPEN')}</option>
              {MEASURE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`assessment.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('assessment.filterFacility')}>
          {(a11y) => (
            <select
              {...a11y}
              name="filter-facility"
              className="utrecht-select utrecht-select--html-select"
              value={filter.facility}
              onChange={(e) => setFilter({ ...filter, facility: e.target.value })}
            >
              <option value="">{t('assessment.all')}</option>
              {data.byFacility.map((f) => (
                <option key={f.facilityCode} value={f.facilityCode}>
                  {f.facilityCode}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('assessment.filterWords')}>
          {(a11y) => (
            <input
              {...a11y}
              name="filter-words"
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={filter.words}
              onChange={(e) => setFilter({ ...filter, words: e.target.value })}
            />
          )}
        </Field>
      </form>
      <p role="status">{t('assessment.showing', { count: visible.length, total: data.entries.length })}</p>
      <ErrorAlert message={error} />
      {notice && <Alert type="ok">{notice}</Alert>}
      {editable && (
        <div className="mkib-actions">
          <Button appearance="primary-action-button" disabled={pending === 0} onClick={() => void save()}>
            {t('assessment.save', { count: pending })}
          </Button>
        </div>
      )}
      <Table className="mkib-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('catalogue.identifier')}</TableHeaderCell>
            <TableHeaderCell>{t('catalogue.measure')}</TableHeaderCell>
            <TableHeaderCell>{t('assessment.status')}</TableHeaderCell>
            <TableHeaderCell>{t('assessment.evidence')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {visible.map((e) => {
            const key = keyOf(e);
            const change = changes[key];
            const status = change?.status ?? e.status ?? '';
            return (
              <TableRow key={key} data-measure={key}>
                <TableCell>
                  {e.frameworkCode} {e.identifier}
                  <div className="mkib-muted">{e.facilities.join(', ')}</div>
                </TableCell>
                <TableCell>
                  {e.requirement.title && <strong>{e.requirement.title} </strong>}
                  <span className="mkib-requirement-text">{e.requirement.text ?? ''}</span>
                  {e.findings.map((f) => (
                    <div key={f.id} className="mkib-muted">
                      {t('assessment.finding')}: {f.description} ({f.status})
                    </div>
                  ))}
                </TableCell>
                <TableCell>
                  <select
                    aria-label={t('assessment.statusOf', { ref: `${e.frameworkCode} ${e.identifier}` })}
                    name={`status-${key}`}
                    className="utrecht-select utrecht-select--html-select"
                    disabled={!editable}
                    value={status}
                    onChange={(ev) =>
                      setChanges({
                        ...changes,
                        [key]: {
                          status: ev.target.value as Status,
                          justification: change?.justification ?? e.justification ?? '',
                        },
                      })
                    }
                  >
                    <option value="" disabled>
                      {t('assessment.statuses.OPEN')}
                    </option>
                    {MEASURE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`assessment.statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                  {status === 'NIET_VAN_TOEPASSING' && (
                    <textarea
                      aria-label={t('assessment.justification')}
                      placeholder={t('assessment.justification')}
                      className="utrecht-textarea utrecht-textarea--html-textarea"
                      disabled={!editable}
                      value={change?.justification ?? e.justification ?? ''}
                      onChange={(ev) =>
                        setChanges({
                          ...changes,
                          [key]: { status: 'NIET_VAN_TOEPASSING', justification: ev.target.value },
                        })
                      }
                    />
                  )}
                  {editable && (
                    <Button
                      appearance="subtle-button"
                      onClick={() => setFinding({ key, description: '', action: '', owner: '', dueDate: '' })}
                    >
                      {t('assessment.addFinding')}
                    </Button>
                  )}
                </TableCell>
                <TableCell>
                  <ul>
                    {e.evidence.map((f) => (
                      <li key={f.id}>{f.filename}</li>
                    ))}
                  </ul>
                  {editable && (
                    <input
                      type="file"
                      aria-label={t('assessment.uploadFor', { ref: `${e.frameworkCode} ${e.identifier}` })}
                      accept=".pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx,.odt,.ods"
                      onChange={(ev) => void uploadEvidence(e, ev.target.files?.[0])}
                    />
                  )}
                  {upload?.key === key && (
                    <ProgressBar
                      label={t('assessment.uploading')}
                      value={Math.round(upload.fraction * 100)}
                    />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {finding && (
        <div role="dialog" aria-labelledby="finding-title" className="mkib-card">
          <Heading level={3} id="finding-title">
            {t('assessment.newFinding', { ref: finding.key.replace(':', ' ') })}
          </Heading>
          {(['description', 'action', 'owner', 'dueDate'] as const).map((f) => (
            <Field key={f} label={t(`assessment.findingFields.${f}`)}>
              {(a11y) => (
                <input
                  {...a11y}
                  name={`finding-${f}`}
                  type={f === 'dueDate' ? 'date' : 'text'}
                  className="utrecht-textbox utrecht-textbox--html-input"
                  value={finding[f]}
                  onChange={(e) => setFinding({ ...finding, [f]: e.target.value })}
                />
              )}
            </Field>
          ))}
          <div className="mkib-actions">
            <Button appearance="primary-action-button" onClick={() => void saveFinding()}>
              {t('assessment.saveFinding')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setFinding(null)}>
              {t('assessment.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, GraphQLRequest, useAction, useData, useErrorText } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  downloadFile,
  ErrorAlert,
  Heading,
  Paragraph,
  ProgressBar,
  SelectField,
  TextField,
} from '@mkib/web-ui';
import { AssessmentTable, Changes, Entry, keyOf } from './assessment-table';
import { FindingDialog, OpenFinding } from './finding-dialog';
import {
  ASSESS_MEASURES,
  ASSESSMENT,
  ASSESSMENT_XLSX,
  CLOSE_FINDING,
  EVIDENCE_CONTENT,
  UPLOAD_EVIDENCE,
} from './operations';
import { PolicyReviewBanner } from './policy-review-banner';
import { MEASURE_STATUSES } from './year';

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
 * does not apply), evidence uploads with progress (through `request`, which reports upload progress),
 * findings, and the workbook export.
 */
export function AssessmentWorkspace(props: {
  request: GraphQLRequest;
  year: number;
  canChange: boolean;
  /** Another party's (the auditor reads any, read-only); your own by default. */
  party?: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const result = useData(ASSESSMENT, { y: props.year, p: props.party });
  const [assess] = useAction(ASSESS_MEASURES);
  const [xlsx] = useAction(ASSESSMENT_XLSX);
  const [close] = useAction(CLOSE_FINDING);
  const [evidenceContent] = useAction(EVIDENCE_CONTENT);
  const [changes, setChanges] = useState<Changes>({});
  const [filter, setFilter] = useState({ status: '', facility: '', words: '' });
  const [upload, setUpload] = useState<{ key: string; fraction: number } | null>(null);
  const [finding, setFinding] = useState<string | null>(null);
  const [progressed, setProgressed] = useState<{ key: string; finding: OpenFinding } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = result.data?.assessment;

  const visible = useMemo(() => {
    if (!data) return [];
    const words = filter.words.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return data.entries.filter((e) => {
      const status = changes[keyOf(e)]?.status ?? e.status ?? 'OPEN';
      if (filter.status && status !== filter.status) return false;
      if (filter.facility && !e.facilities.includes(filter.facility)) return false;
      const haystack = `${e.identifier} ${e.title ?? ''} ${e.text ?? ''}`.toLowerCase();
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
      await assess({ i: { year: props.year, entries } });
      setChanges({});
      setNotice(t('assessment.saved', { count: entries.length }));
      result.refetch();
    } catch (err) {
      setError(errorText(err).message);
    }
  };

  const closeFinding = async (id: string) => {
    setError(null);
    setNotice(null);
    try {
      await close({ id });
      setNotice(t('assessment.findingClosed'));
      result.refetch();
    } catch (err) {
      setError(errorText(err).message);
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
      result.refetch();
    } catch (err) {
      setError(errorText(err).message);
    } finally {
      setUpload(null);
    }
  };

  return (
    <section aria-labelledby="assessment-title" className="mkib-section">
      <Heading level={2} id="assessment-title">
        {t('assessment.title', { year: props.year })}
      </Heading>
      <DataView result={result}>
        {({ assessment: data }) => {
          const editable = props.canChange && !data.frozen;
          const pending = Object.keys(changes).length;
          return (
            <>
              {data.policyReview && (
                <PolicyReviewBanner
                  review={data.policyReview}
                  year={props.year}
                  canConfirm={props.canChange && !props.party}
                  onConfirmed={() => {
                    setNotice(t('policyReview.confirmed'));
                    result.refetch();
                  }}
                />
              )}
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
                  <ProgressBar
                    key={f.facilityCode}
                    label={f.facilityCode}
                    value={f.progress.percentImplemented}
                  />
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
                    void xlsx({ y: props.year, p: props.party })
                      .then((r) => downloadFile(r.assessmentXlsx))
                      .catch((e) => setError(errorText(e).message))
                  }
                >
                  {t('assessment.export')}
                </Button>
              </div>
              <form className="mkib-search" role="search" onSubmit={(e) => e.preventDefault()}>
                <SelectField
                  label={t('assessment.filterStatus')}
                  name="filter-status"
                  value={filter.status}
                  onValue={(v) => setFilter({ ...filter, status: v })}
                  placeholder={t('assessment.all')}
                  options={['OPEN', ...MEASURE_STATUSES].map((s) => ({
                    value: s,
                    label: t(`assessment.statuses.${s}`),
                  }))}
                />
                <SelectField
                  label={t('assessment.filterFacility')}
                  name="filter-facility"
                  value={filter.facility}
                  onValue={(v) => setFilter({ ...filter, facility: v })}
                  placeholder={t('assessment.all')}
                  options={data.byFacility.map((f) => ({ value: f.facilityCode, label: f.facilityCode }))}
                />
                <TextField
                  label={t('assessment.filterWords')}
                  name="filter-words"
                  type="search"
                  value={filter.words}
                  onValue={(v) => setFilter({ ...filter, words: v })}
                />
              </form>
              <p role="status">
                {t('assessment.showing', { count: visible.length, total: data.entries.length })}
              </p>
              <ErrorAlert message={error} />
              {notice && <Alert type="ok">{notice}</Alert>}
              {editable && (
                <div className="mkib-actions">
                  <Button
                    appearance="primary-action-button"
                    disabled={pending === 0}
                    onClick={() => void save()}
                  >
                    {t('assessment.save', { count: pending })}
                  </Button>
                </div>
              )}
              <AssessmentTable
                entries={visible}
                changes={changes}
                editable={editable}
                upload={upload}
                onChange={setChanges}
                onUpload={(e, f) => void uploadEvidence(e, f)}
                onDownloadEvidence={(id) =>
                  void evidenceContent({ id })
                    .then((r) => downloadFile(r.evidenceContent))
                    .catch((e) => setError(errorText(e).message))
                }
                onAddFinding={setFinding}
                canCloseFindings={props.canChange}
                onCloseFinding={(id) => void closeFinding(id)}
                onProgressFinding={(key, f) => setProgressed({ key, finding: f })}
              />
            </>
          );
        }}
      </DataView>
      {finding && (
        <FindingDialog
          year={props.year}
          measureKey={finding}
          onClose={() => setFinding(null)}
          onSaved={() => {
            setFinding(null);
            result.refetch();
          }}
        />
      )}
      {progressed && (
        <FindingDialog
          year={props.year}
          measureKey={progressed.key}
          finding={progressed.finding}
          onClose={() => setProgressed(null)}
          onSaved={() => {
            setProgressed(null);
            setNotice(t('assessment.findingProgressed'));
            result.refetch();
          }}
        />
      )}
    </section>
  );
}

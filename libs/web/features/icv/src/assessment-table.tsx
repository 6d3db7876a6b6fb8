import { useTranslation } from 'react-i18next';
import type { AssessmentQuery } from '@mkib/web-data-access';
import { Button, DataTable, FileInput, ProgressBar, Select, Textarea } from '@mkib/web-ui';
import { MEASURE_STATUSES } from './year';
import type { OpenFinding } from './finding-dialog';

export type Entry = AssessmentQuery['assessment']['entries'][number];
export type Status = (typeof MEASURE_STATUSES)[number];
export type Changes = Record<string, { status: Status; justification: string }>;
export const keyOf = (e: { frameworkCode: string; identifier: string }) =>
  `${e.frameworkCode}:${e.identifier}`;

/** The measures with their status (and justification), findings and evidence, editable when allowed. */
export function AssessmentTable(props: {
  entries: Entry[];
  changes: Changes;
  editable: boolean;
  upload: { key: string; fraction: number } | null;
  onChange(changes: Changes): void;
  onUpload(entry: Entry, file: File | undefined): void;
  /** Downloads an evidence file as an attachment (never shown inline). */
  onDownloadEvidence(id: string): void;
  onAddFinding(key: string): void;
  /** Findings live on: closed also after the year's ICV is submitted. */
  canCloseFindings: boolean;
  onCloseFinding(id: string): void;
  onProgressFinding(key: string, finding: OpenFinding): void;
}) {
  const { t } = useTranslation();
  const { changes, editable } = props;
  return (
    <DataTable
      rows={props.entries}
      rowKey={(e) => keyOf(e)}
      rowProps={(e) => ({ 'data-measure': keyOf(e) })}
      columns={[
        {
          header: t('catalogue.identifier'),
          cell: (e) => (
            <>
              {e.frameworkCode} {e.identifier}
              <div className="mkib-muted">{e.facilities.join(', ')}</div>
            </>
          ),
        },
        {
          header: t('catalogue.measure'),
          cell: (e) => (
            <>
              {e.title && <strong>{e.title} </strong>}
              <span className="mkib-requirement-text">{e.text ?? ''}</span>
              {e.findings.map((f) => (
                <div key={f.id} className="mkib-muted" data-finding={f.id}>
                  {t('assessment.finding')}: {f.description} ({t(`assessment.findingStatuses.${f.status}`)})
                  {f.carriedOverFrom !== null && f.carriedOverFrom !== undefined && (
                    <> · {t('assessment.carriedOver', { year: f.carriedOverFrom })}</>
                  )}
                  {props.canCloseFindings && f.status === 'OPEN' && (
                    <>
                      {' '}
                      <Button
                        appearance="subtle-button"
                        onClick={() =>
                          props.onProgressFinding(keyOf(e), {
                            id: f.id,
                            description: f.description,
                            action: f.action,
                            owner: f.owner,
                            dueDate: f.dueDate,
                          })
                        }
                      >
                        {t('assessment.progressFinding')}
                      </Button>{' '}
                      <Button appearance="subtle-button" onClick={() => props.onCloseFinding(f.id)}>
                        {t('assessment.closeFinding')}
                      </Button>
                    </>
                  )}
                </div>
              ))}
            </>
          ),
        },
        {
          header: t('assessment.status'),
          cell: (e) => {
            const key = keyOf(e);
            const change = changes[key];
            const status = change?.status ?? e.status ?? '';
            const ref = `${e.frameworkCode} ${e.identifier}`;
            return (
              <>
                <Select
                  aria-label={t('assessment.statusOf', { ref })}
                  name={`status-${key}`}
                  disabled={!editable}
                  value={status}
                  onValue={(v) =>
                    props.onChange({
                      ...changes,
                      [key]: {
                        status: v as Status,
                        justification: change?.justification ?? e.justification ?? '',
                      },
                    })
                  }
                  options={[
                    { value: '', label: t('assessment.statuses.OPEN'), disabled: true },
                    ...MEASURE_STATUSES.map((s) => ({ value: s, label: t(`assessment.statuses.${s}`) })),
                  ]}
                />
                {status === 'NIET_VAN_TOEPASSING' && (
                  <Textarea
                    aria-label={t('assessment.justification')}
                    placeholder={t('assessment.justification')}
                    disabled={!editable}
                    value={change?.justification ?? e.justification ?? ''}
                    onValue={(v) =>
                      props.onChange({
                        ...changes,
                        [key]: { status: 'NIET_VAN_TOEPASSING', justification: v },
                      })
                    }
                  />
                )}
                {editable && (
                  <Button appearance="subtle-button" onClick={() => props.onAddFinding(key)}>
                    {t('assessment.addFinding')}
                  </Button>
                )}
              </>
            );
          },
        },
        {
          header: t('assessment.evidence'),
          cell: (e) => (
            <>
              <ul>
                {e.evidence.map((f) => (
                  <li key={f.id}>
                    <Button
                      appearance="subtle-button"
                      aria-label={t('assessment.downloadEvidence', { name: f.filename })}
                      onClick={() => props.onDownloadEvidence(f.id)}
                    >
                      <bdi>{f.filename}</bdi>
                    </Button>
                  </li>
                ))}
              </ul>
              {editable && (
                <FileInput
                  aria-label={t('assessment.uploadFor', { ref: `${e.frameworkCode} ${e.identifier}` })}
                  accept=".pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx,.odt,.ods"
                  onFile={(file) => props.onUpload(e, file)}
                />
              )}
              {props.upload?.key === keyOf(e) && (
                <ProgressBar
                  label={t('assessment.uploading')}
                  value={Math.round(props.upload.fraction * 100)}
                />
              )}
            </>
          ),
        },
      ]}
    />
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction, useErrorText } from '@mkib/web-data-access';
import { Button, DateField, Dialog, ErrorAlert, TextField } from '@mkib/web-ui';
import { PROGRESS_FINDING, RECORD_FINDING } from './operations';

const FIELDS = ['description', 'action', 'owner', 'dueDate'] as const;
type Fields = Record<(typeof FIELDS)[number], string>;

/** An open finding whose progress is updated: its improvement action, owner and due date. */
export interface OpenFinding extends Fields {
  id: string;
}

/**
 * Records a finding on one measure, or updates the progress of an open one (also after the year's ICV
 * was submitted: findings live on), in the side panel; field problems appear next to their field.
 */
export function FindingDialog(props: {
  year: number;
  measureKey: string;
  /** Given: update this finding's progress instead of recording a new one. */
  finding?: OpenFinding;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [record, recording] = useAction(RECORD_FINDING);
  const [progress, progressing] = useAction(PROGRESS_FINDING);
  const existing = props.finding;
  const [finding, setFinding] = useState<Fields>(
    existing
      ? {
          description: existing.description,
          action: existing.action,
          owner: existing.owner,
          dueDate: existing.dueDate,
        }
      : { description: '', action: '', owner: '', dueDate: '' },
  );
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const save = async () => {
    const [frameworkCode, ...rest] = props.measureKey.split(':');
    setError(null);
    try {
      if (existing) {
        const { action, owner, dueDate } = finding;
        await progress({ id: existing.id, i: { action, owner, dueDate } });
      } else {
        await record({ i: { year: props.year, frameworkCode, identifier: rest.join(':'), ...finding } });
      }
      props.onSaved();
    } catch (err) {
      setError(errorText(err, FIELDS));
    }
  };
  const ref = props.measureKey.replace(':', ' ');
  // The description says what was found; progress changes what is done about it.
  const fields = existing ? FIELDS.filter((f) => f !== 'description') : FIELDS;
  return (
    <Dialog
      title={existing ? t('assessment.progressFindingOf', { ref }) : t('assessment.newFinding', { ref })}
      closeLabel={t('app.close')}
      onClose={props.onClose}
    >
      <ErrorAlert message={error?.message || null} />
      {existing && <p>{existing.description}</p>}
      {fields.map((f) => {
        const Control = f === 'dueDate' ? DateField : TextField;
        return (
          <Control
            key={f}
            label={t(`assessment.findingFields.${f}`)}
            error={error?.fields[f]}
            name={`finding-${f}`}
            value={finding[f]}
            onValue={(v) => setFinding({ ...finding, [f]: v })}
          />
        );
      })}
      <div className="mkib-actions">
        <Button
          appearance="primary-action-button"
          disabled={recording.fetching || progressing.fetching}
          onClick={() => void save()}
        >
          {t('assessment.saveFinding')}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onClose}>
          {t('assessment.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}

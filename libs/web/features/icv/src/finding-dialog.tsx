import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction, useErrorText } from '@mkib/web-data-access';
import { Button, DateField, Dialog, ErrorAlert, TextField } from '@mkib/web-ui';
import { RECORD_FINDING } from './operations';

const FIELDS = ['description', 'action', 'owner', 'dueDate'] as const;

/** Records a finding on one measure, in the side panel; field problems appear next to their field. */
export function FindingDialog(props: { year: number; measureKey: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [record, { fetching }] = useAction(RECORD_FINDING);
  const [finding, setFinding] = useState({ description: '', action: '', owner: '', dueDate: '' });
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const save = async () => {
    const [frameworkCode, ...rest] = props.measureKey.split(':');
    setError(null);
    try {
      await record({ i: { year: props.year, frameworkCode, identifier: rest.join(':'), ...finding } });
      props.onSaved();
    } catch (err) {
      setError(errorText(err, FIELDS));
    }
  };
  return (
    <Dialog
      title={t('assessment.newFinding', { ref: props.measureKey.replace(':', ' ') })}
      closeLabel={t('app.close')}
      onClose={props.onClose}
    >
      <ErrorAlert message={error?.message || null} />
      {FIELDS.map((f) => {
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
        <Button appearance="primary-action-button" disabled={fetching} onClick={() => void save()}>
          {t('assessment.saveFinding')}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onClose}>
          {t('assessment.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
